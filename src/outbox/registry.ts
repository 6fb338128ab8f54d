import type { Connector } from './outbox.types.ts';

// The connectors this process can deliver through, one per institution.
export type ConnectorRegistry = {
  readonly institutions: readonly string[];
  get(institution: string): Connector | undefined;
};

export function connectorRegistry(connectors: readonly Connector[]): ConnectorRegistry {
  const byInstitution = new Map<string, Connector>();
  for (const c of connectors) {
    if (byInstitution.has(c.institution)) throw new Error(`two connectors for institution ${c.institution}`);
    if (!Number.isInteger(c.concurrency) || c.concurrency < 1) throw new Error(`connector ${c.institution}: concurrency must be ≥ 1`);
    byInstitution.set(c.institution, c);
  }
  return { institutions: [...byInstitution.keys()].sort(), get: (institution) => byInstitution.get(institution) };
}
