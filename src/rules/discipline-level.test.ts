import { describe, expect, it } from 'vitest';
import { DEFAULT_DISCIPLINE_POLICY, disciplineLevel, policyProblem, type DisciplineFacts, type LevelListing } from './discipline-level.ts';
import { localDate } from '../shared/dates.ts';
import { fen } from '../shared/money.ts';

const asOf = localDate('2026-11-26');
const facts = (over: Partial<DisciplineFacts> = {}): DisciplineFacts => ({
  asOf,
  listings: [],
  restrictionsInForce: 0,
  otherListings: [],
  owed: fen(12_000_000n),
  paid: fen(0n),
  reportsOn: [],
  ...over,
});
const listing = (over: Partial<LevelListing> = {}): LevelListing => ({
  ground: 1,
  status: 'published',
  decidedOn: localDate('2026-10-01'),
  publishOn: localDate('2026-11-01'),
  termYears: null,
  ...over,
});
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);
const elsewhere = (endedOn: string | null) => [
  { caseNumber: '（2026）粤0703执2号', publishedOn: localDate('2024-01-01'), endedOn: endedOn === null ? null : localDate(endedOn) },
];

describe('the floor the measures in force impose (失信名单规定 第1–2条, 限制消费规定 第1条, 善意文明执行意见 第17条)', () => {
  it('no measure is level 0 with its reason', () => {
    expect(disciplineLevel(facts())).toMatchObject({ rank: 0, level: 'none', reasons: [{ code: 'no-measure' }] });
  });
  it('a listing in its grace is a reminder; a restriction is restricted; a published listing is listed', () => {
    expect(disciplineLevel(facts({ listings: [listing({ status: 'decided' })] })).level).toBe('reminder');
    expect(disciplineLevel(facts({ restrictionsInForce: 1 })).level).toBe('restricted');
    const both = disciplineLevel(facts({ listings: [listing({ status: 'decided' })], restrictionsInForce: 1 }));
    expect([both.level, codes(both)]).toEqual(['restricted', ['grace', 'restricted']]);
    const listed = disciplineLevel(facts({ listings: [listing()], restrictionsInForce: 1 }));
    expect(listed.level).toBe('listed');
    expect(listed.reasons[0]).toMatchObject({ code: 'listed', article: '失信名单规定 第1条第1项' });
  });
  it('第2条: a two-year term is listed, an extended one (three years and more) aggravated', () => {
    expect(disciplineLevel(facts({ listings: [listing({ ground: 2, termYears: 2 })] })).level).toBe('listed');
    expect(disciplineLevel(facts({ listings: [listing({ ground: 2, termYears: 3 })] })).level).toBe('listed-aggravated');
  });
});

describe('repeat behaviour raises one level (policy: one other case in the last three years)', () => {
  it('a listing in another case raises listed to aggravated and a reminder to restricted', () => {
    const r = disciplineLevel(facts({ listings: [listing()], otherListings: elsewhere(null) }));
    expect([r.level, codes(r)]).toEqual(['listed-aggravated', ['listed', 'repeat']]);
    expect(r.reasons[1]!.text).toContain('（2026）粤0703执2号');
    expect(disciplineLevel(facts({ listings: [listing({ status: 'decided' })], otherListings: elsewhere(null) })).level).toBe('restricted');
  });
  it('never above level 4, and never from nothing: without a measure here it is only shown', () => {
    expect(disciplineLevel(facts({ listings: [listing({ ground: 2, termYears: 5 })], otherListings: elsewhere(null) })).rank).toBe(4);
    const r = disciplineLevel(facts({ otherListings: elsewhere(null) }));
    expect([r.level, codes(r)]).toEqual(['none', ['no-measure', 'repeat-without-measure']]);
  });
  it('counts a listing elsewhere that ended three years ago to the day, not the day before', () => {
    expect(disciplineLevel(facts({ restrictionsInForce: 1, otherListings: elsewhere('2023-11-26') })).level).toBe('listed');
    expect(disciplineLevel(facts({ restrictionsInForce: 1, otherListings: elsewhere('2023-11-25') })).level).toBe('restricted');
  });
  it('the number of cases is a setting', () => {
    const policy = { ...DEFAULT_DISCIPLINE_POLICY, repeatCases: 2 };
    expect(disciplineLevel(facts({ listings: [listing()], otherListings: elsewhere(null) }), policy).level).toBe('listed');
  });
});

describe('cooperation lowers one level, never below the floor of the measures in force', () => {
  const repeat = { listings: [listing()], otherListings: elsewhere(null) };
  it('half of what was owed paid lowers aggravated to listed; one fen less does not', () => {
    const half = disciplineLevel(facts({ ...repeat, paid: fen(6_000_000n) }));
    expect([half.level, codes(half)]).toEqual(['listed', ['listed', 'repeat', 'paid-share']]);
    expect(half.reasons[2]!.text).toContain('60000.00 元');
    expect(half.reasons[2]!.text).toContain('降低一级');
    expect(disciplineLevel(facts({ ...repeat, paid: fen(5_999_999n) })).level).toBe('listed-aggravated');
  });
  it('at the floor it stays, and says that early deletion is possible (第2条第2款)', () => {
    const r = disciplineLevel(facts({ listings: [listing()], paid: fen(9_000_000n) }));
    expect([r.level, codes(r)]).toEqual(['listed', ['listed', 'paid-share', 'at-floor']]);
    expect(r.reasons.at(-1)!.article).toBe('失信名单规定 第2条第2款');
  });
  it('a report filed on or after a ground-4 listing is cooperation; one before it is not', () => {
    const g4 = { listings: [listing({ ground: 4, termYears: 2 })], otherListings: elsewhere(null) };
    expect(disciplineLevel(facts({ ...g4, reportsOn: [localDate('2026-10-01')] })).level).toBe('listed');
    expect(disciplineLevel(facts({ ...g4, reportsOn: [localDate('2026-09-30')] })).level).toBe('listed-aggravated');
    expect(
      disciplineLevel(facts({ ...g4, reportsOn: [localDate('2026-10-01')] }), { ...DEFAULT_DISCIPLINE_POLICY, reportLowers: false }).level,
    ).toBe('listed-aggravated');
  });
  it('two kinds of cooperation still lower one level only', () => {
    const r = disciplineLevel(
      facts({
        listings: [listing({ ground: 4, termYears: 2 })],
        otherListings: elsewhere(null),
        paid: fen(12_000_000n),
        reportsOn: [asOf],
      }),
    );
    expect([r.level, codes(r)]).toEqual(['listed', ['listed', 'repeat', 'paid-share', 'report-filed']]);
  });
});

describe('the policy a court sets', () => {
  it('accepts the defaults and refuses a share outside 1–100', () => {
    expect(policyProblem(DEFAULT_DISCIPLINE_POLICY)).toBeUndefined();
    expect(policyProblem({ ...DEFAULT_DISCIPLINE_POLICY, paidSharePercent: 0 })).toMatch(/1–100/);
    expect(policyProblem({ ...DEFAULT_DISCIPLINE_POLICY, repeatYears: 11 })).toMatch(/1–10/);
  });
});
