import type { AppContext } from '../platform/context.ts';
import { can, type Principal } from '../access/access.types.ts';
import { logBulkPersonalDataRead } from '../access/personal-data.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendPreparedEvents, prepareEvents } from '../audit/append-events.ts';
import { transact } from '../db/transaction.ts';
import { encodeCsv } from '../db/csv.ts';
import { randomUUID } from 'node:crypto';
import { formatYuan } from '../shared/money.ts';
import { failure, success, type Failure, type Result } from '../shared/result.ts';
import { csvCannotRepresent, csvHeaders, toCsvRow, type ExportRow } from './case-csv.ts';
import { exportBatch } from './cases.repo.ts';

export type ExportOptions = { format: 'jsonl' | 'csv'; limit?: number | undefined; batch?: number };

// Writes the cases within the principal's courts in the import format, so that an export imports
// again as it is: JSON Lines with everything a case holds, or CSV (UTF-8 with a BOM and Chinese
// headers, for Excel and WPS) when every case fits its columns. An export reads personal data in
// bulk: it needs its own permission and is logged, with its filters and count, once it ends.
export async function exportCases(
  ctx: AppContext,
  who: Principal,
  opts: ExportOptions,
  write: (text: string) => void | Promise<void>,
): Promise<Result<{ count: number }>> {
  if (!can(who, 'case.export')) return failure('forbidden', '无权导出案件');
  let count = 0;
  let refused: Failure | null = null;
  try {
    if (opts.format === 'csv') await write('\uFEFF' + encodeCsv([csvHeaders]));
    for await (const row of exportRows(ctx, who, opts)) {
      if (opts.format === 'csv') {
        const why = csvCannotRepresent(row);
        if (why) {
          refused = failure(
            'export-csv-unrepresentable',
            `案件 ${row.caseNumber} ${why}，CSV 无法完整表示；请改用 JSON Lines（--format jsonl），它保留案件的全部内容`,
          );
          break;
        }
        await write(encodeCsv([toCsvRow(row)]));
      } else {
        await write(JSON.stringify(row) + '\n');
      }
      count += 1;
    }
  } finally {
    await logExport(ctx, who, opts, count, refused);
  }
  return refused ?? success({ count });
}

async function logExport(ctx: AppContext, who: Principal, opts: ExportOptions, count: number, refused: Failure | null) {
  const court = ctx.courts.byId(who.courtId)!;
  const now = ctx.clock.now();
  const filters = { court: court.code, scope: who.scope, format: opts.format, limit: opts.limit ?? null };
  const [event] = prepareEvents(actorOf(who), now, [
    {
      courtId: court.id,
      caseId: null,
      action: 'case.exported',
      entityType: 'export',
      entityId: randomUUID(),
      changes: { filters, count, complete: refused === null, ...(refused ? { refused: refused.detail } : {}) },
    },
  ]);
  await transact(ctx, async (tx) => {
    await logBulkPersonalDataRead(tx, {
      courtId: court.id,
      userId: who.userId || null,
      actorName: who.displayName,
      purpose: 'case.export',
      cases: count,
      eventId: event!.id,
      at: now,
    });
    await appendPreparedEvents(tx, [event!]);
    return success(null);
  });
}

/** The cases in case-number order, a batch at a time, as export rows. */
async function* exportRows(ctx: AppContext, who: Principal, opts: ExportOptions): AsyncGenerator<ExportRow> {
  const batch = opts.batch ?? 1000;
  let after = '';
  let sent = 0;
  for (;;) {
    const { cases, parties } = await exportBatch(ctx.db, who.courtIds, after, batch);
    if (cases.length === 0) return;
    const byCase = new Map<string, typeof parties>();
    for (const p of parties) byCase.set(p.case_id, [...(byCase.get(p.case_id) ?? []), p]);
    for (const c of cases) {
      const ps = (byCase.get(c.id) ?? []).sort((a, b) => a.position - b.position);
      const toParty = (p: (typeof ps)[number]) =>
        p.kind === 'person'
          ? { kind: 'person', name: p.name, idNumber: p.id_number! }
          : { kind: 'organization', name: p.name, creditCode: p.credit_code!, legalRepresentative: p.legal_representative };
      const obligations = (c.obligations as { kind: string; amount?: string; description: string }[]).map((o) =>
        o.kind === 'money' ? { kind: 'money', amount: formatYuan(BigInt(o.amount!)), description: o.description } : o,
      );
      const third = ps.filter((p) => p.role === 'third-party').map(toParty);
      yield {
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
        ...(third.length ? { thirdParties: third } : {}),
        ...(c.officer_username ? { officer: c.officer_username } : {}),
        ...(c.resumed_from_number ? { resumedFrom: c.resumed_from_number } : {}),
      };
      if (opts.limit !== undefined && ++sent >= opts.limit) return;
    }
    after = cases[cases.length - 1]!.case_number;
  }
}
