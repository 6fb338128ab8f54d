import { createHash } from 'node:crypto';
import { connectorRegistry, type ConnectorRegistry } from '../outbox/registry.ts';
import { sandboxConnector } from '../outbox/sandbox-connector.ts';
import type { DeliveryPolicy } from '../outbox/deliver.ts';
import type { Connector } from '../outbox/outbox.types.ts';
import { sandboxNetworkInstitutions } from '../institutions/sandbox/network.ts';
import { ASSET_SEARCH } from '../institutions/institutions.types.ts';

// The institutions the demo's searches went to: the sandbox network (src/institutions/sandbox),
// answering at once, a share of requests failing or hanging on their first receipt (answered on
// the retry). A few never got an answer: an institution refused them (系统维护) or took them and
// never answered within the window (超时), as happens with real ones. Decided by each request's
// idempotency key, so the same seed gives the same outcomes.

const FAULT_RATE = 0.1;

/** The worker's policy for the demo's rounds: an attempt that hangs is cut after a moment. */
export const DEMO_DELIVERY: DeliveryPolicy = {
  leaseMs: 60_000,
  attemptTimeoutMs: 40,
  backoff: { baseMs: 60_000, capMs: 3_600_000 },
  answerWindowMs: 24 * 3_600_000,
  random: () => 0.5,
};

const share = (key: string) => createHash('sha256').update(`demo|${key}`).digest().readUInt32BE(0) / 2 ** 32;

function unreliable(connector: Connector): Connector {
  return {
    ...connector,
    send: (request, signal) => {
      const r = share(request.idempotencyKey);
      if (r < 0.02) return Promise.resolve({ outcome: 'failed', reason: '协助执行机构系统维护，暂停受理', retryable: false });
      if (r < 0.035) return Promise.resolve({ outcome: 'accepted' });
      return connector.send(request, signal);
    },
  };
}

export function demoNetwork(): ConnectorRegistry {
  return connectorRegistry(
    sandboxNetworkInstitutions({ latencyMs: 0, faultRate: FAULT_RATE }).map((m) =>
      unreliable(sandboxConnector(m.sandbox, { kinds: [ASSET_SEARCH], concurrency: 8 })),
    ),
  );
}
