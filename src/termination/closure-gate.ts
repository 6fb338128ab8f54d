import type { Tx } from '../db/connection.ts';
import { caseFactsOf } from '../cases/instrument-facts.ts';
import { dormantClosurePolicy, type ApprovalPolicy } from '../shared/approvals.ts';
import type { LocalDate } from '../shared/dates.ts';
import { failure, type Failure } from '../shared/result.ts';
import { refusalOf, terminationGateOf } from './termination-gate.ts';
import { terminationRoutes, type TerminationRoute } from './termination.types.ts';

// What the cases context asks before a 终本 closure (src/cases/change-case.ts) and again when its
// approval is finally given (src/cases/approval-handlers.ts): the gate on the facts as they are now.

/** The route of a 终本 closure, or the refusal of a missing or unknown one (422). */
export function terminationRouteOf(route: unknown): TerminationRoute | Failure {
  return (terminationRoutes as readonly unknown[]).includes(route) ? (route as TerminationRoute) : failure('termination-route-required');
}

/** Inside the closure's transaction, the case row locked: null when the gate passes, else 409 with the unmet conditions. */
export async function terminationRefusal(tx: Tx, caseId: string, closedOn: LocalDate, route: TerminationRoute): Promise<Failure | null> {
  const c = await caseFactsOf(tx, caseId);
  if (!c) return failure('case-not-found');
  const gate = await terminationGateOf(tx, c, closedOn, route);
  if (!gate.ok) return gate;
  return refusalOf(gate.value);
}

/** The approval a panel-review 终本 needs: the panel (合议庭), then the 院长 (民诉法解释(2022) 第517条). */
export const panelReviewPolicy = (route: TerminationRoute): ApprovalPolicy | null =>
  route === 'panel-review' ? dormantClosurePolicy : null;
