import { Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { DelayInterestTab } from './DelayInterestTab.tsx';
import { PeriodTab } from './PeriodTab.tsx';
import { AuctionPlanTab } from './AuctionPlanTab.tsx';
import { DistributionTab } from './DistributionTab.tsx';
import { CaseNumberTab } from './CaseNumberTab.tsx';

const tabs = [
  { key: 'delay-interest', label: '迟延履行利息', children: <DelayInterestTab /> },
  { key: 'period', label: '期间计算', children: <PeriodTab /> },
  { key: 'auction-plan', label: '拍卖方案', children: <AuctionPlanTab /> },
  { key: 'distribution', label: '参与分配', children: <DistributionTab /> },
  { key: 'case-number', label: '案号解析', children: <CaseNumberTab /> },
];

/** The public legal calculators: usable without signing in; every answer cites its legal basis. */
export function CalculatorsPage() {
  const [params, setParams] = useSearchParams();
  const active = tabs.some((t) => t.key === params.get('tab')) ? params.get('tab')! : 'delay-interest';
  return (
    <>
      <div className="page-title">
        <Typography.Title level={4}>执行法律计算器</Typography.Title>
        <Typography.Text type="secondary">计算结果仅供参考，以人民法院的法律文书为准</Typography.Text>
      </div>
      <Tabs
        type="card"
        activeKey={active}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={tabs}
        className="calc-tabs"
      />
    </>
  );
}
