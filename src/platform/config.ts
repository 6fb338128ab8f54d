import { DEFAULT_FIND_REVIEW_DAYS, DEFAULT_POOL_ENTRY_DAYS } from '../rules/dormant-research.ts';
import { DEFAULT_REPORTING_DAYS } from '../rules/asset-report-order.ts';
import type { TerminationCheckOptions } from '../rules/termination-check.ts';
import { terminationOptionsFrom } from '../termination/termination-settings.ts';
import {
  DEFAULT_COMMITMENT_MIN_LENGTH,
  parseRestorationGrounds,
  restorationGrounds,
  type RestorationGround,
} from '../rules/credit-restoration.ts';
import { DEFAULT_DISCIPLINE_POLICY, policyProblem, type DisciplinePolicy } from '../rules/discipline-level.ts';
import type { DatabaseTimeouts } from '../db/connection.ts';
import { DEFAULT_ASSET_SEARCH_DAYS } from '../deadlines/registry.ts';

// Configuration read once from the environment; nothing else reads process.env.
export type Config = {
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly port: number;
  readonly host: string;
  readonly adminPassword: string | undefined;
  readonly sessionHours: number;
  readonly webDist: string;
  /** PostgreSQL: how long to wait for a connection, a statement, and a transaction left idle. */
  readonly database: DatabaseTimeouts;
  /** The HTTP server: no request may hold a connection for ever. */
  readonly http: HttpTimeouts;
  readonly audit: AuditSettings;
  /** pino's level for request and error logs: fatal, error, warn, info, debug, trace or silent. */
  readonly logLevel: string;
  /**
   * The session cookie's Secure flag: 'auto' sets it when the request came over HTTPS (as the
   * proxy says, when trustProxy trusts it), 'always' and 'never' as they say.
   */
  readonly cookieSecure: 'auto' | 'always' | 'never';
  /** Fastify's trustProxy: whether X-Forwarded-* are believed (true), or from which addresses (a list). */
  readonly trustProxy: boolean | string;
  /** Minutes between sweeps of expired and revoked sessions by the server (0: none). */
  readonly sessionSweepMinutes: number;
  /** Sign-in throttling (policy; see src/access/sign-in-throttle.ts). */
  readonly signIn: {
    readonly attemptsPerAddressPerMinute: number;
    readonly failuresPerAccount: number;
    readonly failureWindowMinutes: number;
  };
  /** The local hour (Asia/Shanghai) of the daily sweeps, and whether the server runs them. */
  readonly sweepHour: number;
  readonly scheduler: boolean;
  // Outbound requests (src/outbox/, ADR 0042) and documents (src/documents/).
  readonly outbox: OutboxSettings;
  readonly documents: DocumentSettings;
  // Case funds (src/funds): the payout period and the claim period of unmatched money, courts' settings.
  readonly funds: FundsSettings;
  // Credit discipline (src/credit): the months after a deletion at the applicant's request in which
  // the debtor is not listed again (失信名单规定 第10条第3款, six months, UNSURE wording), a setting.
  // Whether a published listing also restricts consumption (ADR 0206), and the public query's
  // requests per client per minute (ADR 0208): settings.
  // ZHIXING_RESTORATION_GROUNDS / ZHIXING_RESTORATION_COMMITMENT_MIN: the 信用修复 grounds the court accepts and the
  // written commitment's minimum length (policy, src/rules/credit-restoration.ts; the conditions are UNSURE).
  readonly credit: {
    readonly relistingBarMonths: number;
    readonly restrictOnListing: boolean;
    readonly publicQueriesPerMinute: number;
    readonly restorationGrounds: readonly RestorationGround[];
    readonly restorationCommitmentMin: number;
  };
  // 分级惩戒 (ADR 0210): the levels' thresholds, policy not law (ZHIXING_DISCIPLINE_*).
  readonly discipline: DisciplinePolicy;
  // The 终本 gate's UNSURE parts (ADR 0212): ZHIXING_TERMINATION_INTERVIEW, ZHIXING_TERMINATION_INVESTIGATION.
  readonly termination: TerminationCheckOptions;
};

export type AuditSettings = {
  /** PEM file of the Ed25519 key that signs chain checkpoints (a public key suffices to verify); kept outside the database. */
  readonly keyFile: string | undefined;
  /** How often the server signs a checkpoint of every chain head that moved. */
  readonly checkpointMinutes: number;
  /** Events this much newer than the newest checkpoint mean checkpoints were removed (or the sweep stopped). */
  readonly checkpointMaxAgeHours: number;
};

export type HttpTimeouts = {
  /** From the first byte to the last of the body (Node's requestTimeout): a slow body is cut off. */
  readonly requestTimeoutMs: number;
  readonly headersTimeoutMs: number;
  readonly keepAliveTimeoutMs: number;
  /** A socket with no traffic at all for this long is closed. */
  readonly socketTimeoutMs: number;
};

