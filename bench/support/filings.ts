import { makeCreditCode, makeResidentId } from '../../src/rules/identity.ts';
import { addDays, localDate, localDateAt } from '../../src/shared/dates.ts';

/** Valid filings for POST /api/v1/cases, each in the next of `courtCodes` in turn, each with its own parties. */
export function filings(courtCodes: readonly string[], count = 1000): () => { path: string; body: string } {
  const filedOn = localDateAt(new Date());
  const effectiveOn = addDays(filedOn, -40);
  const bodies = Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      courtCode: courtCodes[i % courtCodes.length],
      filedOn,
      claimAmount: '120000.00',
      title: {
        documentNumber: `（${effectiveOn.slice(0, 4)}）粤0703民初${1000 + i}号`,
        issuer: '广东省江门市蓬江区人民法院',
        effectiveOn,
        performanceDeadline: addDays(effectiveOn, 10),
        obligations: [{ kind: 'money', amount: '120000.00', description: '借款合同纠纷：给付借款本金' }],
      },
      applicants: [{ kind: 'person', name: '陈小红', idNumber: makeResidentId('440703', addDays(localDate('1970-01-01'), i), i % 1000) }],
      debtors: [
        {
          kind: 'organization',
          name: '江门市恒泰建材有限公司',
          creditCode: makeCreditCode({ authority: '9', organisationType: '1', region: '440703', subject: String(30_000_000 + i * 13) }),
          legalRepresentative: '梁国强',
        },
      ],
    }),
  );
  let i = 0;
  return () => ({ path: '/api/v1/cases', body: bodies[i++ % bodies.length]! });
}

/** Paths that cycle through the given case ids. */
export function details(ids: readonly string[]): () => { path: string } {
  let i = 0;
  return () => ({ path: `/api/v1/cases/${ids[i++ % ids.length]}` });
}
