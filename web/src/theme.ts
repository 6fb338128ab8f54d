import type { ThemeConfig } from 'antd';

// A sober court look: navy chrome, a deep blue accent, Chinese system fonts first.
export const NAVY = '#0f2a4a';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1c4f9c',
    colorLink: '#1c4f9c',
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: NAVY, siderBg: '#102f52', triggerBg: '#0b223d', headerHeight: 56, headerPadding: '0 20px', bodyBg: '#f0f2f5' },
    Menu: { darkItemBg: '#102f52', darkSubMenuItemBg: '#0b223d', darkItemSelectedBg: '#1c4f9c' },
    Table: { headerBg: '#f5f7fa' },
    Descriptions: { labelBg: '#f5f7fa' },
  },
};