const ms = (v: string | undefined, fallback: number): number => (v && Number.isFinite(Number(v)) && Number(v) >= 0 ? Number(v) : fallback);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.ZHIXING_DATA_DIR || './data',
    port: Number(env.PORT || 3000),
    // Loopback unless told otherwise: exposing the server is a decision (HOST=0.0.0.0 behind a proxy).
    host: env.HOST || '127.0.0.1',
    adminPassword: env.ZHIXING_ADMIN_PASSWORD || undefined,
    sessionHours: Number(env.ZHIXING_SESSION_HOURS || 12),
    webDist: env.ZHIXING_WEB_DIST || 'web/dist',
    database: {
      connectTimeoutMs: ms(env.ZHIXING_DB_CONNECT_TIMEOUT_MS, 5_000),
      poolWaitMs: ms(env.ZHIXING_DB_POOL_WAIT_MS, 20_000),
      statementTimeoutMs: ms(env.ZHIXING_DB_STATEMENT_TIMEOUT_MS, 30_000),
      idleInTransactionTimeoutMs: ms(env.ZHIXING_DB_IDLE_IN_TRANSACTION_TIMEOUT_MS, 60_000),
    },
    http: {
      requestTimeoutMs: ms(env.ZHIXING_HTTP_REQUEST_TIMEOUT_MS, 30_000),
      headersTimeoutMs: ms(env.ZHIXING_HTTP_HEADERS_TIMEOUT_MS, 10_000),
      keepAliveTimeoutMs: ms(env.ZHIXING_HTTP_KEEP_ALIVE_TIMEOUT_MS, 72_000),
      socketTimeoutMs: ms(env.ZHIXING_HTTP_SOCKET_TIMEOUT_MS, 60_000),
    },
    audit: {
      keyFile: env.ZHIXING_AUDIT_KEY_FILE || undefined,
      checkpointMinutes: ms(env.ZHIXING_AUDIT_CHECKPOINT_MINUTES, 30),
      checkpointMaxAgeHours: ms(env.ZHIXING_AUDIT_CHECKPOINT_MAX_AGE_HOURS, 24),
    },
    logLevel: env.ZHIXING_LOG_LEVEL || 'info',
    cookieSecure: cookieSecureOf(env.ZHIXING_COOKIE_SECURE),
    // Off by default: believing X-Forwarded-For without a proxy would let a client pick its address.
    trustProxy: trustProxyOf(env.ZHIXING_TRUST_PROXY),
    sessionSweepMinutes: Number(env.ZHIXING_SESSION_SWEEP_MINUTES ?? 60),
    signIn: {
      // A whole court may sign in through one NAT address at 08:30; guessing stays slow either way.
      attemptsPerAddressPerMinute: Number(env.ZHIXING_SIGNIN_PER_ADDRESS || 300),
      failuresPerAccount: Number(env.ZHIXING_SIGNIN_FAILURES || 5),
      failureWindowMinutes: Number(env.ZHIXING_SIGNIN_FAILURE_MINUTES || 15),
    },
    sweepHour: Number(env.ZHIXING_SWEEP_HOUR || 2),
    scheduler: env.ZHIXING_SCHEDULER !== 'off',
    outbox: outboxSettings(env),
    documents: documentSettings(env),
    funds: fundsSettings(env),
    // 限制消费规定(2015) 第1条第2款 (UNSURE): a published 失信 listing also restricts consumption; ZHIXING_RESTRICT_ON_LISTING=0 turns it off.
    credit: {
      relistingBarMonths: relistingBarMonths(env),
      restrictOnListing: env.ZHIXING_RESTRICT_ON_LISTING !== '0',
      publicQueriesPerMinute: publicQueriesPerMinute(env),
      restorationGrounds: restorationGroundsOf(env),
      restorationCommitmentMin: restorationCommitmentMin(env),
    },
    discipline: disciplinePolicy(env),
    termination: terminationOptionsFrom(env),
  };
}

function disciplinePolicy(env: NodeJS.ProcessEnv): DisciplinePolicy {
  const d = DEFAULT_DISCIPLINE_POLICY;
  const policy: DisciplinePolicy = {
    ...d,
    paidSharePercent: num(env.ZHIXING_DISCIPLINE_PAID_SHARE_PERCENT, d.paidSharePercent),
    repeatYears: num(env.ZHIXING_DISCIPLINE_REPEAT_YEARS, d.repeatYears),
    repeatCases: num(env.ZHIXING_DISCIPLINE_REPEAT_CASES, d.repeatCases),
    reportLowers: env.ZHIXING_DISCIPLINE_REPORT_LOWERS !== '0',
  };
  const problem = policyProblem(policy);
  if (problem) throw new Error(`ZHIXING_DISCIPLINE_*：${problem}`);
  return policy;
}

