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
    logLevel: env.ZHIXING_LOG_LEVEL || 'info',
  };
}
