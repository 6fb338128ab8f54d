import { systemPrincipal } from '../../../src/access/system-principal.ts';
import { fileCase } from '../../../src/cases/file-case.ts';
import { closeCase, transitionCase } from '../../../src/cases/change-case.ts';
import { makeCreditCode, makeResidentId } from '../../../src/rules/identity.ts';
import { nextInSequence } from '../sequences.ts';
import type { LocalDate } from '../../../src/shared/dates.ts';
import type { TestApp } from '../test-app.ts';

// Cases for a test, filed through the filing use case (numbers, audit events and all), each
// with only what the test says and valid defaults for the rest.

export type PartySpec =
  | { kind: 'person'; name: string; idNumber: string }
  | { kind: 'organization'; name: string; creditCode: string; legalRepresentative?: string };

export type CaseSpec = {
  court?: string; // 法院代字, 粤0703 by default
  filedOn?: string;
  claimAmount?: string; // yuan, as the API takes it
  applicant?: PartySpec;
  debtor?: PartySpec;
  status?: 'filed' | 'in-progress' | 'closed';
};

/** A person with a valid, unique resident ID of the region. */
export function aPerson(name = '陈小红', region = '440703'): PartySpec {
  const seq = nextInSequence('builder-party');
  const birth = `19${String(60 + (seq % 40)).padStart(2, '0')}-0${1 + (seq % 9)}-1${seq % 10}` as LocalDate;
  return { kind: 'person', name, idNumber: makeResidentId(region, birth, (seq * 11) % 1000) };
}

/** A company with a valid, unique unified social credit code of the region. */
export function aCompany(name = '江门市恒泰建材有限公司', region = '440703'): PartySpec {
  const seq = nextInSequence('builder-party');
  return {
    kind: 'organization',
    name,
    creditCode: makeCreditCode({ authority: '9', organisationType: '1', region, subject: String(40_000_000 + seq * 17) }),
    legalRepresentative: '梁国强',
  };
}

export async function buildCase(app: TestApp, spec: CaseSpec = {}): Promise<{ id: string; caseNumber: string }> {
  const court = spec.court ?? '粤0703';
  // The system acting as the court's judge: filing and closing are the judge's permissions.
  const who = { ...systemPrincipal(app, '测试数据', court), role: 'judge' as const };
  const amount = spec.claimAmount ?? '120000.00';
  const filed = await fileCase(app, who, {
    courtCode: court,
    filedOn: spec.filedOn ?? '2026-11-20',
    claimAmount: amount,
    title: {
      documentNumber: '（2026）粤0703民初1234号',
      issuer: '广东省江门市蓬江区人民法院',
      effectiveOn: '2026-10-09',
      performanceDeadline: '2026-10-19',
      obligations: [{ kind: 'money', amount, description: '借款合同纠纷：给付借款本金' }],
    },
    applicants: [spec.applicant ?? aPerson()],
    debtors: [spec.debtor ?? aCompany()],
  });
  if (!filed.ok) throw new Error(`buildCase: ${filed.code} ${filed.detail ?? ''}`);
  const { id, caseNumber } = filed.value;
  if (spec.status === 'in-progress' || spec.status === 'closed') {
    const started = await transitionCase(app, who, id, 'start', { reason: '已发出执行通知书', version: 1 });
    if (!started.ok) throw new Error(`buildCase start: ${started.code}`);
  }
  if (spec.status === 'closed') {
    const closed = await closeCase(app, who, id, {
      mode: 'fully-enforced',
      closedOn: spec.filedOn ?? '2026-11-20',
      reason: '已全部履行',
      version: 2,
    });
    if (!closed.ok) throw new Error(`buildCase close: ${closed.code}`);
  }
  return { id, caseNumber };
}

/** `n` cases at once (same spec, fresh parties). */
export async function buildCases(app: TestApp, n: number, spec: Omit<CaseSpec, 'applicant' | 'debtor'> = {}) {
  const out: { id: string; caseNumber: string }[] = [];
  for (let i = 0; i < n; i += 1) out.push(await buildCase(app, spec));
  return out;
}