function relistingBarMonths(env: NodeJS.ProcessEnv): number {
  const months = num(env.ZHIXING_RELISTING_BAR_MONTHS, 6);
  if (!Number.isInteger(months) || months < 0 || months > 24)
    throw new Error(`ZHIXING_RELISTING_BAR_MONTHS 应为 0–24 个月，而不是「${months}」`);
  return months;
}

function restorationGroundsOf(env: NodeJS.ProcessEnv): readonly RestorationGround[] {
  if (!env.ZHIXING_RESTORATION_GROUNDS) return restorationGrounds;
  const r = parseRestorationGrounds(env.ZHIXING_RESTORATION_GROUNDS);
  if (!r.ok) throw new Error(`ZHIXING_RESTORATION_GROUNDS 应为以逗号分隔的 ${restorationGrounds.join('、')}：${r.detail}`);
  return r.value;
}

function restorationCommitmentMin(env: NodeJS.ProcessEnv): number {
  const n = num(env.ZHIXING_RESTORATION_COMMITMENT_MIN, DEFAULT_COMMITMENT_MIN_LENGTH);
  if (!Number.isInteger(n) || n < 1 || n > 500) throw new Error(`ZHIXING_RESTORATION_COMMITMENT_MIN 应为 1–500 字，而不是「${n}」`);
  return n;
}

function publicQueriesPerMinute(env: NodeJS.ProcessEnv): number {
  const n = num(env.ZHIXING_PUBLIC_QUERIES_PER_MINUTE, 30);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new Error(`ZHIXING_PUBLIC_QUERIES_PER_MINUTE 应为 1–100000 次，而不是「${n}」`);
  return n;
}

// Outbound requests and documents: their own variables, read here like the rest.
export type OutboxSettings = {
  readonly worker: boolean; // the server runs the delivery worker (ZHIXING_OUTBOX_WORKER=0 turns it off)
  readonly pollMs: number;
  readonly leaseMs: number;
  readonly attemptTimeoutMs: number;
  readonly backoffBaseMs: number;
  readonly backoffCapMs: number;
  readonly answerWindowMs: number;
  readonly sandbox: {
    readonly enabled: boolean;
    readonly latencyMs: number;
    readonly journal: string | undefined;
    /** The sandbox network's share of requests that fail or time out once (src/institutions/sandbox). */
    readonly faultRate: number;
    /** Requests in flight at each sandbox institution at most (ZHIXING_SANDBOX_CONCURRENCY; unset: 4 at a bank, 2 elsewhere). */
    readonly concurrency: number | undefined;
    /** The sandbox auction platform's bidders value an asset at this percentage of its reference price (src/disposal). */
    readonly bidderSharePercent: number;
  };
};

export type DocumentSettings = {
  // 报告财产令's reporting period in days: no rule fixes it (财产调查规定 第4条(一) leaves it to the
  // order), so it is the court's setting, defaulting to src/rules/asset-report-order.ts's.
  readonly assetReportDays: number;
  // 网络查控's deadline in days from filing: a setting, since no rule fixes it (src/deadlines/registry.ts).
  readonly assetSearchDays: number;
  // Days from a 终本 closure to its entry in the 终本案件库: 7 by default, UNSURE (src/rules/dormant-research.ts).
  readonly dormantEntryDays: number;
  // Days for the officer's review of a re-search's find: 15 by default, UNSURE (src/rules/dormant-research.ts).
  readonly dormantFindReviewDays: number;
};

export type FundsSettings = {
  // 执行款 paid out within 30 days of arrival (src/rules/payout-deadline.ts); a court may set fewer.
  readonly payoutDays: number;
  // 暂存款 claimed to a case account within 3 days: a local rule (Jiayu, legal-rules.md §7), so a setting.
  readonly unmatchedClaimDays: number;
  // 迟延履行期间的加倍部分债务利息 (src/rules/delay-interest.ts), both UNSURE in legal-rules.md §5:
  // the day count ("exclusive": end − 履行期届满日, 民诉法 第85条 style, the default) and whether
  // awarded litigation costs and fees are in the base (default: yes — 法释〔2014〕8号 第1条 names
  // every money debt fixed by the title except ordinary interest).
  readonly delayInterest: { readonly dayCount: 'exclusive' | 'inclusive'; readonly costsInBase: boolean };
};

