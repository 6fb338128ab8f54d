import type { Connector } from '../../outbox/outbox.types.ts';
import { createSandboxInstitution } from '../../outbox/sandbox-connector.ts';
import { CREDIT_NOTIFICATION, creditRecipients, type CreditNotice } from '../../credit/recipients.types.ts';
import { isRecord } from '../../shared/json.ts';

// The recipients of the dishonest list's notices (src/credit/recipients.types.ts) as sandbox
// institutions: each applies a notice once (by its notificationId, whatever request carried it),
// answers with an acknowledgement reference, and can be taken down and brought back, as a real
// recipient's system goes down for maintenance.

export type SandboxRecipient = {
  readonly id: string;
  readonly connector: Connector;
  /** The notices it applied, in the order it applied them. */
  applied(): readonly CreditNotice[];
  setDown(down: boolean): void;
};

export function createSandboxRecipient(id: string, opts: { latencyMs?: number; journal?: string | undefined } = {}): SandboxRecipient {
  const applied: CreditNotice[] = [];
  const seen = new Set<string>();
  let down = false;
  const institution = createSandboxInstitution({
    id,
    latencyMs: opts.latencyMs ?? 0,
    journal: opts.journal,
    answer: (request) => {
      const notice = request.payload as CreditNotice;
      const nid = isRecord(request.payload) && typeof notice.notificationId === 'string' ? notice.notificationId : request.idempotencyKey;
      if (!seen.has(nid)) {
        seen.add(nid);
        applied.push(notice);
      }
      return { acknowledged: true, reference: `ACK-${id}-${nid.slice(0, 8).toUpperCase()}` };
    },
  });
  const connector: Connector = {
    institution: id,
    kinds: [CREDIT_NOTIFICATION],
    concurrency: 1,
    send: async (request, signal) =>
      down ? { outcome: 'failed', reason: '接收方系统暂停服务', retryable: true } : institution.receive(request, signal),
  };
  return { id, connector, applied: () => applied, setDown: (v) => void (down = v) };
}

/** One sandbox recipient per recipient of the list. */
export const sandboxCreditRecipients = (opts: { latencyMs?: number; journal?: string | undefined } = {}): SandboxRecipient[] =>
  creditRecipients.map((r) => createSandboxRecipient(r.id, opts));
