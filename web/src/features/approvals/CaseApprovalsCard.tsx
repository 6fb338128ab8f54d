import { Card, Divider } from 'antd';
import type { Me } from '../access/access.api.ts';
import type { CaseDetail } from '../cases/cases.api.ts';
import { ApprovalItem } from './ApprovalItem.tsx';

/** The case's approvals: the request pending now (with the buttons this user has), then the decided ones, newest first. */
export function CaseApprovalsCard({ c, me }: { c: CaseDetail; me: Me | null | undefined }) {
  const { pending, decided } = c.approvals;
  if (!pending && !decided.length) return null;
  return (
    <Card title="审批" className="section-card">
      <section aria-label="审批">
        {pending && <ApprovalItem a={pending} me={me} />}
        {decided.map((a, i) => (
          <div key={a.id}>
            {(pending || i > 0) && <Divider style={{ margin: '12px 0' }} />}
            <ApprovalItem a={a} me={me} />
          </div>
        ))}
      </section>
    </Card>
  );
}
