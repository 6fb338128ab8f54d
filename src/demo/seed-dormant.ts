import type { AppContext } from '../platform/context.ts';
import { fixedClock } from '../platform/clock.ts';
import { researchDormantSweep } from '../dormant/research-sweep.ts';
import { deliverDue } from '../outbox/deliver.ts';
import { connectorRegistry } from '../outbox/registry.ts';
import { sandboxConnector } from '../outbox/sandbox-connector.ts';
import { sandboxNetworkInstitutions } from '../institutions/sandbox/network.ts';
import { ASSET_SEARCH } from '../institutions/institutions.types.ts';
import { addDays, addMonths, HOUR_MS, instantAfter, isoInstant, startOfLocalDay, type LocalDate } from '../shared/dates.ts';
import { DEMO_DELIVERY } from './demo-network.ts';

// The 终本案件库's re-search in the demo (src/dormant, ADR 0213): the history's 终本 cases are in the
// pool from their closures, of several ages; the re-search sweep ran two months and a week ago on
// the oldest due ones (a few each time), through the sandbox network, which answered every request.
// Some cases were re-searched, and the sandbox holds property for some debtors: a find.

const PER_RUN = 6;

export async function seedDormant(ctx: AppContext, today: LocalDate): Promise<{ researched: number }> {
  const members = sandboxNetworkInstitutions({ latencyMs: 0, faultRate: 0 });
  const registry = connectorRegistry(members.map((m) => sandboxConnector(m.sandbox, { kinds: [ASSET_SEARCH], concurrency: 8 })));
  let researched = 0;
  for (const asOf of [addMonths(today, -2), addDays(today, -7)]) {
    const at = { ...ctx, clock: fixedClock(isoInstant(instantAfter(startOfLocalDay(asOf), 9 * HOUR_MS))) };
    const run = await researchDormantSweep.run(at, { asOf, dryRun: false, limit: PER_RUN });
    researched += run.changed;
    for (let i = 0; i < 20; i++)
      if ((await deliverDue(at, registry, { worker: 'demo', limit: 10_000, policy: DEMO_DELIVERY })).claimed === 0) break;
  }
  return { researched };
}
