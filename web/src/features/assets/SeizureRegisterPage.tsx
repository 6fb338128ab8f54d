import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Button, Card, Checkbox, Form, Select, Skeleton, Space, Typography } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { seizureStatusNames, seizureStatuses, type SeizureStatus } from '../../../../src/shared/seizures.ts';
import { CourtSelect } from '../access/CourtSelect.tsx';
import { useSeizureRegister } from './assets.api.ts';
import { SeizureList } from './SeizureList.tsx';

/** 查封登记簿: the court's seizures, soonest expiry first, red within 7 days and orange within 30. */
export function SeizureRegisterPage() {
  const [search, setSearch] = useSearchParams();
  const [cursors, setCursors] = useState<string[]>([]);
  const court = search.get('court') ?? undefined;
  const status = (seizureStatuses as readonly string[]).includes(search.get('status') ?? '')
    ? (search.get('status') as SeizureStatus)
    : undefined;
  const soon = search.get('expiring') === '30';
  const register = useSeizureRegister({
    court,
    status,
    ...(soon ? { expiringWithin: 30 } : {}),
    ...(cursors.length ? { cursor: cursors.at(-1) } : {}),
    limit: 50,
  });
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setCursors([]);
    setSearch(next, { replace: true });
  };

  return (
    <>
      <div className="page-title">
        <Typography.Title level={4}>查封登记簿</Typography.Title>
        <Typography.Text type="secondary">辖区内的查封、扣押、冻结，按期限届满日先后；7日内到期标红，30日内到期标橙。</Typography.Text>
      </div>
      <Card className="section-card">
        <Form layout="inline" style={{ rowGap: 8 }}>
          <Form.Item label="法院" htmlFor="register-court">
            <CourtSelect id="register-court" value={court} onChange={(v) => set('court', v)} allowClear placeholder="辖区内全部法院" />
          </Form.Item>
          <Form.Item label="状态" htmlFor="register-status">
            <Select
              id="register-status"
              style={{ minWidth: 140 }}
              allowClear
              placeholder="全部"
              value={status}
              onChange={(v?: string) => set('status', v)}
              options={seizureStatuses.map((s) => ({ value: s, label: seizureStatusNames[s] }))}
            />
          </Form.Item>
          <Form.Item>
            <Checkbox checked={soon} onChange={(e) => set('expiring', e.target.checked ? '30' : undefined)}>
              30日内到期
            </Checkbox>
          </Form.Item>
        </Form>
      </Card>
      {register.isError && <ProblemAlert error={register.error} />}
      <Card className="section-card">
        {register.isPending ? (
          <Skeleton active />
        ) : (
          <section aria-label="查封、扣押、冻结">
            <SeizureList
              seizures={register.data?.items ?? []}
              showAsset
              caseLink={(s) => (
                <Link to={`/cases/${s.caseId}?tab=assets`} className="case-number">
                  {s.caseNumber}
                </Link>
              )}
            />
          </section>
        )}
        <Space style={{ marginTop: 12 }}>
          <Button disabled={!cursors.length} onClick={() => setCursors(cursors.slice(0, -1))}>
            上一页
          </Button>
          <Button disabled={!register.data?.nextCursor} onClick={() => setCursors([...cursors, register.data!.nextCursor!])}>
            下一页
          </Button>
        </Space>
      </Card>
    </>
  );
}
