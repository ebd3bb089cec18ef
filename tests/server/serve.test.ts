// Runs under the suite's jsdom environment (src/test-setup.ts needs a window); the server
// and the requests are Node's own.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect, constants as h2 } from 'node:http2';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { resolveConfig } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressed } from '../../build/compress-plugin.ts';
import { DEFAULT_FIRM_DIR, DIST, isInside } from '../../scripts/firm-files.mjs';

/**
 * scripts/serve.mjs against what an attacker would send it: each request is answered with a
 * refusal or a file of the build, and the server answers the next one as before.
 */
const SERVE = resolve(import.meta.dirname, '../../scripts/serve.mjs');
const SECRET = 'a file beside the build, never to be served';
const INDEX = `<!doctype html><title>index</title>${'<p>Start now</p>'.repeat(40)}`;
const EMBED = `<!doctype html><title>embed</title>${'<p>Question 1</p>'.repeat(40)}`;
/** The origins the deployer lets frame embed.html, as `--frame-ancestors` takes them. */
const HOST_PAGES =
  'http://intranet.example:8080 https://*.sharepoint.com capacitor://staffbase.com';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * A folder with a small build in dist/, a sibling dist-old/ holding a secret, and an empty
 * settings/ folder for FIRM_DIR.
 */
function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
  mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
  mkdirSync(join(dir, 'dist', '.vite'), { recursive: true });
  mkdirSync(join(dir, 'dist-old'), { recursive: true });
  mkdirSync(join(dir, 'settings'), { recursive: true });
  const files: Record<string, string> = {
    'index.html': INDEX,
    'embed.html': EMBED,
    'assets/app-abc123.js': `console.log(${JSON.stringify('x'.repeat(400))});`,
    // Deleted while the server runs, one for each mode (a rebuild does that).
    'assets/gone-1.js': 'console.log(1);',
    'assets/gone-2.js': 'console.log(2);',
  };
  for (const [name, text] of Object.entries(files)) {
    const file = join(dir, 'dist', name);
    const body = Buffer.from(text);
    writeFileSync(file, body);
    // As the build writes them (build/compress-plugin.ts).
    const { gz, br } = compressed(body);
    writeFileSync(`${file}.gz`, gz);
    writeFileSync(`${file}.br`, br);
  }
  writeFileSync(join(dir, 'dist', '.vite', 'manifest.json'), '{"secret": true}');
  writeFileSync(join(dir, 'dist-old', 'secret.txt'), SECRET);
  writeFileSync(join(dir, 'dist-old', 'index.html'), SECRET);
  return dir;
}

/** Starts serve.mjs on a free port; resolves with its address once it listens. */
function start(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ server: ChildProcess; origin: string }> {
  const server = spawn(process.execPath, [SERVE, '--port', '0', ...args], {
    env: { ...process.env, FIRM_DIR: join(dir, 'settings'), ...env },
  });
  return new Promise((ready, fail) => {
    let out = '';
    server.stdout.on('data', (d: Buffer) => {
      out += String(d);
      const origin = /running at (https?:\/\/[\d.]+:\d+)\//.exec(out)?.[1];
      if (origin) ready({ server, origin });
    });
    server.on('exit', (code) => fail(new Error(`serve.mjs exited with ${code}: ${out}`)));
  });
}

/** Runs serve.mjs to its end (it should refuse to start); its exit code and output. */
function run(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  const server = spawn(process.execPath, [SERVE, '--port', '0', ...args], {
    env: { ...process.env, ...env },
  });
  let output = '';
  server.stdout.on('data', (d: Buffer) => (output += String(d)));
  server.stderr.on('data', (d: Buffer) => (output += String(d)));
  const timer = setTimeout(() => server.kill(), 10_000);
  return new Promise((done) =>
    server.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, output });
    }),
  );
}

