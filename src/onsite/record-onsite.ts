import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { officerOfCourt } from '../access/officers.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { lockCaseFacts } from '../cases/instrument-facts.ts';
import { isoInstant, toInstant } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { insertRecord, recordView } from './onsite.repo.ts';
import { MIN_TEAM, spotMeasureNames, spotMeasures, type OnsiteRecordView, type SpotMeasure, type TeamMember } from './onsite.types.ts';

export type OnsiteInput = {
  startedAt: string;
  endedAt?: string | null | undefined;
  place: string;
  actions: string;
  team: readonly string[];
  present?: readonly { name: string; role?: string | null | undefined }[] | undefined;
  sanctions?: readonly { measure: string; subject: string; note?: string | null | undefined }[] | undefined;
  note?: string | null | undefined;
};

const text = (v: string | null | undefined, max: number) => {
  const t = (v ?? '').trim();
  return t ? t.slice(0, max) : null;
};

/** An instant stated with its offset (2026-11-26T09:30:00+08:00), not after `now`; null otherwise. */
export function pastInstant(v: string | null | undefined, now: Date): Date | null {
  if (!v || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(v)) return null;
  const at = toInstant(v);
  return Number.isNaN(at.getTime()) || at.getTime() > now.getTime() ? null : at;
}

// The team: at least two distinct officers (执行法官, 执行员) of the case's court.
async function teamOf(tx: Tx, ids: readonly string[], courtId: number): Promise<Result<TeamMember[]>> {
  const distinct = [...new Set(ids)];
  const team: TeamMember[] = [];
  for (const id of distinct) {
    const officer = await officerOfCourt(tx, id, courtId);
    if (!officer) return failure('onsite-team-member-invalid');
    team.push(officer);
  }
  return team.length < MIN_TEAM ? failure('onsite-team-too-small', `现场执行人员 ${team.length} 名`) : success(team);
}

/**
 * A record of on-site enforcement: the team, when and where, what was done, who was present and
 * the measures taken on the spot against obstruction. Evidence files are added to it afterwards
 * (upload-evidence.ts).
 */
export async function recordOnsiteIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  caseId: string,
  input: OnsiteInput,
): Promise<Result<OnsiteRecordView>> {
  if (!can(who, 'measure.record')) return failure('forbidden');
  const now = ctx.clock.now();
  const startedAt = pastInstant(input.startedAt, now);
  const endedAt = input.endedAt ? pastInstant(input.endedAt, now) : null;
  if (!startedAt || (input.endedAt && !endedAt) || (endedAt && endedAt.getTime() < startedAt.getTime()))
    return failure('onsite-time-invalid');
  const place = text(input.place, 200);
  const actions = text(input.actions, 4000);
  if (!place || !actions) return failure('validation-failed', '请填写地点和执行情况');
  const sanctions = (input.sanctions ?? []).map((s) => ({
    measure: s.measure as SpotMeasure,
    measureName: spotMeasureNames[s.measure as SpotMeasure],
    subject: text(s.subject, 100) ?? '',
    note: text(s.note, 500),
  }));
  if (sanctions.some((s) => !(spotMeasures as readonly string[]).includes(s.measure) || !s.subject))
    return failure('validation-failed', '现场措施须写明种类和对象');
  const present = (input.present ?? []).map((p) => ({ name: text(p.name, 100) ?? '', role: text(p.role, 50) }));
  if (present.some((p) => !p.name)) return failure('validation-failed', '在场人员须写明姓名');

  const c = await lockCaseFacts(tx, caseId);
  if (!c || !inScope(who, c.courtId)) return failure('case-not-found');
  if (c.status === 'closed') return failure('onsite-on-closed-case');
  const team = await teamOf(tx, input.team, c.courtId);
  if (!team.ok) return team;

  const actor = actorOf(who);
  const row = {
    id: randomUUID(),
    court_id: c.courtId,
    case_id: c.id,
    started_at: startedAt,
    ended_at: endedAt,
    place,
    actions,
    team: JSON.stringify(team.value),
    present: JSON.stringify(present),
    sanctions: JSON.stringify(sanctions),
    note: text(input.note, 1000),
    recorded_at: now,
    recorded_by: actor.id,
    recorded_by_name: actor.name,
  };
  await insertRecord(tx, row);
  await appendEvent(tx, actor, now, {
    courtId: c.courtId,
    caseId: c.id,
    action: 'case.onsite-enforced',
    entityType: 'onsite-record',
    entityId: row.id,
    changes: {
      startedAt: isoInstant(startedAt),
      endedAt: endedAt ? isoInstant(endedAt) : null,
      place,
      team: team.value,
      present: present.length,
      sanctions: sanctions.map((s) => ({ measure: s.measure, subject: s.subject })),
    },
  });
  return success(recordView({ ...row, team: team.value, present, sanctions }, []));
}
