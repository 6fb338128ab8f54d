import type { CourtDirectory } from '../courts/court-directory.ts';
import { formerCode } from '../courts/former-codes.ts';
import { parseCaseNumber } from '../rules/case-number.ts';

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