/** HTTP/1.1, with the path sent exactly as given (as `curl --path-as-is` does). */
function http1(
  origin: string,
  path: string,
  method = 'GET',
  headers: Record<string, string> = {},
): Promise<Reply> {
  const { hostname, port } = new URL(origin);
  return new Promise((done, fail) => {
    const req = httpRequest({ hostname, port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', fail);
    req.end(method === 'POST' ? 'x=1' : undefined);
  });
}

/** HTTP/2 over TLS (the server's certificate is self-signed for the test). */
function http2(
  origin: string,
  path: string,
  method = 'GET',
  headers: Record<string, string> = {},
): Promise<Reply> {
  return new Promise((done, fail) => {
    const session = connect(origin, { rejectUnauthorized: false });
    session.on('error', fail);
    const req = session.request({
      [h2.HTTP2_HEADER_PATH]: path,
      [h2.HTTP2_HEADER_METHOD]: method,
      ...headers,
    });
    let status = 0;
    let replyHeaders: Reply['headers'] = {};
    req.on('response', (h) => {
      status = Number(h[h2.HTTP2_HEADER_STATUS]);
      replyHeaders = h;
    });
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      session.close();
      done({ status, headers: replyHeaders, body: Buffer.concat(chunks) });
    });
    req.on('error', fail);
    req.end();
  });
}

const HOSTILE: [string, string][] = [
  ['GET', '//'],
  ['GET', '//#/decision?v=1'],
  ['GET', '/%E0%A4%A'],
  ['GET', '/?%23/%E0%A4%A'],
  ['GET', '/..%2fdist-old%2fsecret.txt'],
  ['GET', '/../dist-old/secret.txt'],
  ['GET', `/${'a'.repeat(9000)}`],
  ['GET', '/%00'],
  ['POST', '/'],
  ['DELETE', '/index.html'],
  ['OPTIONS', '/'],
  ['PUT', '/assets/app-abc123.js'],
];

const SIBLING = [
  '/..%2fdist-old%2fsecret.txt',
  '/../dist-old/secret.txt',
  '/%2e%2e/dist-old/secret.txt',
  '/..%5cdist-old%5csecret.txt',
  '/assets/..%2f..%2fdist-old%2fsecret.txt',
  '/..%2fdist-old/',
  '/.vite/manifest.json',
];

let dir: string;
const servers: ChildProcess[] = [];

beforeAll(() => {
  dir = fixture();
});
afterAll(() => {
  for (const server of servers) server.kill();
  rmSync(dir, { recursive: true, force: true });
});

