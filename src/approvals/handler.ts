import type { AppContext } from '../platform/context.ts';
import type { Principal } from '../access/access.types.ts';
import type { Tx } from '../db/connection.ts';
import type { ApprovalKind } from '../shared/approvals.ts';
import type { Result } from '../shared/result.ts';
import type { ApprovalRecord } from './approvals.types.ts';

/**
 * What a context registers for a subject kind (src/approvals/registry.ts): the action to take
 * once the last step approves. It runs in the final approval's transaction, after the subject's
 * row is locked; it checks that the action still applies and answers `approval-stale` (or its
 * own refusal) when it does not, and then nothing of the approval is written either.
 */
export type ApprovalHandler = {
  readonly kind: ApprovalKind;
  perform(tx: Tx, ctx: AppContext, decider: Principal, request: ApprovalRecord): Promise<Result<unknown>>;
  /** Optional: records on the subject that the request was rejected (with the opinion) or withdrawn, in the same transaction. */
  closed?(
    tx: Tx,
    ctx: AppContext,
    by: Principal,
    request: ApprovalRecord,
    end: { state: 'rejected' | 'withdrawn'; reason: string | null },
  ): Promise<void>;
};
