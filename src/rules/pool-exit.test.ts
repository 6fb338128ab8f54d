import { describe, expect, it } from 'vitest';
import { checkPoolExit, terminationGroundNames, terminationGrounds } from './pool-exit.ts';

// The conditions of each way out of the 终本案件库 other than resumption.
describe('leaving the 终本案件库', () => {
  it('takes payment in full from the ledger only when nothing is owed; the applicant’s written word stands on its own', () => {
    expect(checkPoolExit({ kind: 'paid', evidence: 'funds-received', outstandingFen: 0n }).ok).toBe(true);
    expect(checkPoolExit({ kind: 'paid', evidence: 'funds-received', outstandingFen: 1n })).toMatchObject({
      ok: false,
      code: 'exit-not-paid',
    });
    expect(checkPoolExit({ kind: 'paid', evidence: 'applicant-confirmed', outstandingFen: 500_000n }).ok).toBe(true);
  });

  it('refers only an enterprise, with a consent and a receiving court (民诉法解释 第511条)', () => {
    const ok = { kind: 'bankruptcy', debtorIsOrganization: true, consent: true, receivingCourt: '江门市中级人民法院' } as const;
    expect(checkPoolExit(ok).ok).toBe(true);
    expect(checkPoolExit({ ...ok, debtorIsOrganization: false })).toMatchObject({ code: 'exit-debtor-not-enterprise' });
    expect(checkPoolExit({ ...ok, consent: false })).toMatchObject({ code: 'exit-consent-required' });
    expect(checkPoolExit({ ...ok, receivingCourt: '  ' })).toMatchObject({ code: 'exit-court-required' });
  });

  it('terminates on every ground of 第268条, a natural person’s grounds only for a person', () => {
    for (const ground of terminationGrounds) {
      expect(terminationGroundNames[ground].article).toMatch(/第\d+条/);
      expect(checkPoolExit({ kind: 'terminated', ground, debtorIsPerson: true }).ok).toBe(true);
    }
    expect(checkPoolExit({ kind: 'terminated', ground: 'debtor-died-no-estate', debtorIsPerson: false })).toMatchObject({
      code: 'exit-ground-not-applicable',
    });
    expect(checkPoolExit({ kind: 'terminated', ground: 'applicant-withdrew', debtorIsPerson: false }).ok).toBe(true);
  });
});
