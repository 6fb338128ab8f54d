// Configuration read once from the environment; nothing else reads process.env.
export type Config = {
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly port: number;
  readonly host: string;
  readonly adminPassword: string | undefined;
  readonly sessionHours: number;
  readonly webDist: string;
  /** The local hour (Asia/Shanghai) of the daily sweeps, and whether the server runs them. */
  readonly sweepHour: number;
  readonly scheduler: boolean;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.ZHIXING_DATA_DIR || './data',
    port: Number(env.PORT || 3000),
    host: env.HOST || '0.0.0.0',
    adminPassword: env.ZHIXING_ADMIN_PASSWORD || undefined,
    sessionHours: Number(env.ZHIXING_SESSION_HOURS || 12),
    webDist: env.ZHIXING_WEB_DIST || 'web/dist',
    sweepHour: Number(env.ZHIXING_SWEEP_HOUR || 2),
    scheduler: env.ZHIXING_SCHEDULER !== 'off',
  };
}
