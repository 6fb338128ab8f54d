import { createHash } from 'node:crypto';
import { connectorRegistry, type ConnectorRegistry } from '../outbox/registry.ts';
import { sandboxConnector } from '../outbox/sandbox-connector.ts';
import type { DeliveryPolicy } from '../outbox/deliver.ts';
import type { Connector, OutboundRequest } from '../outbox/outbox.types.ts';
import { parseSearchPayload } from '../institutions/search-answer.ts';
import { sandboxFault, sandboxNetworkInstitutions } from '../institutions/sandbox/network.ts';
import { ASSET_SEARCH } from '../institutions/institutions.types.ts';
import { sandboxCreditRecipients } from '../institutions/sandbox/credit-recipients.ts';

// The institutions the demo's searches went to: the sandbox network (src/institutions/sandbox),
// answering at once, a share of requests failing or hanging on their first receipt (answered on
// the retry). A few never got an answer: an institution refused them (系统维护) or took them and
// never answered within the window (超时), as happens with real ones. Decided by what each request
// asks (below), so the same seed gives the same outcomes.

const FAULT_RATE = 0.1;

/**
 * The worker's policy for the demo's rounds: an attempt that hangs is cut after a moment. Only a
 * hang waits for the cut (and it holds none of the institution's slots meanwhile); every other
 * attempt is answered long before it, however busy the machine, so the same seed gives the same
 * demo on a loaded CI machine too.
 */
export const DEMO_DELIVERY: DeliveryPolicy = {
  leaseMs: 60_000,
  attemptTimeoutMs: 250,
  backoff: { baseMs: 60_000, capMs: 3_600_000 },
  answerWindowMs: 24 * 3_600_000,
  random: () => 0.5,
};

const share = (key: string) => createHash('sha256').update(`demo|${key}`).digest().readUInt32BE(0) / 2 ** 32;

// Hangs until the attempt is cut: the worker records the attempt as timed out.
const untilCut = (signal: AbortSignal) =>
  new Promise<never>((_, reject) => {
    if (signal.aborted) return reject(new Error('aborted'));
    signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
  });

// The faults are decided here, outside the institution's concurrency limit, so that a hanging
// request never keeps an answerable one waiting behind it (which the cut would then time out,
// depending on how fast the machine is). They are decided by what the request asks — the case,
// the debtor, the institution, and which search of that debtor it is — for its idempotency key
// is random: keyed by that, the same seed would give another demo on every run.
function unreliable(connector: Connector): Connector {
  const stable = new Map<string, string>();
  const seen = new Map<string, number>();
  const faulted = new Set<string>();
  const keyOf = (request: OutboundRequest): string => {
    let key = stable.get(request.idempotencyKey);
    if (!key) {
      const p = parseSearchPayload(request.payload);
      const asks = `${request.institution}|${p?.caseNumber ?? ''}|${p?.debtor.identity ?? ''}`;
      const nth = (seen.get(asks) ?? 0) + 1;
      seen.set(asks, nth);
      key = `${asks}|${nth}`;
      stable.set(request.idempotencyKey, key);
    }
    return key;
  };
  return {
    ...connector,
    send: (request, signal) => {
      const key = keyOf(request);
      const r = share(key);
      if (r < 0.02) return Promise.resolve({ outcome: 'failed', reason: '协助执行机构系统维护，暂停受理', retryable: false });
      if (r < 0.035) return Promise.resolve({ outcome: 'accepted' });
      const fault = faulted.has(key) ? null : sandboxFault(key, FAULT_RATE);
      if (fault) faulted.add(key);
      if (fault === 'hang') return untilCut(signal);
      if (fault === 'fail') return Promise.resolve({ outcome: 'failed', reason: '协助单位系统繁忙，请稍后重试', retryable: true });
      return connector.send(request, signal);
    },
  };
}

export function demoNetwork(): ConnectorRegistry {
  return connectorRegistry([
    ...sandboxNetworkInstitutions({ latencyMs: 0, faultRate: 0 }).map((m) =>
      unreliable(sandboxConnector(m.sandbox, { kinds: [ASSET_SEARCH], concurrency: 8 })),
    ),
    // The recipients of the dishonest list's notices (src/credit), reliable.
    ...sandboxCreditRecipients({ latencyMs: 0 }).map((r) => r.connector),
  ]);
}
