import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// Disposal of seized assets: reference price (参考价), auction rounds (网络司法拍卖), 变卖 and 以物抵债.
export const disposalErrors = {
  'asset-not-seized': [409, '本案未查封、扣押该财产（或措施尚在轮候、已解除），不能处置'],
  'asset-not-for-sale': [409, '存款等款项应扣划，不经确定参考价和拍卖'],
  'asset-exempt-from-sale': [409, '被执行人及其所扶养家属生活所必需的居住房屋可以查封，但不得拍卖、变卖或者抵债'],
  'reference-price-not-found': [404, '参考价确定程序不存在'],
  'reference-price-exists': [409, '该财产已有进行中或仍在有效期内的参考价'],
  'reference-price-fixed': [409, '参考价已经确定，不能再以其他方式确定'],
  'reference-method-out-of-order': [409, '参考价的确定方式须依次为当事人议价、定向询价、网络询价、委托评估'],
  'reference-date-invalid': [422, '日期不能早于参考价程序启动之日'],
  'appraisal-open': [409, '委托评估尚未出具报告'],
  'appraisal-not-open': [409, '没有正在进行的委托评估'],
  'appraisal-extension-refused': [409, '评估期限不能再延长（最多两次，每次不超过15日，应在期限届满5日前申请）'],
  'reference-price-missing': [409, '该财产尚未确定参考价'],
  'reference-price-expired': [409, '参考价已超过有效期，应重新确定'],
  'disposal-in-progress': [409, '该财产正在拍卖或变卖中'],
  'asset-already-disposed': [409, '该财产已经拍卖、变卖成交或者抵债'],
  'auction-rounds-exhausted': [409, '二拍已流拍，不能再拍卖，可以变卖或者以物抵债'],
  'first-round-price-too-low': [422, '一拍起拍价不得低于参考价的70%'],
  'second-round-cut-too-large': [422, '二拍起拍价的降价幅度不得超过一拍起拍价的20%'],
  'second-round-too-late': [409, '二拍应在一拍流拍后30日内进行'],
  'deposit-out-of-range': [422, '保证金应为起拍价的5%至20%'],
  'announcement-too-short': [422, '拍卖公告期不足（一拍动产15日、不动产30日，二拍动产7日、不动产15日）'],
  'bidding-times-invalid': [422, '竞价时间不正确：竞价不得少于24小时，且应在公告日之后'],
  'auction-round-not-found': [404, '拍卖轮次不存在'],
  'auction-round-not-open': [409, '该轮拍卖已有结果，不能再记录'],
  'bidding-not-ended': [409, '竞价尚未结束'],
  'bid-log-awaited': [409, '拍卖平台尚未回传竞价记录'],
  'round-not-sold': [409, '该轮拍卖未成交'],
  'sale-not-allowed': [409, '二拍流拍后方可变卖'],
  'set-off-not-allowed': [409, '拍卖流拍后方可以物抵债'],
  'asset-sale-not-found': [404, '变卖不存在'],
  'asset-sale-not-open': [409, '变卖已有结果'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof disposalErrors> {}
}
