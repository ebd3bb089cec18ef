#!/usr/bin/env node
// Serves the production build (dist/) the way docs/deploying.md recommends hosting it: the
// strict security headers, framing allowed only where meant, a long cache for hashed assets,
// and the Brotli and gzip files the build writes beside each text file (build/compress-plugin.ts).
// Paths are resolved by sirv, which serves only the files it found under the folder when it
// started: nothing outside it, and a rebuild needs a restart. The firm's settings (firm.json,
// firms/<id>.json) are the exception: read afresh on every request from a folder of their own
// (FIRM_DIR), never from dist/, and answered "204 No Content" when there are none, which the
// app reads as "no settings" without the error browsers log for a 404.
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
//
// FIRM_DIR names the firm settings folder (default: firm-settings/ beside dist/; see
// scripts/firm-files.mjs). The browser tests point it at tests/e2e/firm-files.
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
import { DIST, firmDir, firmFileName, readFirmFile } from './firm-files.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const PORT = Number(opt('port', process.env.PORT ?? 4173));
const HOST = opt('host', '127.0.0.1');
const ROOT = resolve(opt('root', DIST));

// Trusted Types: no string ever reaches a sink that runs it as script (the app writes no HTML).
const BASE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
  "require-trusted-types-for 'script'";
/**
 * Powerful features the tool never uses, refused to it and to anything it could frame. Only
 * names Chromium knows: an unknown one is logged as a console error on every page.
 */
const PERMISSIONS_POLICY = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/**
 * A shared link whose `#` a mail scanner sent as `%23` (`/%23/decision?v=1`, also after
 * `embed.html`): the browser asked for a path that is no file. Captures what goes before the
 * `#` (a path of plain segments, so never `//other.example`) and the fragment.
 */
