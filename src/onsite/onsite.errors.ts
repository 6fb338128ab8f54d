import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// On-site enforcement records and their evidence files.
export const onsiteErrors = {
  'onsite-record-not-found': [404, '现场执行记录不存在'],
  'onsite-team-too-small': [422, '现场执行须由本院两名以上执行人员进行'],
  'onsite-team-member-invalid': [422, '执行人员须为本院的执行法官或执行员'],
  'onsite-time-invalid': [422, '时间不正确：须为带时区的时间，结束不能早于开始，且不能晚于现在'],
  'onsite-on-closed-case': [409, '案件已结案，不能登记现场执行'],
  'evidence-not-found': [404, '证据文件不存在'],
  'evidence-hash-mismatch': [422, '文件的 SHA-256 与声明的不一致，文件可能在传输中损坏，未保存'],
  'evidence-content-invalid': [422, '文件内容须为 Base64 编码，且不能为空'],
  'evidence-too-large': [413, '证据文件不能超过 10 MB'],
  'evidence-type-mismatch': [422, '文件类型与证据种类不符（照片须为图片，视频须为视频）'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof onsiteErrors> {}
}
