#!/usr/bin/env node
// Serves the production build (dist/) the way we recommend hosting it: gzip, long cache
// for hashed assets, and the strict security headers from docs/deploying.md. Each file is
// compressed once, not on every request (as nginx's gzip_static or a CDN does): compressing
// the React chunk at level 9 per request added ~20 ms before its first byte, which Lighthouse
// adds to every request of its simulated phone.
// Usage: node scripts/serve.mjs [--build] [--port 4173] [--host 127.0.0.1] [--https]
//   --https                 HTTPS with HTTP/2, as production hosts serve it (the bench uses
//                           it), with a self-signed certificate made for 127.0.0.1 by openssl.
//   --root <dir> --no-csp   another folder, without our CSP: the browser tests' stand-in for
//                           an intranet page that embeds the app (tests/e2e/host/).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const PORT = Number(opt('port', process.env.PORT ?? 4173));
const HOST = opt('host', '127.0.0.1');
const ROOT = resolve(opt('root', resolve(import.meta.dirname, '..', 'dist')));

if (args.includes('--build') || !existsSync(join(ROOT, 'index.html'))) {
  const result = spawnSync('npx', ['vite', 'build'], {
    stdio: 'inherit',
    cwd: resolve(import.meta.dirname, '..'),
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors *";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

/** Each file's bytes and their gzip, kept until the file changes (a rebuild while serving). */
const files = new Map();
function load(file) {
  const { mtimeMs, size } = statSync(file);
  let entry = files.get(file);
  if (!entry || entry.mtimeMs !== mtimeMs || entry.size !== size) {
    const body = readFileSync(file);
    entry = { mtimeMs, size, body, gzip: gzipSync(body, { level: 9 }) };
    files.set(file, entry);
  }
  return entry;
}
// Compressed before the first request, not during it.
for (const name of readdirSync(ROOT, { recursive: true })) {
  const file = join(ROOT, String(name));
  if (statSync(file).isFile()) load(file);
}

/**
 * A throwaway certificate for 127.0.0.1, made by openssl in a temporary folder (browsers must
 * be told to accept it: Chromium's --ignore-certificate-errors). Undefined without openssl.
 */
function selfSignedCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'serve-tls-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  try {
    const made = spawnSync(
      'openssl',
      // prettier-ignore
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
        '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1',
        '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'],
      { stdio: 'ignore' },
    );
    if (made.status !== 0) return undefined;
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const tls = args.includes('--https') ? selfSignedCertificate() : undefined;
if (args.includes('--https') && !tls) {
  console.error('--https needs openssl to make a certificate, and openssl was not found.');
  process.exit(1);
}

function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path = decodeURIComponent(url.pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(ROOT, path));
  if (!file.startsWith(ROOT) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const headers = {
    'Content-Type': type,
    ...(args.includes('--no-csp') ? {} : { 'Content-Security-Policy': CSP }),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    Vary: 'Accept-Encoding',
    ...(tls ? { 'Strict-Transport-Security': 'max-age=31536000' } : {}),
  };
  const gzip =
    /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && !type.startsWith('image/png');
  if (gzip) headers['Content-Encoding'] = 'gzip';
  // Test host pages name the app as http://127.0.0.1:4173; --app-origin points them elsewhere.
  const appOrigin = opt('app-origin', null);
  let body;
  if (appOrigin && type.startsWith('text/html')) {
    const html = readFileSync(file, 'utf8').replaceAll('http://127.0.0.1:4173', appOrigin);
    body = gzip ? gzipSync(html) : Buffer.from(html);
  } else {
    const entry = load(file);
    body = gzip ? entry.gzip : entry.body;
  }
  headers['Content-Length'] = String(body.length);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

// HTTP/1.1 stays for clients that don't offer HTTP/2 (curl without --http2, old proxies).
const server = tls
  ? createSecureServer({ ...tls, allowHTTP1: true }, handle)
  : createServer(handle);

server.listen(PORT, HOST, () => {
  console.log(`Should I connect? is running at ${tls ? 'https' : 'http'}://${HOST}:${PORT}/`);
});
