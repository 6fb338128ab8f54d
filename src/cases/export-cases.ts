import type { AppContext } from '../platform/context.ts';
import type { Principal } from '../access/access.types.ts';
import { formatYuan } from '../shared/money.ts';
import { csvColumns } from './import-row.ts';
import { exportBatch } from './cases.repo.ts';

type Party = { kind: string; name: string; idNumber?: string; creditCode?: string; legalRepresentative?: string | null };

// Streams the cases within the principal's courts in the import format, so an export re-imports as is.
export async function* exportCases(
  ctx: AppContext,
  who: Principal,
  opts: { format: 'jsonl' | 'csv'; limit?: number | undefined; batch?: number },
): AsyncGenerator<string | string[]> {
  const batch = opts.batch ?? 1000;
  let after = '';
  let sent = 0;
  for (;;) {
    const { cases, parties } = await exportBatch(ctx.db, who.courtIds, after, batch);
    if (cases.length === 0) return;
    const byCase = new Map<string, typeof parties>();
    for (const p of parties) byCase.set(p.case_id, [...(byCase.get(p.case_id) ?? []), p]);
    for (const c of cases) {
      const ps = byCase.get(c.id) ?? [];
      const toParty = (p: (typeof ps)[number]): Party =>
        p.kind === 'person'
          ? { kind: 'person', name: p.name, idNumber: p.id_number! }
          : { kind: 'organization', name: p.name, creditCode: p.credit_code!, legalRepresentative: p.legal_representative };
      const obligations = (c.obligations as { kind: string; amount?: string; description: string }[]).map((o) =>
        o.kind === 'money' ? { kind: 'money', amount: formatYuan(BigInt(o.amount!)), description: o.description } : o,
      );
      const row = {
        caseNumber: c.case_number,
        courtCode: ctx.courts.byId(c.court_id)!.code,
        type: c.type,
        filedOn: c.filed_on,
        claimAmount: formatYuan(BigInt(c.claim_amount)),
        status: c.status,
        ...(c.closure_mode ? { closure: { mode: c.closure_mode, closedOn: c.closed_on, reason: c.closure_reason } } : {}),
        title: {
          documentNumber: c.document_number,
          issuer: c.issuer,
          effectiveOn: c.effective_on,
          performanceDeadline: c.performance_deadline,
          obligations,
        },
        applicants: ps.filter((p) => p.role === 'applicant').map(toParty),
        debtors: ps.filter((p) => p.role === 'debtor').map(toParty),
        // Third parties too, or a re-import would silently drop them (the CSV layout has no columns for them).
        ...(ps.some((p) => p.role === 'third-party') ? { thirdParties: ps.filter((p) => p.role === 'third-party').map(toParty) } : {}),
      };
      yield opts.format === 'jsonl' ? JSON.stringify(row) + '\n' : toCsv(row);
      if (opts.limit !== undefined && ++sent >= opts.limit) return;
    }
    after = cases[cases.length - 1]!.case_number;
  }
}

function toCsv(
  r: { applicants: Party[]; debtors: Party[]; title: { obligations: { kind: string; amount?: string; description: string }[] } } & Record<
    string,
    unknown
  >,
): string[] {
  const money = r.title.obligations.find((o) => o.kind === 'money');
  const act = r.title.obligations.find((o) => o.kind === 'act');
  const closure = r.closure as { mode: string; closedOn: string; reason: string } | undefined;
  const title = r.title as unknown as Record<string, string | null>;
  const values: Record<(typeof csvColumns)[number], string> = {
    caseNumber: String(r.caseNumber),
    courtCode: String(r.courtCode),
    type: String(r.type),
    filedOn: String(r.filedOn),
    claimAmount: String(r.claimAmount),
    status: String(r.status),
    closureMode: closure?.mode ?? '',
    closedOn: closure?.closedOn ?? '',
    closureReason: closure?.reason ?? '',
    titleDocumentNumber: title.documentNumber ?? '',
    titleIssuer: title.issuer ?? '',
    titleEffectiveOn: title.effectiveOn ?? '',
    titlePerformanceDeadline: title.performanceDeadline ?? '',
    moneyAmount: money?.amount ?? '',
    moneyDescription: money?.description ?? '',
    actDescription: act?.description ?? '',
    applicantNames: r.applicants.map((p) => p.name).join(';'),
    applicantIds: r.applicants.map((p) => p.idNumber ?? p.creditCode).join(';'),
    debtorNames: r.debtors.map((p) => p.name).join(';'),
    debtorIds: r.debtors.map((p) => p.idNumber ?? p.creditCode).join(';'),
    debtorLegalRepresentatives: r.debtors.map((p) => p.legalRepresentative ?? '').join(';'),
  };
  return csvColumns.map((c) => values[c]);
}
