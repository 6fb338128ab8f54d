import type { AppContext } from '../platform/context.ts';
import type { Principal } from '../access/access.types.ts';
import { success, type Result } from '../shared/result.ts';
import { writeXlsx, type Cell, type Column } from '../shared/xlsx.ts';
import { getAccountEntries, MAX_ENTRIES_PAGE } from './read-funds.ts';

// The case account's statement (案款明细) as an XLSX workbook: every entry, oldest first, with the
// balance after it, read page by page through the same reader (and access check) as the JSON route.

const columns: readonly Column[] = [
  { title: '记账日期', width: 12 },
  { title: '类别', width: 12 },
  { title: '摘要', width: 48 },
  { title: '收入（元）', width: 14 },
  { title: '支出（元）', width: 14 },
  { title: '余额（元）', width: 14 },
  { title: '经办人', width: 12 },
  { title: '凭证号', width: 38 },
];

export async function accountStatementWorkbook(
  ctx: AppContext,
  who: Principal,
  caseId: string,
): Promise<Result<{ fileName: string; bytes: Uint8Array }>> {
  const items: {
    postedOn: string;
    kindName: string;
    memo: string;
    amount: string;
    balanceAfter: string;
    byName: string;
    transactionId: string;
  }[] = [];
  let accountNumber = '';
  let cursor: string | undefined;
  for (;;) {
    const page = await getAccountEntries(ctx, who, caseId, { cursor, limit: MAX_ENTRIES_PAGE });
    if (!page.ok) return page;
    accountNumber = page.value.accountNumber;
    items.push(...page.value.items);
    if (page.value.nextCursor === null) break;
    cursor = page.value.nextCursor;
  }
  const rows: Cell[][] = items.reverse().map((e) => {
    const amount = Number(e.amount);
    return [
      e.postedOn,
      e.kindName,
      e.memo,
      amount > 0 ? amount : null,
      amount < 0 ? -amount : null,
      Number(e.balanceAfter),
      e.byName,
      e.transactionId,
    ];
  });
  return success({ fileName: `案款明细-${accountNumber}.xlsx`, bytes: writeXlsx('案款明细', columns, rows) });
}
