// Chinese explanations of the calculators' stable error codes (src/rules/errors.ts); the
// server's `detail` is written for developers, so the page explains by code instead.
export const ruleErrorMessages: Record<string, string> = {
  'invalid-input': '输入内容不完整或格式不正确，请检查各项填写。',
  'invalid-date': '日期格式不正确，请按“年-月-日”填写。',
  'invalid-amount': '金额须为非负数，最多两位小数。',
  // The server's detail names the year (没有 2100 年的法定节假日安排数据…); CalcResult adds it.
  'calendar-year-missing':
    '系统无法推算该年度的节假日（超出农历换算范围）。请系统管理员用“zhixing calendar set <年份>”录入国务院公布的放假安排后再计算。',
  'calendar-data-invalid': '节假日日历数据有误，请联系系统管理员。',
  'period-length-invalid': '期间长度须为正整数，且不能过长。',
  'delay-before-2014-rule': '2014年8月1日以前的迟延履行期间适用旧规定，本计算器不予计算。',
  'starting-price-below-minimum': '起拍价低于法定最低限度（一拍不得低于评估价或市场价的70%，二拍不得低于一拍起拍价的80%）。',
  'unknown-asset-kind': '财产类型不正确。',
  'claims-invalid': '债权清单填写不正确：每项须有债权人名称和金额，顺位须为整数。',
  overpayment: '清偿金额超过了应付的债务和迟延履行利息之和。',
  'until-before-deadline': '计算截止日不能早于履行期限届满日。',
  'payment-after-until': '清偿日期不能晚于计算截止日。',
  'date-order-invalid': '日期先后顺序不正确（起始日不能晚于结束日）。',
  'seizure-rank-missing': '被执行人为企业法人时，普通债权须填写查封顺位。',
  'extension-out-of-range': '续行期限超出法定范围。',
};
