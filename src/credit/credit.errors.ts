import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// Credit discipline (失信惩戒): the dishonest list. The rule's own refusals (unknown-ground,
// extension-out-of-range, grace-out-of-range) are in src/rules/errors.ts.
export const creditErrors = {
  minor: [422, '被执行人为未成年人，不得纳入失信被执行人名单（失信名单规定 第4条）'],
  'age-unknown': [422, '被执行人出生日期不明（身份证件不能读出出生日期），须先核实是否成年（失信名单规定 第4条）'],
  'fully-secured': [422, '被执行人已提供充分有效担保，不得以第1条第1项情形纳入（失信名单规定 第3条第1项）'],
  'sufficient-seized-property': [422, '已查封、扣押、冻结的财产足以清偿债务，不得以第1条第1项情形纳入（失信名单规定 第3条第2项）'],
  'debtor-party-not-found': [404, '该被执行人不是本案的被执行人'],
  'ground-not-established': [
    409,
    '纳入情形不成立：第1项须尚有未履行的金钱债务，第4项须有案件中违反财产报告制度的事实（逾期、拒绝或虚假报告）',
  ],
  'ground-evidence-required': [422, '第2、3、5、6项情形须写明证据和事实'],
  'already-listed': [409, '该被执行人已在本案纳入（或待审批纳入）失信被执行人名单'],
  'listing-on-closed-case': [409, '案件已结案，不能纳入失信被执行人名单'],
  'dishonest-listing-not-found': [404, '失信被执行人名单记录不存在'],
  'unknown-deletion-ground': [422, '删除情形须为失信名单规定 第10条第1款第1至7项之一'],
  'listing-not-live': [409, '该记录不在名单中（待院长审批、已删除或期限届满），不能删除'],
  'deletion-before-decision': [422, '删除日期早于纳入决定日期'],
  'deletion-ground-not-established': [409, '删除情形不成立：本案尚有未履行的金钱债务，不能以全部履行完毕删除'],
  'deletion-reason-required': [422, '须写明删除的事实和理由'],
  'relisting-barred': [409, '依申请执行人申请删除后六个月内，不得再次纳入失信被执行人名单（失信名单规定 第10条第3款）'],
  // Consumption restriction (限制消费令, ADR 0206).
  'consumption-restriction-not-found': [404, '限制消费记录不存在'],
  'spending-request-not-found': [404, '消费申请不存在'],
  'restriction-on-closed-case': [409, '案件已结案，不能限制消费'],
  'already-restricted': [409, '该被执行人已在本案被限制消费（或限制消费令待院长签发）'],
  'restricted-person-id-invalid': [422, '被限制人员的公民身份号码不正确（校验位、出生日期或地区码有误）'],
  'restriction-not-in-force': [409, '该限制消费令不在执行中（待院长签发、已解除或院长未批准）'],
  'lift-ground-not-established': [409, '解除情形不成立：本案尚有未履行的金钱债务，不能以履行完毕解除'],
  'unknown-restricted-item': [422, '消费项目须为限制消费规定 第3条第1款所列九项之一'],
  'restricted-person-not-found': [422, '申请人不是该限制消费令的被限制人员'],
  'spending-reason-required': [422, '须写明申请消费的事由'],
  'spending-already-decided': [409, '该消费申请已作出决定'],
  'spending-decision-reason-required': [422, '不予准许的，须写明理由'],
  // Credit restoration (信用修复, ADR 0209).
  'listing-not-restorable': [409, '只有已公布或宽限期内的失信名单可以申请信用修复（已删除、期限届满或待审批的不能）'],
  'restoration-pending': [409, '该失信名单已有审批中的信用修复申请'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof creditErrors> {}
}
