import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './database-unavailable.ts';

// Which errors mean "the database is away" (503, retry) and which are bugs (500).
const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code, severity: 'FATAL' });

describe('telling a database that is away from a query that failed', () => {
  it.each([
    ['a backend terminated by an administrator (57P01)', pgError('57P01', 'terminating connection due to administrator command')],
    ['a server shutting down (57P02)', pgError('57P02')],
    ['a server starting up (57P03)', pgError('57P03', 'the database system is starting up')],
    ['a statement cut off by statement_timeout (57014)', pgError('57014', 'canceling statement due to statement timeout')],
    ['a transaction ended by idle_in_transaction_session_timeout (25P03)', pgError('25P03')],
    ['too many connections (53300)', pgError('53300')],
    ['a connection failure (08006)', pgError('08006')],
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a reset socket', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['refused on every address', new AggregateError([Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })], '')],
    ['the socket gone under the driver', new Error('Connection terminated unexpectedly')],
    ['no connection within the connect timeout', new Error('timeout exceeded when trying to connect')],
    ['a client broken by an earlier error', new Error('Client has encountered a connection error and is not queryable')],
    ['any of these as the cause of another error', new Error('wrapped', { cause: pgError('57P01') })],
  ])('counts %s as unavailable', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation (23505)', pgError('23505', 'duplicate key value violates unique constraint')],
    ['a syntax error (42601)', pgError('42601')],
    ['a serialization failure (40001)', pgError('40001')],
    ['a bug in our code', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing at all', undefined],
    ['a string', 'ECONNREFUSED'],
  ])('does not count %s as unavailable', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
