import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Breadcrumb, Button, Col, Result, Row, Skeleton, Space, Tabs, Typography } from 'antd';
import { isApiError } from '../../api.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { Money } from '../../components/Money.tsx';
import { useMe } from '../access/access.api.ts';
import { useCase } from './cases.api.ts';
import { CaseActions } from './CaseActions.tsx';
import { BasicInfoCard, PartiesCard, TitleCard } from './CaseSections.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { StatusTag } from './StatusTag.tsx';
import { CaseApprovalsCard } from '../approvals/CaseApprovalsCard.tsx';
import { visibleTabs } from './case-tabs.tsx';

export function CaseDetailPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const detail = useCase(id);
  const c = detail.data;
  const [search, setSearch] = useSearchParams();
  const tabs = visibleTabs(me.data);
  const tab = tabs.some((t) => t.key === search.get('tab')) ? (search.get('tab') as string) : 'overview';
  const openTab = (key: string) =>
    setSearch(
      (s) => {
        if (key === 'overview') s.delete('tab');
        else s.set('tab', key);
        return s;
      },
      { replace: true },
    );

  if (detail.isError && isApiError(detail.error) && detail.error.status === 404) {
    return (
      <Result
        status="404"
        title="案件不存在"
        subTitle="该案件不存在，或不在您有权查看的范围内。"
        extra={
          <Link to="/cases">
            <Button type="primary">返回案件列表</Button>
          </Link>
        }
      />
    );
  }

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/cases">案件列表</Link> }, { title: c?.caseNumber ?? '案件详情' }]}
      />
      {detail.isError && <ProblemAlert error={detail.error} />}
      {!c ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <>
          <div className="page-title">
            <Space size={12} align="center" wrap>
              <Typography.Title level={4} className="case-number" data-testid="case-number">
                {c.caseNumber}
              </Typography.Title>
              <span data-testid="case-status">
                <StatusTag status={c.status} closureMode={c.closure?.mode} />
              </span>
              <Typography.Text type="secondary">
                {c.applicants.map((p) => p.name).join('、')} 申请执行 {c.debtors.map((p) => p.name).join('、')}，标的{' '}
                <Money value={c.claimAmount} />
              </Typography.Text>
            </Space>
            <CaseActions c={c} me={me.data} />
          </div>
          <Tabs
            activeKey={tab}
            onChange={openTab}
            destroyInactiveTabPane
            items={[
              {
                key: 'overview',
                label: '概况',
                children: (
                  <Row gutter={16}>
                    <Col xs={24} xl={16}>
                      <CaseApprovalsCard c={c} me={me.data} />
                      <BasicInfoCard c={c} />
                      <PartiesCard c={c} me={me.data} />
                      <TitleCard c={c} />
                    </Col>
                    <Col xs={24} xl={8}>
                      <CaseTimeline id={c.id} />
                    </Col>
                  </Row>
                ),
              },
              ...tabs.map((t) => ({ key: t.key, label: t.label, children: t.render(c, me.data) })),
            ]}
          />
        </>
      )}
    </>
  );
}
