import type { Citation } from '../rules/citation.ts';
import type { PeriodUnit } from '../rules/period.ts';
import type { LocalDate } from '../shared/dates.ts';
import type { CaseType } from '../cases/cases.types.ts';

// A node deadline (节点期限): one per case × node × subject, with its basis, dates and state.
export const deadlineStates = ['open', 'met', 'overdue', 'waived'] as const;
export type DeadlineState = (typeof deadlineStates)[number];

export const deadlineStateNames: Record<DeadlineState, string> = {
  open: '进行中',
  met: '已完成',
  overdue: '已超期',
  waived: '已免除',
};

/** The case facts that open, meet, pause, resume or close deadlines; the same names as the case events. */
export const caseFactActions = [
  'case.filed',
  'case.officer-assigned',
  'case.suspend',
  'case.defer',
  'case.continue',
  'case.closed',
] as const;
export type CaseFactAction = (typeof caseFactActions)[number];
// funds.hold: a lawful reason to hold case money back (延缓发放), recorded by src/funds.
export type PauseCause = 'case.suspend' | 'case.defer' | 'funds.hold';

/** A fact about a case, dated by the day it took effect. */
export type CaseFact = {
  readonly action: CaseFactAction;
  readonly courtId: number;
  readonly caseId: string;
  readonly caseType: CaseType;
  readonly on: LocalDate;
  readonly detail?: string; // e.g. the closure mode, carried into a waiver's reason
  readonly closureMode?: string; // on case.closed: the mode (a 终本 closure keeps some deadlines open)
};

/**
 * A process node as data. `period` is a length and unit from the start day, or 'given' when the
 * use case that opens it states the due date (a report date, a seizure's expiry).
 */
export type NodeDefinition = {
  readonly id: string;
  readonly title: string;
  readonly basis: readonly Citation[];
  readonly period: { readonly length: number; readonly unit: PeriodUnit } | 'given';
  /** Case types the node applies to when a case fact opens it. */
  readonly caseTypes: readonly CaseType[];
  /** Case facts that open it, counted from the fact's day; [] when a use case opens it by name. */
  readonly opensOn: readonly CaseFactAction[];
  /** Case facts that meet it; other contexts meet it by name (meetDeadline). */
  readonly metBy: readonly CaseFactAction[];
  /** Facts that stop its clock until the case continues or the hold ends (the period is deducted). */
  readonly pausedBy: readonly PauseCause[];
  /** What closing the case does to it while it is still open. */
  readonly onCaseClosed: 'met' | 'waived';
  /** Left open by a 终本 closure: the measure it watches stays in force in the pool (终本规定 第10条, UNSURE). */
  readonly keptByDormancy?: boolean;
  /** Days before the due date at which a reminder is recorded (once each). */
  readonly remindDaysBefore: readonly number[];
  /** Opened by the backfill sweep for open cases that lack it (imported cases). */
  readonly backfill: boolean;
  /** One row per subject (a seizure, an asset lead) rather than one per case. */
  readonly perSubject: boolean;
};

export type PauseRecord = { readonly from: LocalDate; readonly to: LocalDate | null; readonly cause: PauseCause };

export type BasisEntry = { readonly source: string; readonly version: string; readonly article: string };

export type DeadlineRecord = {
  readonly id: string;
  readonly courtId: number;
  readonly caseId: string | null; // null: a deadline of the court, not of a case (ADR 0160)
  readonly node: string;
  readonly subject: string;
  readonly title: string;
  readonly basis: readonly BasisEntry[];
  readonly startOn: LocalDate;
  readonly length: number | null;
  readonly unit: PeriodUnit | 'given';
  readonly dueOn: LocalDate;
  readonly state: DeadlineState;
  readonly metOn: LocalDate | null;
  readonly waivedReason: string | null;
  readonly pauses: readonly PauseRecord[];
  readonly pausedSince: LocalDate | null;
  readonly provisionalYears: readonly number[];
};
