import { isRecord } from '../../shared/json.ts';
import type { Calculator } from './calculator.types.ts';
import { basisOf } from '../citation.ts';
import { fail, ok } from '../errors.ts';
import { citations, maxSeizureTerm, seizureAssetKinds, type SeizureAssetKind } from '../seizure-term.ts';
import { parseLocalDate } from '../../shared/dates.ts';

// POST /api/v1/rules/seizure-term
// {assetKind: "deposit"|"movable"|"immovable"|"other-right", start: "2026-03-09", requestedEnd?: "2027-03-09"}
export const calculator: Calculator = {
  name: 'seizure-term',
  title: '查封、扣押、冻结最长期限',
  run(input) {
    if (!isRecord(input)) return fail('invalid-input', 'expected a JSON object {assetKind, start}');
    const assetKind = input.assetKind;
    if (typeof assetKind !== 'string' || !seizureAssetKinds.includes(assetKind as SeizureAssetKind)) {
      return fail('unknown-asset-kind', `assetKind must be one of ${seizureAssetKinds.join(', ')}`);
    }
    const start = parseLocalDate(input.start);
    if (!start) return fail('invalid-date', 'start must be YYYY-MM-DD');
    const requestedEnd = input.requestedEnd === undefined || input.requestedEnd === null ? undefined : parseLocalDate(input.requestedEnd);
    if (requestedEnd === null) return fail('invalid-date', 'requestedEnd must be YYYY-MM-DD');

    const r = maxSeizureTerm({ assetKind: assetKind as SeizureAssetKind, start, requestedEnd });
    if (!r.ok) return r;
    return ok({ ...r.value, basis: basisOf(citations) });
  },
};
