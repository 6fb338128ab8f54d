import type { FastifyServerOptions } from 'fastify';

// Structured request logs (pino, through Fastify): the path without its query string (which may
// carry an ID number searched for), and never a credential.
export type LogOptions = { level: string; stream?: { write(line: string): void } };

export function loggerOptions(log: LogOptions | false | undefined): FastifyServerOptions['logger'] {
  if (!log) return false;
  return {
    level: log.level,
    ...(log.stream ? { stream: log.stream } : {}),
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', 'headers.authorization', 'headers.cookie'],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; ip?: string }) => ({
        method: req.method,
        path: req.url.split('?')[0],
        remoteAddress: req.ip,
      }),
    },
  };
}
