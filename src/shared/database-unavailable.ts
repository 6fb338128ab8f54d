// Whether an error means that the database is not there to answer — a restart, a failover, a
// terminated backend, a refused or timed-out connection, a statement cut off by its timeout — as
// opposed to a query it refused. Such a request is answered 503 database-unavailable, and may be
// retried; every other error is a bug.

// SQLSTATE: 08 connection exception; 57P01–57P03 shutdown / cannot connect now; 57014 query
// cancelled (statement_timeout); 25P03 idle-in-transaction timeout; 53300 too many connections.
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '57014', '25P03', '53300']);
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
// What the pg driver says when the socket is gone or a connection could not be had in time.
const DRIVER_MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /not queryable/,
  /^Query read timeout/,
  /Connection terminated due to connection timeout/,
];

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && (e.code.startsWith('08') || UNAVAILABLE_STATES.has(e.code) || SOCKET_CODES.has(e.code))) return true;
  if (typeof e.message === 'string' && DRIVER_MESSAGES.some((m) => m.test(e.message as string))) return true;
  // A connection refused on every address arrives as an AggregateError; a wrapped one as its cause.
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
