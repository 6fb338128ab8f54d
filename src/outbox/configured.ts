import type { OutboxSettings } from '../platform/config.ts';
import type { DeliveryPolicy } from './deliver.ts';
import { connectorRegistry, type ConnectorRegistry } from './registry.ts';
import { createSandboxInstitution, sandboxConnector } from './sandbox-connector.ts';
import { sandboxNetwork } from '../institutions/sandbox/network.ts';
import { sandboxCreditRecipients } from '../institutions/sandbox/credit-recipients.ts';

// The connectors and delivery policy a process runs with, from its configuration. Real
// institutions' connectors are added here as they are built; the sandbox stands in until then,
// with the sandbox network of banks and registries that online searches go to (src/institutions)
// and the recipients of the dishonest list's notices (src/credit).

export const SANDBOX_INSTITUTION = 'sandbox';

export function configuredRegistry(settings: OutboxSettings): ConnectorRegistry {
  const connectors = settings.sandbox.enabled
    ? [
        sandboxConnector(
          createSandboxInstitution({ id: SANDBOX_INSTITUTION, latencyMs: settings.sandbox.latencyMs, journal: settings.sandbox.journal }),
        ),
        ...sandboxNetwork(settings.sandbox),
        ...sandboxCreditRecipients({ latencyMs: settings.sandbox.latencyMs, journal: settings.sandbox.journal }).map((r) => r.connector),
      ]
    : [];
  return connectorRegistry(connectors);
}

export function deliveryPolicy(settings: OutboxSettings, random: () => number = Math.random): DeliveryPolicy {
  return {
    leaseMs: settings.leaseMs,
    attemptTimeoutMs: settings.attemptTimeoutMs,
    backoff: { baseMs: settings.backoffBaseMs, capMs: settings.backoffCapMs },
    answerWindowMs: settings.answerWindowMs,
    random,
  };
}
