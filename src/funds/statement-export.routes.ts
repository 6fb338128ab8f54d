import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf } from '../http/operation.ts';
import { sendProblem } from '../http/problem.ts';
import * as op from './statement-export.contract.ts';
import { accountStatementWorkbook } from './statement-export.ts';

// The case account's statement (案款明细) as an XLSX download.
export async function statementExportRoutes(api: Api, ctx: AppContext) {
  api.get(
    '/cases/:id/account/entries.xlsx',
    { config: { permission: 'case.read' }, schema: schemaOf(op.exportAccountEntries) },
    async (req, res) => {
      const r = await accountStatementWorkbook(ctx, who(req), req.params.id);
      if (!r.ok) return sendProblem(res, req, r);
      const { fileName, bytes } = r.value;
      return res
        .header('content-type', op.exportAccountEntries.mediaType)
        .header('content-disposition', `attachment; filename="statement.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    },
  );
}
