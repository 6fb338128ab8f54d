import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { buildServer } from '../../src/http/server.ts';

// No client holds a connection for ever: headers or a body that trickle in byte by byte are cut
// off once the request timeout passes, and the server keeps answering everyone else.

let app: TestApp;
let server: FastifyInstance;
let port: number;

beforeAll(async () => {
  app = await createTestApp();
  const http = { requestTimeoutMs: 800, headersTimeoutMs: 400, keepAliveTimeoutMs: 1_000, socketTimeoutMs: 5_000 };
  server = await buildServer({ ...app, config: { ...app.config, http } });
  await server.listen({ port: 0, host: '127.0.0.1' });
  port = (server.server.address() as { port: number }).port;
});
afterAll(async () => {
  await server?.close();
  await app?.close();
});

/** Sends `head` at once, then one byte of `trickle` every 100 ms; resolves with what the server answered and when it hung up. */
function slowClient(head: string, trickle: string): Promise<{ closedAfterMs: number; answer: string }> {
  return new Promise((done) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    let i = 0;
    const timer = setInterval(() => {
      if (i < trickle.length && socket.writable) socket.write(trickle[i++]!);
    }, 100);
    const finish = () => {
      clearInterval(timer);
      done({ closedAfterMs: performance.now() - started, answer });
    };
    socket.on('data', (d) => (answer += String(d)));
    socket.on('close', finish);
    socket.on('error', () => {});
    socket.write(head);
    // Well past every timeout: a socket still open then is a request held for ever.
    setTimeout(() => {
      socket.destroy();
    }, 6_000);
  });
}

describe('the HTTP server under slow clients', () => {
  it('cuts off a request whose body trickles in, answering 408', async () => {
    const body = JSON.stringify({ username: 'admin', password: 'x'.repeat(200) });
    const head = `POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
    const r = await slowClient(head, body);
    expect(r.closedAfterMs).toBeLessThan(4_000);
    expect(r.answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('cuts off a request whose headers trickle in', async () => {
    const r = await slowClient('GET /api/v1/health HTTP/1.1\r\n', 'X-Slow: ' + 'a'.repeat(100));
    expect(r.closedAfterMs).toBeLessThan(4_000);
    expect(r.answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('answers other clients meanwhile', async () => {
    const slow = slowClient('GET /api/v1/health HTTP/1.1\r\n', 'X-Slow: ' + 'a'.repeat(100));
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
    expect(res.status).toBe(200);
    await slow;
  });
});
