import type { DatabaseTimeouts } from '../db/connection.ts';

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
  /** Sign-in throttling (policy; see src/access/sign-in-throttle.ts). */
  readonly signIn: {
    readonly attemptsPerAddressPerMinute: number;
    readonly failuresPerAccount: number;
    readonly failureWindowMinutes: number;
  };
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
    signIn: {
      // A whole court may sign in through one NAT address at 08:30; guessing stays slow either way.
      attemptsPerAddressPerMinute: Number(env.ZHIXING_SIGNIN_PER_ADDRESS || 300),
      failuresPerAccount: Number(env.ZHIXING_SIGNIN_FAILURES || 5),
      failureWindowMinutes: Number(env.ZHIXING_SIGNIN_FAILURE_MINUTES || 15),
    },
  };
}
