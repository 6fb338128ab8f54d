import type { ErrorCode, ErrorRows, Failure } from '../shared/result.ts';
import { httpErrors } from './http.errors.ts';
import { accessErrors } from '../access/access.errors.ts';
import { courtsErrors } from '../courts/courts.errors.ts';
import { casesErrors } from '../cases/cases.errors.ts';
import { ruleErrors } from '../rules/errors.ts';
import { calculatorErrors } from '../rules/calculators/calculators.errors.ts';
import { deadlinesErrors } from '../deadlines/deadlines.errors.ts';
import { idempotencyErrors } from '../idempotency/idempotency.errors.ts';
import { schedulerErrors } from '../scheduler/scheduler.errors.ts';
import { outboxErrors } from '../outbox/outbox.errors.ts';
import { documentsErrors } from '../documents/documents.errors.ts';
import { approvalsErrors } from '../approvals/approvals.errors.ts';
import { searchesErrors } from '../searches/searches.errors.ts';
import { institutionsErrors } from '../institutions/institutions.errors.ts';
import { auditErrors } from '../audit/audit.errors.ts';
import { assetsErrors } from '../assets/assets.errors.ts';
import { reportsErrors } from '../reports/reports.errors.ts';
import { creditErrors } from '../credit/credit.errors.ts';
import { leadsErrors } from '../leads/leads.errors.ts';
import { onsiteErrors } from '../onsite/onsite.errors.ts';
import { fundsErrors } from '../funds/funds.errors.ts';
import { distributionErrors } from '../distribution/distribution.errors.ts';
import { disposalErrors } from '../disposal/disposal.errors.ts';
import { publicDisclosureErrors } from '../credit/public.errors.ts';
import { correctionErrors } from '../credit/correction.errors.ts';
import { terminationErrors } from '../termination/termination.errors.ts';
import { dormantErrors } from '../dormant/dormant.errors.ts';
import { dormantExitErrors } from '../dormant/exit.errors.ts';

// The one table from stable error code to HTTP status and Chinese title, merged from each
// context's own rows. A code in two tables is a start-up error: one code, one meaning.
export const errorTables: Readonly<Record<string, ErrorRows>> = {
  http: httpErrors,
  access: accessErrors,
  courts: courtsErrors,
  cases: casesErrors,
  rules: ruleErrors,
  calculators: calculatorErrors,
  deadlines: deadlinesErrors,
  idempotency: idempotencyErrors,
  scheduler: schedulerErrors,
  outbox: outboxErrors,
  documents: documentsErrors,
  approvals: approvalsErrors,
  searches: searchesErrors,
  institutions: institutionsErrors,
  audit: auditErrors,
  assets: assetsErrors,
  reports: reportsErrors,
  credit: creditErrors,
  leads: leadsErrors,
  onsite: onsiteErrors,
  funds: fundsErrors,
  distribution: distributionErrors,
  disposal: disposalErrors,
  'public-disclosure': publicDisclosureErrors,
  'listing-correction': correctionErrors,
  termination: terminationErrors,
  dormant: dormantErrors,
  'dormant-exit': dormantExitErrors,
};

function merge(tables: Readonly<Record<string, ErrorRows>>): ReadonlyMap<string, readonly [number, string]> {
  const all = new Map<string, readonly [number, string]>();
  const owner = new Map<string, string>();
  for (const [context, rows] of Object.entries(tables)) {
    for (const [code, row] of Object.entries(rows)) {
      if (owner.has(code)) throw new Error(`error code ${code} is defined by both ${owner.get(code)} and ${context}`);
      owner.set(code, context);
      all.set(code, row);
    }
  }
  return all;
}

const table = merge(errorTables);

const rowOf = (code: ErrorCode): readonly [number, string] => table.get(code) ?? [500, '服务器内部错误'];
export const statusOf = (code: ErrorCode): number => rowOf(code)[0];
export const titleOf = (code: ErrorCode): string => rowOf(code)[1];
export const allErrorCodes = (): string[] => [...table.keys()];

/** A failure as problem+json (RFC 9457), with the request's path and id when there is a request. */
export function problemOf(f: Failure, instance?: string, requestId?: string) {
  return {
    type: `urn:zhixing:problem:${f.code}`,
    title: titleOf(f.code),
    status: statusOf(f.code),
    code: f.code,
    ...(f.detail ? { detail: f.detail } : {}),
    ...(f.errors ? { errors: f.errors } : {}),
    ...(f.unmet ? { unmet: f.unmet } : {}),
    ...(instance ? { instance } : {}),
    ...(requestId ? { requestId } : {}),
  };
}