const HASH_IN_PATH =
  /^((?:\/[\w.~-]+)*\/(?:index\.html|embed(?:\.html)?)?)%23(?:\/|%2F)(decision(?:\?[\w.~!$&'()*+,;=:@/?%-]*)?)$/i;

/**
 * Second-level names under which anyone can register or host their own site: a wildcard over
 * one of them (`https://*.co.uk`, `https://*.netlify.app`) would let strangers frame the embed.
 * Not the whole public suffix list, the ones an intranet's address is likely to end with.
 */
const SHARED_SUFFIXES = new Set(
  [
    'co.uk org.uk me.uk ltd.uk plc.uk net.uk ac.uk gov.uk nhs.uk sch.uk police.uk',
    'com.au net.au org.au edu.au gov.au asn.au id.au',
    'co.nz net.nz org.nz ac.nz govt.nz school.nz gen.nz kiwi.nz maori.nz geek.nz',
    'ab.ca bc.ca mb.ca nb.ca nl.ca ns.ca nt.ca nu.ca on.ca pe.ca qc.ca sk.ca yk.ca gc.ca',
    'co.ie gov.ie co.za org.za co.in net.in org.in co.jp ne.jp or.jp co.kr co.il',
    'com.br com.cn com.hk com.sg com.my com.mx com.ar com.tr com.tw com.pl com.es',
    'github.io gitlab.io netlify.app pages.dev workers.dev vercel.app web.app firebaseapp.com',
    'azurewebsites.net azurestaticapps.net cloudapp.net cloudfront.net amazonaws.com',
    'herokuapp.com appspot.com blogspot.com onrender.com fly.dev glitch.me ngrok.io',
  ]
    .join(' ')
    .split(' '),
);

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const ORIGIN = new RegExp(
  `^[a-z][a-z0-9+.-]*://(\\*\\.)?(${LABEL}(?:\\.${LABEL})*)(:\\d{1,5})?$`,
  'i',
);

/**
 * The origins a deployer lets frame embed.html, checked so that a typo can't widen the policy
 * or break the header: each must be a scheme and host (a port allowed; `capacitor://` for
 * native intranet apps), nothing else. A bare `*` is refused: list the intranet's origins. A
 * `*.` subdomain wildcard must stand before a domain someone owns: at least two labels
 * (`https://*.example.com`, not `https://*.com`), which are not a shared suffix above
 * (`https://*.example.co.uk`, not `https://*.co.uk`).
 */
function frameAncestors(list) {
  const origins = (list ?? '').split(/[\s,]+/).filter(Boolean);
  for (const origin of origins) {
    const match = ORIGIN.exec(origin);
    if (!match)
      throw new Error(
        `--frame-ancestors: "${origin}" is not an origin such as https://intranet.example`,
      );
    const [, wildcard, host] = match;
    if (wildcard && (!host.includes('.') || SHARED_SUFFIXES.has(host.toLowerCase())))
      throw new Error(
        `--frame-ancestors: "${origin}" would let anyone's site frame the tool: after "*." name your own domain, such as https://*.intranet.example`,
      );
  }
  return origins;
}

/**
 * The paths sirv answers with an embed.html (the English one, or a language's under its
 * folder, such as fr/embed.html): it adds `.html` and drops one trailing slash.
 */
function isEmbedPage(pathname) {
  return /^(\/fr)?\/embed(\.html)?\/?$/.test(pathname);
}

function main() {
  let embedAncestors;
  let settings;
  try {
    embedAncestors = frameAncestors(opt('frame-ancestors', process.env.FRAME_ANCESTORS));
    settings = firmDir(process.env.FIRM_DIR);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }

  if (args.includes('--build')) {
    const result = spawnSync('npm', ['run', 'build'], {
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
  const files = sirv(appOrigin ? withAppOrigin(ROOT, appOrigin) : ROOT, {
    brotli: true,
    gzip: true,
    // `/` is index.html; no other guessing of names.
    extensions: ['html'],
    setHeaders(res, pathname) {
      if (withCsp && isEmbedPage(pathname)) res.setHeader('Content-Security-Policy', embedCsp);
      res.setHeader(
        'Cache-Control',
        /^(\/fr)?\/assets\//.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
    onNoMatch: (_req, res) => refuse(res, 404, 'Not found'),
  });

  function handle(req, res) {
    // Every response, refusals included, carries the headers; setHeaders gives embed.html
    // its own policy.
    if (withCsp) res.setHeader('Content-Security-Policy', siteCsp);
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    // Framing is frame-ancestors' business: this only keeps other windows' hands off ours.
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    if (tls) res.setHeader('Strict-Transport-Security', 'max-age=31536000');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      refuse(res, 405, 'Method not allowed');
      return;
    }
    const target = req.url ?? '/';
    const moved = HASH_IN_PATH.exec(target);
    if (moved) {
      res.statusCode = 302;
      res.setHeader('Location', `${moved[1]}#/${moved[2]}`);
      res.setHeader('Cache-Control', 'no-cache');
      res.end();
      return;
    }
    // `/fr` is the French start page's folder: its relative URLs need the slash.
    const [path, query] = target.split(/\?(.*)/s);
    if (path === '/fr') {
      res.statusCode = 301;
      res.setHeader('Location', `/fr/${query === undefined ? '' : `?${query}`}`);
      res.end();
      return;
    }
    const firmFile = firmFileName(path);
    if (firmFile) {
      sendFirmFile(req, res, settings, firmFile);
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
    console.log(`Firm settings (firm.json, firms/<id>.json) are read from ${settings}`);
    // Where the docs once said to put it: a build deletes it, and it is not what is served.
    if (existsSync(join(ROOT, 'firm.json')))
      console.warn(`${join(ROOT, 'firm.json')} is not served: move it to ${settings}.`);
  });
}

/**
 * The firm file as it is on disk now, or 204 No Content when there is none (for a requested
 * `firms/<id>.json` too: the app then says that file is missing, with nothing logged).
 */
function sendFirmFile(req, res, dir, name) {
  res.setHeader('Cache-Control', 'no-cache');
  readFirmFile(dir, name).then(
    (body) => {
      if (!body) {
        res.statusCode = 204;
        res.end();
        return;
      }
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Content-Length', body.length);
      res.end(req.method === 'HEAD' ? undefined : body);
    },
    () => refuse(res, 500, 'The firm settings file could not be read'),
  );
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