for (const [mode, send, args, gone] of [
  ['HTTP/1.1', http1, [], 'assets/gone-1.js'],
  ['HTTPS with HTTP/2', http2, ['--https'], 'assets/gone-2.js'],
] as const) {
  describe(`serve.mjs over ${mode}`, () => {
    let server: ChildProcess;
    let origin: string;
    beforeAll(async () => {
      ({ server, origin } = await start([
        '--root',
        join(dir, 'dist'),
        '--frame-ancestors',
        HOST_PAGES,
        ...args,
      ]));
      servers.push(server);
    });

    it.each(HOSTILE)('%s %s gets a 4xx or a file, and the server answers on', async (m, path) => {
      const reply = await send(origin, path, m);
      if (reply.status !== 200) expect(reply.status).toBeGreaterThanOrEqual(400);
      expect(reply.status).toBeLessThan(500);
      if (m !== 'GET') expect(reply.status).toBe(405);
      expect(reply.body.toString()).not.toContain(SECRET);
      expect(server.exitCode).toBeNull();
      const next = await send(origin, '/');
      expect(next.status).toBe(200);
      expect(next.body.toString()).toBe(INDEX);
    });

    it.each(SIBLING)('%s: nothing outside the build is served', async (path) => {
      const reply = await send(origin, path);
      expect(reply.status).toBe(404);
      expect(reply.body.toString()).not.toContain(SECRET);
      expect(reply.body.toString()).not.toContain('secret');
    });

    it('only embed.html may be framed by the host page; refusals carry the policy too', async () => {
      const policy = async (path: string) => {
        const csp = String((await send(origin, path)).headers['content-security-policy']);
        expect(csp).toContain("script-src 'self'");
        return /frame-ancestors ([^;]*)/.exec(csp)?.[1];
      };
      for (const path of ['/', '/index.html', '/assets/app-abc123.js', '/no-such-file'])
        expect(await policy(path), path).toBe("'self'");
      for (const path of ['/embed.html', '/embed'])
        expect(await policy(path), path).toBe(`'self' ${HOST_PAGES}`);
    });

    it('keeps powerful features and other windows away, and strings out of script sinks', async () => {
      for (const path of ['/', '/embed.html', '/no-such-file']) {
        const { headers } = await send(origin, path);
        expect(headers['permissions-policy'], path).toMatch(/(^|, )camera=\(\)/);
        expect(headers['permissions-policy'], path).toMatch(/(^|, )microphone=\(\)/);
        expect(headers['permissions-policy'], path).toMatch(/(^|, )geolocation=\(\)/);
        // "Copy link" in a frame needs the clipboard, which the policy leaves alone.
        expect(headers['permissions-policy'], path).not.toContain('clipboard');
        expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
        expect(headers['content-security-policy'], path).toContain(
          "require-trusted-types-for 'script'",
        );
      }
    });

    it.each([
      ['/%23/decision?v=1', '/#/decision?v=1'],
      ['/%23%2Fdecision?v=1&objectives=clients', '/#/decision?v=1&objectives=clients'],
      [
        '/embed.html%23/decision?v=1&objectives=media',
        '/embed.html#/decision?v=1&objectives=media',
      ],
      ['/embed%23/decision?v=1', '/embed#/decision?v=1'],
      ['/tools/connect/%23/decision?v=1', '/tools/connect/#/decision?v=1'],
    ])(
      'sends a link whose # a mail scanner encoded, %s, back to its fragment',
      async (path, to) => {
        const reply = await send(origin, path);
        expect(reply.status).toBe(302);
        expect(reply.headers.location).toBe(to);
      },
    );

    it.each(['//evil.example/%23/decision?v=1', '/%5C%5Cevil.example/%23/decision', '/%23/other'])(
      '%s is not redirected anywhere',
      async (path) => {
        const reply = await send(origin, path);
        expect(reply.status).toBe(404);
        expect(reply.headers.location).toBeUndefined();
      },
    );

    it('sends the Brotli file when the browser takes it, else gzip, else the file', async () => {
      const path = '/assets/app-abc123.js';
      const plain = await send(origin, path);
      expect(plain.headers['content-encoding']).toBeUndefined();
      const br = await send(origin, path, 'GET', { 'accept-encoding': 'gzip, deflate, br' });
      expect(br.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(br.body)).toEqual(plain.body);
      const gz = await send(origin, path, 'GET', { 'accept-encoding': 'gzip' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.body)).toEqual(plain.body);
      expect(br.body.length).toBeLessThan(plain.body.length);
      expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect((await send(origin, '/')).headers['cache-control']).toBe('no-cache');
    });

    it('survives a file deleted since it started (a rebuild), failing that request alone', async () => {
      rmSync(join(dir, 'dist', gone));
      const reply = await send(origin, `/${gone}`).catch(() => null);
      // Found at start, gone now: the request ends without the file (an error, or no body).
      if (reply) expect(reply.body.toString()).not.toContain('console.log');
      expect(server.exitCode).toBeNull();
      expect((await send(origin, '/')).status).toBe(200);
    });

    it('ignores a range it would have trusted (bytes=9-1) and sends the whole file', async () => {
      const reply = await send(origin, '/index.html', 'GET', { range: 'bytes=9-1' });
      expect(reply.status).toBe(200);
      expect(reply.body.toString()).toBe(INDEX);
      expect(server.exitCode).toBeNull();
    });
  });
}

