import type { ApprovalHandler } from '../approvals/handler.ts';
import { placeApprovedHold } from './holds.ts';

// The funds actions an approval performs (src/approvals/registry.ts): 暂缓发放 placed at the final approval.
export const fundsApprovalHandlers: readonly ApprovalHandler[] = [{ kind: 'funds.hold', perform: placeApprovedHold }];
