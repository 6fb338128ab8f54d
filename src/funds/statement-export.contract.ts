import { Type } from '@sinclair/typebox';
import { operation, Strict, Text } from '../shared/contract.ts';

// GET /cases/{id}/account/entries.xlsx: the case account's statement as a workbook.
export const exportAccountEntries = operation({
  operationId: 'exportCaseAccountEntries',
  summary: '导出案款明细（XLSX）',
  description: '案款账户的每一笔分录，旧的在前，含收入、支出与每笔后的余额，导出为 Excel 工作簿。',
  tags: ['案款'],
  signedIn: true,
  params: Strict({ id: Text({ title: '案件编号', minLength: 1, maxLength: 64, description: '案件编号（UUID）' }) }),
  status: 200,
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  response: Type.String({ format: 'binary', description: 'XLSX 文件' }),
  errors: ['case-not-found'],
});
