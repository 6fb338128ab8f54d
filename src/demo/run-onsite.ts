import type { AppContext } from '../platform/context.ts';
import type { Principal } from '../access/access.types.ts';
import { transact } from '../db/transaction.ts';
import { instantAfter, isoInstant, MINUTE_MS, type LocalDate } from '../shared/dates.ts';
import { recordOnsiteIn } from '../onsite/record-onsite.ts';
import { sha256Hex, uploadEvidenceIn } from '../onsite/upload-evidence.ts';
import type { Result } from '../shared/result.ts';
import type { DemoCase } from './caseload.ts';

// An on-site visit of a demo case (现场执行): the record with its team of two officers, the
// people present, and the written record (笔录) of the visit as its evidence file with SHA-256.

export async function recordOnsiteVisit(
  ctx: AppContext,
  who: Principal,
  caseId: string,
  c: DemoCase,
  on: LocalDate,
  team: readonly string[],
): Promise<boolean> {
  if (team.length < 2) return false;
  const now = ctx.clock.now();
  const started = instantAfter(now, -150 * MINUTE_MS);
  const ended = instantAfter(now, -60 * MINUTE_MS);
  const debtor = c.debtors[0]!;
  const person = debtor.kind === 'person' ? debtor.name : debtor.legalRepresentative;
  const place = debtor.kind === 'person' ? `${debtor.name}住所` : `${debtor.name}经营场所`;
  const actions = `到${place}调查被执行人财产状况，告知其履行义务；对现场存放的可供执行的财产进行清点并拍照，张贴查封公告。`;
  const input = {
    startedAt: isoInstant(started),
    endedAt: isoInstant(ended),
    place,
    actions,
    team,
    present: [
      { name: person ?? debtor.name, role: debtor.kind === 'person' ? '被执行人' : '被执行人法定代表人' },
      { name: '社区工作人员', role: '见证人' },
    ],
  };
  const r = await transact(ctx, (tx) => recordOnsiteIn(tx, ctx, who, caseId, input));
  const record = must(r);
  const text = `现场执行笔录\n案号：${c.caseNumber}\n时间：${on}\n地点：${place}\n${actions}\n在场人员：${input.present.map((p) => `${p.name}（${p.role}）`).join('、')}\n`;
  const bytes = Buffer.from(text, 'utf8');
  const evidence = {
    kind: 'document',
    fileName: '现场执行笔录.txt',
    contentType: 'text/plain; charset=utf-8',
    sha256: sha256Hex(bytes),
    capturedAt: isoInstant(ended),
    description: '现场执行笔录（经在场人员签字确认）',
    content: bytes.toString('base64'),
  };
  must(await transact(ctx, (tx) => uploadEvidenceIn(tx, ctx, who, caseId, record.id, evidence)));
  return true;
}

function must<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`demo handling: a use case refused an on-site step: ${r.code} ${r.detail ?? ''}`);
  return r.value;
}
