import type { LocalDate } from '../../shared/dates.ts';
import {
  orderPeriodText,
  personRoleNames,
  restrictedItemNames,
  restrictedItems,
  type PersonRole,
} from '../../rules/consumption-restriction.ts';
import type { Block } from '../docx.ts';
import type { Template } from './template.ts';
import { chineseDate, names, ordinal, partyLine, textDate, type InstrumentParty } from './wording.ts';

// 限制消费令: signed by the 院长 and stating the period, the items and the consequences (限制消费规定
// 第5条, 2010 text VERIFIED); the nine items of 第3条第1款 and, for a unit, the persons of 第3条第2款.
// Served on the debtor like every instrument (src/documents/record-service.ts).

export type ConsumptionRestrictionOrderData = {
  readonly court: string;
  readonly caseNumber: string;
  readonly issuedOn: LocalDate;
  readonly applicants: readonly InstrumentParty[];
  readonly debtor: InstrumentParty;
  readonly persons: readonly { readonly role: PersonRole; readonly name: string }[];
  readonly byListing: boolean;
  readonly president: string;
};

export const consumptionRestrictionOrder: Template<ConsumptionRestrictionOrderData> = {
  kind: 'consumption-restriction-order',
  title: '限制消费令',
  version: '2026-12-08',
  build: (d) => ({ court: d.court, title: '限制消费令', caseNumber: d.caseNumber, blocks: blocks(d) }),
};

function blocks(d: ConsumptionRestrictionOrderData): Block[] {
  const unit = d.debtor.kind === 'organization';
  const why = d.byListing ? '已被本院纳入失信被执行人名单' : '未按执行通知书指定的期间履行生效法律文书确定的给付义务';
  const who = unit
    ? `被执行人${d.debtor.name}及其${d.persons.map((p) => `${personRoleNames[p.role]}${p.name}`).join('、')}`
    : `被执行人${d.debtor.name}`;
  const items = restrictedItems.map((item, i) => ({
    type: 'paragraph' as const,
    text: `（${ordinal(i + 1)}）${restrictedItemNames[item].label}${i === restrictedItems.length - 1 ? '。' : '；'}`,
  }));
  return [
    { type: 'addressee', text: `被执行人：${partyLine(d.debtor)}` },
    {
      type: 'paragraph',
      text:
        `本院在执行申请执行人${names(d.applicants)}与被执行人${d.debtor.name}一案中，被执行人${d.debtor.name}${why}。` +
        '依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，' +
        `对${who}采取限制消费措施，${orderPeriodText}，不得实施以下高消费及非生活和工作必需的消费行为：`,
    },
    ...items,
    ...(unit
      ? [
          {
            type: 'paragraph' as const,
            text: '上述人员因私消费以个人财产实施前款规定行为的，可以向本院提出申请，本院审查属实的，应予准许。',
          },
        ]
      : []),
    {
      type: 'paragraph',
      text:
        '被限制消费的被执行人因生活或者经营必需而进行本令禁止的消费活动的，应当向本院提出申请，获批准后方可进行。' +
        '在限制消费期间，被执行人提供确实有效的担保或者经申请执行人同意的，本院可以解除限制消费令；被执行人履行完毕生效法律文书确定的义务的，本院将及时解除限制消费令。',
    },
    {
      type: 'paragraph',
      text:
        '被执行人违反限制消费令进行消费的行为属于拒不履行人民法院已经发生法律效力的判决、裁定的行为，' +
        '经查证属实的，依照《中华人民共和国民事诉讼法》的规定，予以拘留、罚款；情节严重，构成犯罪的，依法追究刑事责任。',
    },
    { type: 'signature', lines: [`院长  ${d.president}`, chineseDate(d.issuedOn), '（院印）'] },
    { type: 'note', text: `本令于${textDate(d.issuedOn)}签发。` },
  ];
}
