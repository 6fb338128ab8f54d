// Configuration read once from the environment; nothing else reads process.env.
export type Config = {
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly port: number;
  readonly host: string;
  readonly adminPassword: string | undefined;
  readonly sessionHours: number;
  readonly webDist: string;
  /** pino's level for request and error logs: fatal, error, warn, info, debug, trace or silent. */
  readonly logLevel: string;
  /** Sign-in throttling (policy; see src/access/sign-in-throttle.ts). */
  readonly signIn: {
    readonly attemptsPerAddressPerMinute: number;
    readonly failuresPerAccount: number;
    readonly failureWindowMinutes: number;
  };
  /** The local hour (Asia/Shanghai) of the daily sweeps, and whether the server runs them. */
  readonly sweepHour: number;
  readonly scheduler: boolean;
};

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
    logLevel: env.ZHIXING_LOG_LEVEL || 'info',
    signIn: {
      // A whole court may sign in through one NAT address at 08:30; guessing stays slow either way.
      attemptsPerAddressPerMinute: Number(env.ZHIXING_SIGNIN_PER_ADDRESS || 300),
      failuresPerAccount: Number(env.ZHIXING_SIGNIN_FAILURES || 5),
      failureWindowMinutes: Number(env.ZHIXING_SIGNIN_FAILURE_MINUTES || 15),
    },
    sweepHour: Number(env.ZHIXING_SWEEP_HOUR || 2),
    scheduler: env.ZHIXING_SCHEDULER !== 'off',
  };
}
