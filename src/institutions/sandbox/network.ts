import { createHash } from 'node:crypto';
import type { Connector, OutboundRequest } from '../../outbox/outbox.types.ts';
import { createSandboxInstitution, sandboxConnector, type SandboxFault, type SandboxInstitution } from '../../outbox/sandbox-connector.ts';
import { institutions } from '../directory.ts';
import { ASSET_SEARCH, type Institution } from '../institutions.types.ts';
import { parseSearchPayload, type SearchAnswer } from '../search-answer.ts';
import { sandboxHoldings } from './answers.ts';

// The sandbox network: every institution of the directory as a sandbox institution of the outbox
// (src/outbox/sandbox-connector.ts), answering searches from src/institutions/sandbox/answers.ts.
// Registries answer more slowly than banks; a share of requests (`faultRate`, decided by a hash
// of the idempotency key, so the same request always behaves the same) fails or hangs on its first
// receipt and is answered on the retry.

export type NetworkOptions = {
  readonly latencyMs: number;
  readonly journal?: string | undefined;
  /** The share of requests (0–1) that fail or time out once before they are answered. */
  readonly faultRate: number;
  /** At most this many requests in flight at each institution (unset: 4 at a bank, 2 elsewhere). */
  readonly concurrency?: number | undefined;
};

/** What goes wrong with this request the first time it arrives: decided by its key alone. */
export function sandboxFault(idempotencyKey: string, faultRate: number): SandboxFault {
  const h = createHash('sha256').update(`fault|${idempotencyKey}`).digest();
  if (h.readUInt32BE(0) / 2 ** 32 >= faultRate) return null;
  return h[4]! % 2 === 0 ? 'fail' : 'hang';
}

export function searchAnswerOf(institution: Institution, request: Pick<OutboundRequest, 'payload'>): SearchAnswer {
  const payload = parseSearchPayload(request.payload);
  return { kind: ASSET_SEARCH, items: payload ? sandboxHoldings(institution, payload.debtor, payload.kinds) : [] };
}

export function sandboxNetworkInstitutions(opts: NetworkOptions): { institution: Institution; sandbox: SandboxInstitution }[] {
  return institutions
    .filter((i) => i.sandbox)
    .map((institution) => ({
      institution,
      sandbox: createSandboxInstitution({
        id: institution.code,
        latencyMs: opts.latencyMs * (institution.category === 'bank' ? 1 : 2),
        journal: opts.journal,
        answer: (request) => searchAnswerOf(institution, request),
        fault: (request) => sandboxFault(request.idempotencyKey, opts.faultRate),
      }),
    }));
}

export function sandboxNetwork(opts: NetworkOptions): Connector[] {
  return sandboxNetworkInstitutions(opts).map(({ institution, sandbox }) =>
    sandboxConnector(sandbox, { kinds: [ASSET_SEARCH], concurrency: opts.concurrency ?? (institution.category === 'bank' ? 4 : 2) }),
  );
}
