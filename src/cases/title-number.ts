import type { CourtDirectory } from '../courts/court-directory.ts';
import { formerCode } from '../courts/former-codes.ts';
import { parseCaseNumber } from '../rules/case-number.ts';
import { validateResidentId } from '../rules/identity.ts';
import type { FilingDraft } from './cases.types.ts';
import type { StatutoryCalendar } from '../rules/calendar.ts';
import { checkApplicationPeriod } from '../rules/application-period.ts';
import { formatYuan } from '../shared/money.ts';
import { issuedByCourt } from '../shared/vocabulary.ts';

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

/**
 * Everything in a valid filing worth a second look, none of it a refusal (ADR 0010 for identities):
 * a court's document whose number is not a court case number, identity warnings, a claim that does
 * not agree with the money obligations, and an application beyond the two-year period (民事诉讼法
 * 第250条; the debtor may raise it, so it is never a refusal: 民诉法解释 第481条).
 */
export function filingWarnings(draft: FilingDraft, courts: Pick<CourtDirectory, 'byCode'>, calendar: StatutoryCalendar): FilingWarning[] {
  const court = issuedByCourt(draft.title.issuerType);
  const out = court || draft.title.issuerType === 'other' ? titleNumberWarnings(draft.title.documentNumber, courts) : [];
  out.push(...amountWarnings(draft), ...periodWarnings(draft, calendar));
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

function amountWarnings(draft: FilingDraft): FilingWarning[] {
  const money = draft.title.obligations.filter((o) => o.kind === 'money');
  if (money.length === 0) return [];
  const sum = money.reduce((a, o) => a + o.amount, 0n);
  if (sum === draft.claimAmount) return [];
  const diff = draft.claimAmount - sum;
  return [
    {
      field: 'claimAmount',
      code: 'claim-differs-from-obligations',
      message: `申请执行标的 ${formatYuan(draft.claimAmount)} 元与金钱义务合计 ${formatYuan(sum)} 元不一致，${
        diff > 0n ? '多' : '少'
      } ${formatYuan(diff > 0n ? diff : -diff)} 元${diff > 0n ? '（如含迟延履行利息、诉讼费等，请在义务中列明）' : '（如只申请执行部分，请核对）'}`,
    },
  ];
}

function periodWarnings(draft: FilingDraft, calendar: StatutoryCalendar): FilingWarning[] {
  if (draft.type === 'preservation') return [];
  const applied = draft.appliedOn ?? draft.filedOn;
  const check = checkApplicationPeriod(draft.title, applied, calendar);
  if (!check.expired) return [];
  const from = check.fromBasis === 'performance-deadline' ? '履行期限届满' : '执行依据生效';
  return [
    {
      field: draft.appliedOn ? 'appliedOn' : 'filedOn',
      code: 'application-period-passed',
      message: `申请执行的期间（二年，自${from}之日 ${check.from} 起算）已于 ${check.lastDay} 届满；仍应立案，被执行人可提出异议（民事诉讼法第250条，民诉法解释第481条）。如有中止、中断事由，请核实`,
    },
  ];
}
