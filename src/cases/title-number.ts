import type { CourtDirectory } from '../courts/court-directory.ts';
import { formerCode } from '../courts/former-codes.ts';
import { parseCaseNumber } from '../rules/case-number.ts';
import { validateResidentId } from '../rules/identity.ts';
import type { FilingDraft } from './cases.types.ts';

export type FilingWarning = { readonly field: string; readonly code: string; readonly message: string };

// The 执行依据's document number is checked as a court case number, but never refused: arbitral
// awards (（2024）穗仲案字第1号) and notarial deeds carry other numbers, so these are warnings.
export function titleNumberWarnings(documentNumber: string, courts: Pick<CourtDirectory, 'byCode'>): FilingWarning[] {
  const field = 'title.documentNumber';
  const parsed = parseCaseNumber(documentNumber);
  if (!parsed.valid) {
    return [
      {
        field,
        code: 'title-not-court-case-number',
        message: `执行依据文书号「${documentNumber}」不是有效的人民法院案号；如为仲裁裁决书、公证债权文书等，请核对文书号与作出机构`,
      },
    ];
  }
  if (parsed.legacy || parsed.courtCode === null || courts.byCode(parsed.courtCode)) return [];
  const former = formerCode(parsed.courtCode);
  if (former && courts.byCode(former.successor)) {
    return [
      {
        field,
        code: 'title-former-court-code',
        message: `法院代字「${parsed.courtCode}」是${former.name}的原代字（${former.until}前），现为「${former.successor}」`,
      },
    ];
  }
  return [{ field, code: 'title-court-unknown', message: `执行依据案号中的法院代字「${parsed.courtCode}」不在法院名录中，请核对` }];
}

const identityMessages: Record<string, string> = {
  'region-unknown': '身份证号码的地址码不在行政区划数据中，请核对',
  'region-newer-than-birth': '身份证号码的地址码设立晚于出生年份，请核对',
};

/** Everything in a valid filing worth a second look, none of it a refusal (ADR 0010 for identities). */
export function filingWarnings(draft: FilingDraft, courts: Pick<CourtDirectory, 'byCode'>): FilingWarning[] {
  const out = titleNumberWarnings(draft.title.documentNumber, courts);
  const groups = [
    ['applicants', draft.applicants],
    ['debtors', draft.debtors],
    ['thirdParties', draft.thirdParties],
  ] as const;
  for (const [field, parties] of groups) {
    parties.forEach((p, i) => {
      if (p.kind !== 'person') return;
      for (const w of validateResidentId(p.idNumber).warnings) {
        out.push({ field: `${field}[${i}].idNumber`, code: w, message: `${p.name}：${identityMessages[w]}` });
      }
    });
  }
  return out;
}
