import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

// Security headers on every answer (ADR 0060). The web app is built by Vite into files served from
// our own origin: scripts only from there, no inline script, no eval. Styles also allow inline
// style elements and attributes: antd writes its CSS at run time (CSS-in-JS) into <style> elements,
// and a nonce would need a per-request index.html. Nothing may frame the app (clickjacking), no
// MIME sniffing, and no Referer leaves the app, since its URLs carry case ids and filters.
export const contentSecurityPolicy = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'worker-src': ["'self'"],
} as const;

export async function useSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: Object.fromEntries(Object.entries(contentSecurityPolicy).map(([k, v]) => [k, [...v]])),
    },
    // The CSP's frame-ancestors says it for current browsers; X-Frame-Options for old ones.
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // nosniff (X-Content-Type-Options) is on by default; so are HSTS (ignored over plain HTTP)
    // and the cross-origin opener and resource policies.
    crossOriginEmbedderPolicy: false,
  });
}