function fundsSettings(env: NodeJS.ProcessEnv): FundsSettings {
  const payoutDays = num(env.ZHIXING_PAYOUT_DAYS, 30);
  const unmatchedClaimDays = num(env.ZHIXING_UNMATCHED_CLAIM_DAYS, 3);
  if (!Number.isInteger(payoutDays) || payoutDays < 1 || payoutDays > 30)
    throw new Error(`ZHIXING_PAYOUT_DAYS 应为 1–30 日，而不是「${payoutDays}」`);
  if (!Number.isInteger(unmatchedClaimDays) || unmatchedClaimDays < 1 || unmatchedClaimDays > 30)
    throw new Error(`ZHIXING_UNMATCHED_CLAIM_DAYS 应为 1–30 日，而不是「${unmatchedClaimDays}」`);
  const dayCount = env.ZHIXING_DELAY_INTEREST_DAY_COUNT || 'exclusive';
  if (dayCount !== 'exclusive' && dayCount !== 'inclusive')
    throw new Error(`ZHIXING_DELAY_INTEREST_DAY_COUNT 应为 exclusive 或 inclusive，而不是「${dayCount}」`);
  const costs = env.ZHIXING_DELAY_INTEREST_COSTS_IN_BASE || '1';
  if (costs !== '0' && costs !== '1') throw new Error(`ZHIXING_DELAY_INTEREST_COSTS_IN_BASE 应为 0 或 1，而不是「${costs}」`);
  return { payoutDays, unmatchedClaimDays, delayInterest: { dayCount, costsInBase: costs === '1' } };
}

const num = (v: string | undefined, fallback: number) => (v === undefined || v === '' ? fallback : Number(v));

function outboxSettings(env: NodeJS.ProcessEnv): OutboxSettings {
  const attemptTimeoutMs = num(env.ZHIXING_OUTBOX_ATTEMPT_TIMEOUT_MS, 30_000);
  return {
    worker: env.ZHIXING_OUTBOX_WORKER !== '0',
    pollMs: num(env.ZHIXING_OUTBOX_POLL_MS, 1_000),
    leaseMs: Math.max(num(env.ZHIXING_OUTBOX_LEASE_MS, attemptTimeoutMs * 2), attemptTimeoutMs + 1_000),
    attemptTimeoutMs,
    backoffBaseMs: num(env.ZHIXING_OUTBOX_BACKOFF_BASE_MS, 2_000),
    backoffCapMs: num(env.ZHIXING_OUTBOX_BACKOFF_CAP_MS, 300_000),
    answerWindowMs: num(env.ZHIXING_OUTBOX_ANSWER_HOURS, 72) * 3_600_000,
    sandbox: {
      enabled: env.ZHIXING_SANDBOX_INSTITUTIONS !== '0',
      latencyMs: num(env.ZHIXING_SANDBOX_LATENCY_MS, 50),
      journal: env.ZHIXING_SANDBOX_JOURNAL || undefined,
      faultRate: Math.min(1, Math.max(0, num(env.ZHIXING_SANDBOX_FAULT_RATE, 0.1))),
      concurrency: env.ZHIXING_SANDBOX_CONCURRENCY ? Math.max(1, Math.trunc(Number(env.ZHIXING_SANDBOX_CONCURRENCY)) || 1) : undefined,
      bidderSharePercent: Math.min(200, Math.max(1, num(env.ZHIXING_SANDBOX_BIDDER_SHARE, 85))),
    },
  };
}

function documentSettings(env: NodeJS.ProcessEnv): DocumentSettings {
  return {
    assetReportDays: num(env.ZHIXING_ASSET_REPORT_DAYS, DEFAULT_REPORTING_DAYS),
    assetSearchDays: num(env.ZHIXING_ASSET_SEARCH_DAYS, DEFAULT_ASSET_SEARCH_DAYS),
    dormantEntryDays: num(env.ZHIXING_DORMANT_ENTRY_DAYS, DEFAULT_POOL_ENTRY_DAYS),
    dormantFindReviewDays: num(env.ZHIXING_DORMANT_FIND_REVIEW_DAYS, DEFAULT_FIND_REVIEW_DAYS),
  };
}

function cookieSecureOf(v: string | undefined): Config['cookieSecure'] {
  if (v === undefined || v === '' || v === 'auto') return 'auto';
  if (['1', 'true', 'always', 'yes'].includes(v)) return 'always';
  if (['0', 'false', 'never', 'no'].includes(v)) return 'never';
  throw new Error(`ZHIXING_COOKIE_SECURE 应为 auto、always 或 never，而不是「${v}」`);
}

// 'true' / 'false', or the proxy's addresses and CIDR ranges separated by commas (Fastify's forms).
function trustProxyOf(v: string | undefined): Config['trustProxy'] {
  if (v === undefined || v === '' || v === 'false' || v === '0') return false;
  if (v === 'true' || v === '1') return true;
  return v;
}
