import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { partyKindNames } from '../../../../src/shared/vocabulary.ts';
import type { PartyView } from './cases.api.ts';

const MONO = { fontFamily: 'ui-monospace, Menlo, Consolas, monospace' };
const dash = <Typography.Text type="secondary">—</Typography.Text>;
const small = (text: string) => (
  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
    {text}
  </Typography.Text>
);

const partyColumns: TableColumnsType<PartyView> = [
  { title: '类型', dataIndex: 'kind', width: 72, render: (k: PartyView['kind']) => <Tag bordered={false}>{partyKindNames[k] ?? k}</Tag> },
  {
    title: '名称 / 姓名',
    dataIndex: 'name',
    render: (name: string, p) => (
      <>
        <div>{name}</div>
        {p.kind === 'organization' && p.legalRepresentative && small(`法定代表人：${p.legalRepresentative}`)}
      </>
    ),
  },
  {
    title: '证件',
    key: 'identity',
    width: 240,
    render: (_: unknown, p) => {
      // What the number itself says, when it is shown in full: sex and birth date, or the registering authority.
      const decoded = (
        p.kind === 'person'
          ? [p.sex ? { male: '男', female: '女' }[p.sex] : null, p.birthDate ? `${p.birthDate} 出生` : null]
          : [p.registrationAuthority, p.organisationType]
      )
        .filter(Boolean)
        .join(' · ');
      return (
        <>
          {small(p.idTypeName)}
          <div style={MONO}>{p.creditCode ?? p.idNumber}</div>
          {decoded && small(decoded)}
        </>
      );
    },
  },
  {
    title: '联系与送达',
    key: 'contact',
    render: (_: unknown, p) =>
      p.phone || p.serviceAddress || p.address ? (
        <>
          {p.phone && <div>电话：{p.phone}</div>}
          {p.serviceAddress && (
            <div>
              送达地址：{p.serviceAddress}
              {p.addressConfirmedOn ? (
                <Tag color="green" bordered={false} style={{ marginInlineStart: 6 }}>
                  {p.addressConfirmedOn} 已确认
                </Tag>
              ) : (
                <Tag bordered={false} style={{ marginInlineStart: 6 }}>
                  未确认
                </Tag>
              )}
            </div>
          )}
          {p.address && small(`住所：${p.address}`)}
        </>
      ) : (
        dash
      ),
  },
  {
    title: '委托代理人',
    key: 'agents',
    width: 220,
    render: (_: unknown, p) =>
      p.agents.length
        ? p.agents.map((a) => (
            <div key={`${a.name}-${a.licenseNumber ?? a.idNumber ?? ''}`}>
              {a.name}
              {a.kind === 'lawyer' ? small(`（律师${a.firm ? `，${a.firm}` : ''}）`) : small('（其他代理人）')}
              {a.licenseNumber && <div style={{ ...MONO, fontSize: 12 }}>执业证号 {a.licenseNumber}</div>}
            </div>
          ))
        : dash,
  },
];

export function PartyTable({ title, parties }: { title: string; parties: PartyView[] }) {
  return (
    <div style={{ marginBottom: 16 }}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      <Table<PartyView>
        rowKey={(p, i) => `${p.name}-${i}`}
        size="small"
        bordered
        pagination={false}
        columns={partyColumns}
        dataSource={parties}
        scroll={{ x: 900 }}
        locale={{ emptyText: '无' }}
      />
    </div>
  );
}
