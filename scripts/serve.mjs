#!/usr/bin/env node
// Serves the production build (dist/) the way docs/deploying.md recommends hosting it: the
// strict security headers, framing allowed only where meant, a long cache for hashed assets,
// and the Brotli and gzip files the build writes beside each text file (build/compress-plugin.ts).
// Paths are resolved by sirv, which serves only the files it found under the folder when it
// started: nothing outside it, and a rebuild needs a restart.
//
// Usage: node scripts/serve.mjs [--build] [--port 4173] [--host 127.0.0.1] [--https]
//                               [--frame-ancestors "https://a.example https://b.example"]
//   --build             run `vite build` first (otherwise dist/ must already be built)
//   --port              0 picks a free port; the address printed is the one listened on
//   --https             HTTPS with HTTP/2, as production hosts serve it (the bench uses it),
//                       with a self-signed certificate made for 127.0.0.1 by openssl
//   --frame-ancestors   origins besides the app's own that may frame embed.html (also read
//                       from FRAME_ANCESTORS); every other file may be framed by the app alone
//   --root <dir> --no-csp --app-origin <origin>
//                       another folder, without our CSP, with http://127.0.0.1:4173 in its
//                       HTML replaced by <origin>: the browser tests' stand-in for an intranet
//                       page that embeds the app (tests/e2e/host/)
//   --extra <dir>       a second folder, served where dist/ has no such file: the browser
//                       tests' firm files (tests/e2e/firm-files/firms/<id>.json), which must
//                       never be built into the app
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const PORT = Number(opt('port', process.env.PORT ?? 4173));
const HOST = opt('host', '127.0.0.1');
const DIST = resolve(import.meta.dirname, '..', 'dist');
const ROOT = resolve(opt('root', DIST));

const BASE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/**
 * The origins a deployer lets frame embed.html, checked so that a typo can't widen the policy
 * or break the header: each must be a scheme and host (a `*.` subdomain wildcard and a port
 * allowed; `capacitor://` for native intranet apps), nothing else. A bare `*` is refused:
 * list the intranet's origins.
 */
function frameAncestors(list) {
  const origins = (list ?? '').split(/[\s,]+/).filter(Boolean);
  for (const origin of origins) {
    if (!/^[a-z][a-z0-9+.-]*:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/i.test(origin))
      throw new Error(
        `--frame-ancestors: "${origin}" is not an origin such as https://intranet.example`,
      );
  }
  return origins;
}

/** The paths sirv answers with embed.html: it adds `.html` and drops one trailing slash. */
function isEmbedPage(pathname) {
  return /^\/embed(\.html)?\/?$/.test(pathname);
}

function main() {
  let embedAncestors;
  try {
    embedAncestors = frameAncestors(opt('frame-ancestors', process.env.FRAME_ANCESTORS));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }

  if (args.includes('--build')) {
    const result = spawnSync('npx', ['vite', 'build'], {
      stdio: 'inherit',
      cwd: resolve(import.meta.dirname, '..'),
    });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
  if (!existsSync(join(ROOT, 'index.html'))) {
    console.error(`${ROOT} has no index.html: run \`npm run build\` first, or pass --build.`);
    process.exit(1);
  }

  const tls = args.includes('--https') ? selfSignedCertificate() : undefined;
  if (args.includes('--https') && !tls) {
    console.error('--https needs openssl to make a certificate, and openssl was not found.');
    process.exit(1);
  }

  const withCsp = !args.includes('--no-csp');
  // embed.html may be framed by the listed origins, everything else by the app alone.
  const siteCsp = `${BASE_CSP}; frame-ancestors 'self'`;
  const embedCsp = `${BASE_CSP}; frame-ancestors ${["'self'", ...embedAncestors].join(' ')}`;
  const appOrigin = opt('app-origin', null);
  const extraDir = opt('extra', null);
  const extra = extraDir
    ? sirv(resolve(extraDir), {
        setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
        onNoMatch: (_req, res) => refuse(res, 404, 'Not found'),
      })
    : null;
  const files = sirv(appOrigin ? withAppOrigin(ROOT, appOrigin) : ROOT, {
    brotli: true,
    gzip: true,
    // `/` is index.html; no other guessing of names.
    extensions: ['html'],
    setHeaders(res, pathname) {
      if (withCsp && isEmbedPage(pathname)) res.setHeader('Content-Security-Policy', embedCsp);
      res.setHeader(
        'Cache-Control',
        pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
    onNoMatch: (req, res) => (extra ? extra(req, res) : refuse(res, 404, 'Not found')),
  });

  function handle(req, res) {
    // Every response, refusals included, carries the headers; setHeaders gives embed.html
    // its own policy.
    if (withCsp) res.setHeader('Content-Security-Policy', siteCsp);
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (tls) res.setHeader('Strict-Transport-Security', 'max-age=31536000');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      refuse(res, 405, 'Method not allowed');
      return;
    }
    // A static site needs no ranges, and sirv trusts the header's numbers (`bytes=9-1`
    // throws in the file stream): every request gets the whole file.
    delete req.headers.range;
    // sirv pipes each file without listening for errors: a file deleted since the server
    // started (a rebuild) would end the process. Its request fails alone.
    res.on('pipe', (source) => source.on('error', () => res.destroy()));
    try {
      files(req, res);
    } catch {
      if (!res.headersSent) refuse(res, 400, 'Bad request');
      else res.destroy();
    }
  }

  // HTTP/1.1 stays for clients that don't offer HTTP/2 (curl without --http2, old proxies).
  const server = tls
    ? createSecureServer({ ...tls, allowHTTP1: true }, handle)
    : createServer(handle);
  // A request Node can't parse (a header too long, a broken request line) never reaches
  // `handle`: Node answers it 400 or 431 and closes the connection.
  server.listen(PORT, HOST, () => {
    const { port } = server.address();
    console.log(`Should I connect? is running at ${tls ? 'https' : 'http'}://${HOST}:${port}/`);
  });
}

function refuse(res, status, text) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache');
  res.end(text);
}

/**
 * A copy of the host pages with the app's address put in (they name it as
 * http://127.0.0.1:4173), so that tests can run the app on another port.
 */
function withAppOrigin(root, appOrigin) {
  const copy = mkdtempSync(join(tmpdir(), 'serve-host-'));
  cpSync(root, copy, { recursive: true });
  for (const name of readdirSync(copy, { recursive: true, encoding: 'utf8' })) {
    const file = join(copy, name);
    if (!name.endsWith('.html') || !statSync(file).isFile()) continue;
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('http://127.0.0.1:4173', appOrigin));
  }
  process.on('exit', () => rmSync(copy, { recursive: true, force: true }));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
  return copy;
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

main();
