import { isRecord } from '../../shared/json.ts';
import type { Calculator } from './calculator.types.ts';
import { basisOf } from '../citation.ts';
import { fail, ok } from '../errors.ts';
import { BAR_LABELS, checkDishonestListing, citations } from '../dishonest-listing.ts';
import { parseYuan, type Fen } from '../../shared/money.ts';
import { parseLocalDate, type LocalDate } from '../../shared/dates.ts';

const absent = (v: unknown) => v === undefined || v === null;

// POST /api/v1/rules/dishonest-listing
// {ground: 1..6, debtor: {kind: "person"|"organization", birthDate?}, debt: "1000.00", secured?, seizedValue?,
//  listedOn, extensionYears?: 0..3, asOf?}
export const calculator: Calculator = {
  name: 'dishonest-listing',
  title: '纳入失信被执行人名单审查',
  run(input) {
    if (!isRecord(input)) return fail('invalid-input', 'expected a JSON object');
    if (typeof input.ground !== 'number') return fail('unknown-ground', 'ground must be a number from 1 to 6');
    const debtor = input.debtor;
    if (!isRecord(debtor) || (debtor.kind !== 'person' && debtor.kind !== 'organization')) {
      return fail('invalid-input', 'debtor must be {kind: "person"|"organization", birthDate?}');
    }
    const birthDate = absent(debtor.birthDate) ? undefined : parseLocalDate(debtor.birthDate);
    if (birthDate === null) return fail('invalid-date', 'debtor.birthDate must be YYYY-MM-DD');
    const debt = parseYuan(input.debt);
    if (debt === null) return fail('invalid-amount', 'debt must be yuan, e.g. "1000.00" ("0.00" for a non-money obligation)');
    const secured = optionalYuan(input.secured);
    const seizedValue = optionalYuan(input.seizedValue);
    if (secured === null || seizedValue === null) return fail('invalid-amount', 'secured and seizedValue must be yuan');
    const listedOn = parseLocalDate(input.listedOn);
    if (!listedOn) return fail('invalid-date', 'listedOn must be YYYY-MM-DD');
    const asOf = optionalDate(input.asOf);
    if (asOf === null) return fail('invalid-date', 'asOf must be YYYY-MM-DD');
    const extensionYears = input.extensionYears;
    if (!absent(extensionYears) && typeof extensionYears !== 'number') {
      return fail('extension-out-of-range', 'extensionYears must be a number from 0 to 3');
    }

    const result = checkDishonestListing({
      ground: input.ground,
      debtor: { kind: debtor.kind, birthDate },
      debt,
      secured,
      seizedValue,
      listedOn,
      extensionYears: extensionYears ?? undefined,
      asOf,
    });
    if (!result.ok) return result;
    const v = result.value;
    return ok({
      allowed: v.allowed,
      reasons: v.reasons,
      reasonDetails: v.reasons.map((code) => ({ code, ...BAR_LABELS[code] })),
      termYears: v.termYears,
      endsOn: v.endsOn,
      inForce: v.inForce,
      basis: basisOf(citations),
    });
  },
};

// undefined when absent, null when present but malformed.
const optionalYuan = (value: unknown): Fen | undefined | null => (absent(value) ? undefined : parseYuan(value));
const optionalDate = (value: unknown): LocalDate | undefined | null => (absent(value) ? undefined : parseLocalDate(value));
