import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { canonicalJson } from '../audit/hash.ts';
import { isRecord } from '../shared/json.ts';
import type { Answer, Connector, OutboundRequest, SendResult } from './outbox.types.ts';

// A small deterministic institution for tests and local runs. It acts once per idempotency key
// and answers a key it has seen from memory, as a real institution's connector must. With a
// journal file its memory outlives the process that talks to it, like a bank's outlives ours.
// A request's payload may script it: { sandbox: { failTimes: 2 } } fails twice (retryably)
// before acting, { hang: true } never answers, { reject: '…' } refuses for good, { accept: true }
// acknowledges and answers later (through recordAnswer). An institution of the sandbox network
// (src/institutions/sandbox) brings its own `answer` and its own `fault`: a failure or a hang on a
// key's first receipt, after which the retry is answered.

export type SandboxScript = { failTimes?: number; hang?: boolean; reject?: string; accept?: boolean };

export type SandboxInstitution = {
  readonly id: string;
  receive(request: OutboundRequest, signal: AbortSignal): Promise<SendResult>;
  /** How many times the institution acted on this key (must never exceed 1). */
  acted(key: string): number;
  /** How many times this key reached the institution. */
  received(key: string): number;
  /** The most requests it ever had in hand at once. */
  readonly peakInFlight: number;
};

type Memory = { answer: Answer | null; rejected: string | null };

export const SANDBOX_KINDS = ['echo', 'deposit-search', 'freeze', 'deduct'] as const;

export type SandboxFault = 'fail' | 'hang' | null;

export type SandboxOptions = {
  id: string;
  latencyMs?: number;
  journal?: string | undefined;
  /** What the institution answers to a request it acts on (the default: a reference derived from the request). */
  answer?: (request: OutboundRequest) => Answer;
  /** What goes wrong on a key's first receipt, if anything. */
  fault?: (request: OutboundRequest) => SandboxFault;
};

export function createSandboxInstitution(opts: SandboxOptions): SandboxInstitution {
  const memory = new Map<string, Memory>();
  const acts = new Map<string, number>();
  const receipts = new Map<string, number>();
  const failures = new Map<string, number>();
  const faulted = new Set<string>();
  let inFlight = 0;
  let peak = 0;
  if (opts.journal && existsSync(opts.journal)) {
    for (const line of readFileSync(opts.journal, 'utf8').split('\n')) {
      if (!line) continue;
      const entry = JSON.parse(line) as { t: string; key: string; answer?: Answer; rejected?: string };
      if (entry.t === 'act') {
        acts.set(entry.key, (acts.get(entry.key) ?? 0) + 1);
        memory.set(entry.key, { answer: entry.answer ?? null, rejected: entry.rejected ?? null });
      } else receipts.set(entry.key, (receipts.get(entry.key) ?? 0) + 1);
    }
  }
  const log = (entry: Record<string, unknown>) => opts.journal && appendFileSync(opts.journal, `${JSON.stringify(entry)}\n`);
  const wait = (ms: number, signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (signal.aborted) return reject(new Error('aborted'));
      const t = setTimeout(resolve, ms);
      signal.addEventListener('abort', () => (clearTimeout(t), reject(new Error('aborted'))), { once: true });
    });

  const reply = (m: Memory, script: SandboxScript): SendResult =>
    m.rejected !== null
      ? { outcome: 'failed', reason: m.rejected, retryable: false }
      : script.accept
        ? { outcome: 'accepted' }
        : { outcome: 'answered', answer: m.answer! };

  const receive = async (request: OutboundRequest, signal: AbortSignal): Promise<SendResult> => {
    const key = request.idempotencyKey;
    receipts.set(key, (receipts.get(key) ?? 0) + 1);
    log({ t: 'recv', key });
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    try {
      const script = (isRecord(request.payload.sandbox) ? request.payload.sandbox : {}) as SandboxScript;
      const known = memory.get(key);
      if (known) {
        await wait(opts.latencyMs ?? 0, signal);
        return reply(known, script);
      }
      if (script.hang) {
        await wait(2 ** 31 - 1, signal);
        throw new Error('unreachable');
      }
      const fault = faulted.has(key) ? null : (opts.fault?.(request) ?? null);
      if (fault) {
        faulted.add(key);
        await wait(fault === 'hang' ? 2 ** 31 - 1 : (opts.latencyMs ?? 0), signal);
        return { outcome: 'failed', reason: '协助单位系统繁忙，请稍后重试', retryable: true };
      }
      const failed = failures.get(key) ?? 0;
      if (failed < (script.failTimes ?? 0)) {
        failures.set(key, failed + 1);
        await wait(opts.latencyMs ?? 0, signal);
        return { outcome: 'failed', reason: '系统繁忙，请稍后重试', retryable: true };
      }
      // The act happens (and is journalled) before the reply travels back: a caller that dies
      // meanwhile never learns of it, and must be answered from memory when it asks again.
      const m: Memory = script.reject
        ? { answer: null, rejected: script.reject }
        : { answer: (opts.answer ?? ((r) => answerFor(opts.id, r)))(request), rejected: null };
      memory.set(key, m);
      acts.set(key, (acts.get(key) ?? 0) + 1);
      log({ t: 'act', key, ...(m.answer ? { answer: m.answer } : { rejected: m.rejected }) });
      await wait(opts.latencyMs ?? 0, signal);
      return reply(m, script);
    } finally {
      inFlight -= 1;
    }
  };

  return {
    id: opts.id,
    receive,
    acted: (key) => acts.get(key) ?? 0,
    received: (key) => receipts.get(key) ?? 0,
    get peakInFlight() {
      return peak;
    },
  };
}

// The same request always gets the same answer: a reference derived from what was asked.
function answerFor(institution: string, r: OutboundRequest): Answer {
  const digest = createHash('sha256')
    .update(canonicalJson({ institution, kind: r.kind, payload: r.payload }))
    .digest('hex');
  return {
    institution,
    kind: r.kind,
    reference: `SBX-${digest.slice(0, 12).toUpperCase()}`,
    records: Number.parseInt(digest.slice(12, 14), 16) % 3,
  };
}

export function sandboxConnector(
  institution: SandboxInstitution,
  opts: { concurrency?: number; kinds?: readonly string[] } = {},
): Connector {
  return {
    institution: institution.id,
    kinds: opts.kinds ?? SANDBOX_KINDS,
    concurrency: opts.concurrency ?? 4,
    send: (request, signal) => institution.receive(request, signal),
  };
}