describe('the firm settings on serve.mjs (FIRM_DIR)', () => {
  let settings: string;
  let origin: string;
  const firmFile = (version: string) =>
    JSON.stringify({ version: 1, firm: `Hartley & Rowe LLP ${version}`, revised: '2026-12-01' });
  beforeAll(async () => {
    settings = mkdtempSync(join(tmpdir(), 'serve-settings-'));
    let server: ChildProcess;
    ({ server, origin } = await start(['--root', join(dir, 'dist')], { FIRM_DIR: settings }));
    servers.push(server);
  });
  afterAll(() => rmSync(settings, { recursive: true, force: true }));

  it('answers 204 No Content, not a 404 that browsers log, while there are none', async () => {
    for (const path of ['/firm.json', '/firms/acme.json', '/firm.json?x=1']) {
      const reply = await http1(origin, path);
      expect(reply.status, path).toBe(204);
      expect(reply.body.length, path).toBe(0);
      expect(reply.headers['cache-control'], path).toBe('no-cache');
    }
    expect((await http1(origin, '/firm.json', 'HEAD')).status).toBe(204);
    // Only those names: the folder itself, other files and other pack names are not served.
    for (const path of ['/firms/', '/firms/ACME.json', '/firms/a/b.json', '/firm.json.bak'])
      expect((await http1(origin, path)).status, path).toBe(404);
  });

  it('serves the files in the folder, read afresh: an edit while it runs is sent whole', async () => {
    writeFileSync(join(settings, 'firm.json'), firmFile('v1'));
    const first = await http1(origin, '/firm.json');
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(first.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(first.body.toString()).toBe(firmFile('v1'));

    // Longer, then shorter, than the file the server first saw.
    for (const version of ['v2 with a much longer name than before', 'v3']) {
      writeFileSync(join(settings, 'firm.json'), firmFile(version));
      const reply = await http1(origin, '/firm.json');
      expect(reply.body.toString()).toBe(firmFile(version));
      expect(Number(reply.headers['content-length'])).toBe(reply.body.length);
    }

    mkdirSync(join(settings, 'firms'));
    writeFileSync(join(settings, 'firms', 'acme.json'), firmFile('acme'));
    expect((await http1(origin, '/firms/acme.json')).body.toString()).toBe(firmFile('acme'));
    rmSync(join(settings, 'firm.json'));
    expect((await http1(origin, '/firm.json')).status).toBe(204);
  });

  it('never serves a firm.json left in the build folder', async () => {
    const root = join(dir, 'dist');
    writeFileSync(join(root, 'stale.json'), '{}');
    writeFileSync(join(root, 'firm.json'), firmFile('stale'));
    try {
      const { server, origin: other } = await start(['--root', root], { FIRM_DIR: settings });
      servers.push(server);
      const reply = await http1(other, '/firm.json');
      expect(reply.status).toBe(204);
      expect(reply.body.toString()).not.toContain('stale');
    } finally {
      rmSync(join(root, 'firm.json'));
      rmSync(join(root, 'stale.json'));
    }
  });
});

describe('a build and the firm settings', () => {
  it('the build empties only dist/, which holds no settings folder, and ships no settings', async () => {
    const config = await resolveConfig({}, 'build', 'production');
    const outDir = resolve(config.root, config.build.outDir);
    expect(outDir).toBe(DIST);
    // Whatever the build empties is inside outDir; the settings are not.
    expect(isInside(DEFAULT_FIRM_DIR, outDir)).toBe(false);
    expect(isInside(outDir, DEFAULT_FIRM_DIR)).toBe(false);
    // Nothing the build copies can overwrite a deployer's firm.json or firms/.
    const published = readdirSync(config.publicDir);
    expect(published).not.toContain('firm.json');
    expect(published).not.toContain('firms');
    expect(existsSync(join(config.publicDir, 'firm.json'))).toBe(false);
  });

  it('the server refuses a FIRM_DIR inside dist/, which the next build would delete', async () => {
    const { code, output } = await run(['--root', join(dir, 'dist')], {
      FIRM_DIR: join(DIST, 'settings'),
    });
    expect(code).toBe(1);
    expect(output).toContain('every build empties');
  });
});

describe('serve.mjs refuses to start', () => {
  it('without a build, and does not build one', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'serve-empty-'));
    try {
      const { code, output } = await run(['--root', empty]);
      expect(code).toBe(1);
      expect(output).toContain('--build');
      expect(output).not.toMatch(/vite|built in/i);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it.each(['*', 'https://a.example; script-src *', 'intranet.example', 'https://a.example/path'])(
    'with --frame-ancestors %j, which is not a list of origins',
    async (list) => {
      const { code, output } = await run(['--root', join(dir, 'dist'), '--frame-ancestors', list]);
      expect(code).toBe(1);
      expect(output).toContain('is not an origin');
    },
  );

  it.each(['https://*.com', 'https://*.co.uk', 'https://*.netlify.app', 'http://*.localhost'])(
    'with --frame-ancestors %j, a wildcard over a domain anyone can have',
    async (list) => {
      const { code, output } = await run(['--root', join(dir, 'dist'), '--frame-ancestors', list]);
      expect(code).toBe(1);
      expect(output).toContain('name your own domain');
    },
  );
});

describe('serve.mjs takes a wildcard before a domain someone owns', () => {
  it.each(['https://*.example.co.uk', 'https://*.intranet.example:8443'])('%s', async (list) => {
    const { server, origin } = await start([
      '--root',
      join(dir, 'dist'),
      '--frame-ancestors',
      list,
    ]);
    servers.push(server);
    const csp = String((await http1(origin, '/embed.html')).headers['content-security-policy']);
    expect(csp).toContain(`frame-ancestors 'self' ${list}`);
  });
});
