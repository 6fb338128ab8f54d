import { Col, Row } from 'antd';
import { can, type Me } from '../access/access.api.ts';
import type { CaseDetail } from '../cases/cases.api.ts';
import { NoticesCard } from './NoticesCard.tsx';
import { ReportsCard } from './ReportsCard.tsx';
import { SanctionsCard } from './SanctionsCard.tsx';

/** 文书与报告: the first notices and their service, the debtor's asset report, and the sanctions. */
export function MeasuresTab({ c, me }: { c: CaseDetail; me: Me | null | undefined }) {
  const closed = c.status === 'closed';
  return (
    <Row gutter={16}>
      <Col xs={24} xl={14}>
        <NoticesCard caseId={c.id} mayIssue={can(me, 'document.issue')} closed={closed} />
        <ReportsCard caseId={c.id} mayRecord={can(me, 'measure.record')} closed={closed} />
      </Col>
      <Col xs={24} xl={10}>
        <SanctionsCard caseId={c.id} mayImpose={can(me, 'sanction.record')} closed={closed} />
      </Col>
    </Row>
  );
}
