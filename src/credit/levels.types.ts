import type { LevelCode, ReasonCode } from '../rules/discipline-level.ts';

// 分级惩戒 (ADR 0210): a debtor's discipline level as the API shows it.
export type DisciplineLevelView = {
  debtorPartyId: string;
  debtor: string;
  level: LevelCode;
  rank: number;
  levelLabel: string;
  reasons: { code: ReasonCode; text: string; article: string | null }[];
  recordedLevel: LevelCode | null;
  computedAt: string | null;
};
