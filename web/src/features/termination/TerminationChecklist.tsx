import { useState } from 'react';
import { Alert, Button, List, Skeleton, Space, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import type { TerminationRoute } from '../../../../src/shared/termination.ts';
import type { CaseDetail } from '../cases/cases.api.ts';
import { InterviewDialog } from './InterviewDialog.tsx';
import { WhereaboutsDialog } from './WhereaboutsDialog.tsx';
import { useTerminationCheck, type TerminationCondition } from './termination.api.ts';

// The 终本 gate in the closure dialog: each condition ✓ with the record that meets it and its date,
// or ✗ with what is still to be done; the interview and the whereabouts are recorded from here.

const interviewConditions = new Set(['applicant-not-interviewed', 'applicant-not-confirmed']);

function Row({ item, onInterview, onWhereabouts }: { item: TerminationCondition; onInterview: () => void; onWhereabouts: () => void }) {
  const action = interviewConditions.has(item.condition) ? (
    <Button size="small" onClick={onInterview}>
      记录约谈
    </Button>
  ) : item.condition === 'missing-debtor-not-searched' ? (
    <Button size="small" onClick={onWhereabouts}>
      登记下落
    </Button>
  ) : null;
  return (
    <List.Item className={item.met ? 'termination-met' : 'termination-unmet'} actions={!item.met && action ? [action] : []}>
      <List.Item.Meta
        avatar={
          item.met ? (
            <CheckCircleFilled style={{ color: '#52c41a', fontSize: 18 }} aria-label="已满足" />
          ) : (
            <CloseCircleFilled style={{ color: '#ff4d4f', fontSize: 18 }} aria-label="未满足" />
          )
        }
        title={
          <Space size={4} wrap>
            <span>{item.label}</span>
            {item.article && <Tag bordered={false}>{item.article}</Tag>}
          </Space>
        }
        description={
          <Typography.Text type={item.met ? 'secondary' : 'danger'}>
            {item.detail}
            {item.met && item.evidence?.on && !item.detail.includes(item.evidence.on) ? `（${item.evidence.on}）` : ''}
          </Typography.Text>
        }
      />
    </List.Item>
  );
}

/** The check on `asOf` (the closing day) and the chosen route (the dialog reads the same query to enable its submit). */
export function TerminationChecklist({ c, asOf, route }: { c: CaseDetail; asOf: string | undefined; route: TerminationRoute | undefined }) {
  const check = useTerminationCheck(c.id, asOf, route, true);
  const [interviewing, setInterviewing] = useState(false);
  const [locating, setLocating] = useState(false);
  if (check.isError) return <ProblemAlert error={check.error} />;
  if (!check.data) return <Skeleton active paragraph={{ rows: 4 }} />;
  const unmet = check.data.conditions.filter((x) => !x.met).length;
  return (
    <div className="termination-checklist">
      <Alert
        type={check.data.eligible ? 'success' : 'warning'}
        showIcon
        style={{ marginBottom: 8 }}
        message={check.data.eligible ? '终本条件均已满足' : `终本条件审查：${unmet} 项未满足`}
        description={`立案日期 ${check.data.filedOn}，${check.data.earliestDate} 起满三个月；按案件记录审查至 ${check.data.asOf}。`}
      />
      <List
        size="small"
        bordered
        dataSource={check.data.conditions}
        renderItem={(item) => <Row item={item} onInterview={() => setInterviewing(true)} onWhereabouts={() => setLocating(true)} />}
        style={{ maxHeight: 360, overflowY: 'auto' }}
      />
      <Button type="link" size="small" style={{ paddingLeft: 0 }} onClick={() => setLocating(true)}>
        登记被执行人下落不明及查找情况
      </Button>
      <InterviewDialog c={c} open={interviewing} onClose={() => setInterviewing(false)} />
      <WhereaboutsDialog c={c} open={locating} onClose={() => setLocating(false)} />
    </div>
  );
}
