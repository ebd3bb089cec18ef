import { describe, expect, it, vi } from 'vitest';
import { copy, VALID } from './fixtures';
import { firmSettings, loadFirmSettings, settingsRequest } from './loadSettings';

function answer(body: string, init: ResponseInit = {}) {
  return vi.fn<typeof fetch>(() => Promise.resolve(new Response(body, init)));
}
const notFound = () => answer('Not found', { status: 404 });
const json = JSON.stringify(VALID);

describe('settingsRequest', () => {
  it('firm.json by default, firms/<id>.json for ?pack=<id>', () => {
    expect(settingsRequest('')).toEqual({ ok: true, path: 'firm.json' });
    expect(settingsRequest('?firm=Acme&accent=004c97')).toEqual({ ok: true, path: 'firm.json' });
    expect(settingsRequest('?pack=hartley-rowe')).toEqual({
      ok: true,
      path: 'firms/hartley-rowe.json',
      id: 'hartley-rowe',
    });
  });

  it('refuses a settings file name that could reach another folder, file or origin', () => {
    for (const search of [
      '?pack=',
      '?pack=../secrets',
      '?pack=a/b',
      '?pack=%2F%2Fevil.com',
      '?pack=Acme',
      '?pack=a.json',
      `?pack=${'a'.repeat(41)}`,
      '?pack=a&pack=b',
    ])
      expect(settingsRequest(search).ok).toBe(false);
  });
});

describe('loadFirmSettings', () => {
  it('no firm.json (404): none, silently', async () => {
    const fetch = notFound();
    await expect(loadFirmSettings('', fetch)).resolves.toEqual({ kind: 'none' });
    expect(fetch).toHaveBeenCalledWith(
      'firm.json',
      expect.objectContaining({ mode: 'same-origin' }),
    );
  });

  it('a host that answers “no content” (204) for firm.json: none, silently', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(() =>
      Promise.resolve(new Response(null, { status: 204 })),
    );
    await expect(loadFirmSettings('', fetch)).resolves.toEqual({ kind: 'none' });
    // A requested settings file with no content is missing, as with a 404.
    const missing = await loadFirmSettings('?pack=acme', fetch);
    const missing404 = await loadFirmSettings('?pack=acme', notFound());
    expect(missing).toMatchObject({ kind: 'notice', id: 'acme' });
    expect(missing).toEqual(missing404);
  });

  it('a host that answers with its own HTML page for firm.json: none, silently', async () => {
    const fetch = answer('<!doctype html><title>App</title>', {
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
    await expect(loadFirmSettings('', fetch)).resolves.toEqual({ kind: 'none' });
  });

  it('a valid firm.json: the settings', async () => {
    await expect(loadFirmSettings('', answer(json))).resolves.toEqual({
      kind: 'settings',
      settings: VALID,
      file: VALID,
    });
  });

  it('a firm.json in two languages: the settings in the page’s, the file as written', async () => {
    const file = {
      ...VALID,
      firm: { en: 'Hartley & Rowe LLP', fr: 'Hartley & Rowe S.E.N.C.R.L.' },
    };
    const loaded = await loadFirmSettings('', answer(JSON.stringify(file)));
    expect(loaded).toMatchObject({
      kind: 'settings',
      settings: { firm: 'Hartley & Rowe LLP' },
      file,
    });
  });

  it('a valid requested settings file: the settings and its id, fetched by a relative URL, no-cache', async () => {
    const fetch = answer(json);
    await expect(loadFirmSettings('?pack=acme', fetch)).resolves.toEqual({
      kind: 'settings',
      settings: VALID,
      file: VALID,
      id: 'acme',
    });
    expect(fetch).toHaveBeenCalledWith(
      'firms/acme.json',
      expect.objectContaining({
        mode: 'same-origin',
        cache: 'no-cache',
        credentials: 'same-origin',
      }),
    );
  });

  it('a requested settings file that is missing: a notice naming the file', async () => {
    await expect(loadFirmSettings('?pack=acme', notFound())).resolves.toEqual({
      kind: 'notice',
      id: 'acme',
      problem: 'The firm file firms/acme.json was not found.',
    });
  });

  it('a server error: a notice', async () => {
    const r = await loadFirmSettings('', answer('', { status: 500 }));
    expect(r).toEqual({ kind: 'notice', problem: expect.stringContaining('500') as string });
  });

  it('a file that is not JSON: a notice', async () => {
    await expect(loadFirmSettings('', answer('{ "version": 1, }'))).resolves.toEqual({
      kind: 'notice',
      problem: expect.stringContaining('not valid JSON') as string,
    });
  });

  it('a requested settings file that is HTML: a notice (it was asked for)', async () => {
    const r = await loadFirmSettings(
      '?pack=acme',
      answer('<html></html>', { headers: { 'content-type': 'text/html' } }),
    );
    expect(r.kind).toBe('notice');
  });

  it('a file the schema refuses: a notice naming the field', async () => {
    const f = copy();
    f.policyUrl = 'javascript:alert(1)';
    await expect(loadFirmSettings('', answer(JSON.stringify(f)))).resolves.toEqual({
      kind: 'notice',
      problem: 'The firm file’s policyUrl: it should be a web address starting https://.',
    });
  });

  const TOO_BIG = { kind: 'notice', problem: 'The firm file is larger than 64 KB.' };

  it('a file far too large: a notice, not parsed', async () => {
    const r = await loadFirmSettings('', answer(`{"firm": "${'x'.repeat(70_000)}"}`));
    expect(r).toEqual(TOO_BIG);
  });

  /** A body of `chunks` pieces of 16 KB, counting how many the loader read. */
  function streamed(chunks: number, headers: Record<string, string> = {}) {
    let read = 0;
    const piece = new TextEncoder().encode(' '.repeat(16 * 1024));
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (read === chunks) return controller.close();
          read += 1;
          controller.enqueue(piece);
        },
      },
      // Nothing is pulled until the loader reads.
      { highWaterMark: 0 },
    );
    const fetch = vi.fn<typeof globalThis.fetch>(() =>
      Promise.resolve(new Response(body, { headers })),
    );
    return { fetch, read: () => read };
  }

  it('a file whose length says it is too large (60 MB): refused before any of it is read', async () => {
    const file = streamed(3840, { 'content-length': String(60 * 1024 * 1024) });
    await expect(loadFirmSettings('', file.fetch)).resolves.toEqual(TOO_BIG);
    expect(file.read()).toBe(0);
  });

  it('a file that grows past 64 KB as it is read (a gzip bomb): reading stops just past the limit', async () => {
    // 60 MB once unzipped, with no length to say so (or a small one, of the zipped bytes).
    const file = streamed(3840, { 'content-length': '60000' });
    await expect(loadFirmSettings('', file.fetch)).resolves.toEqual(TOO_BIG);
    expect(file.read()).toBeLessThanOrEqual(6);
  });

  it('a file of exactly 64 KB is read', async () => {
    const file = streamed(4);
    const r = await loadFirmSettings('', file.fetch);
    // Read whole (and refused for what it holds, not for its size).
    expect(r.kind === 'notice' && r.problem).toContain('not valid JSON');
    expect(file.read()).toBe(4);
  });

  it('a network failure: a notice, never a rejection', async () => {
    const failing = vi.fn<typeof fetch>(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(loadFirmSettings('?pack=acme', failing)).resolves.toEqual({
      kind: 'notice',
      id: 'acme',
      problem: 'The firm file firms/acme.json could not be loaded (a network error).',
    });
  });

  it('a bad settings file name: a notice, and nothing is fetched', async () => {
    const fetch = answer(json);
    const r = await loadFirmSettings('?pack=../../evil', fetch);
    expect(r.kind).toBe('notice');
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('firmSettings', () => {
  it('fetches once per page, however often it is asked', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(() =>
      Promise.resolve(new Response('', { status: 404 })),
    );
    vi.stubGlobal('fetch', fetch);
    try {
      const first = firmSettings('');
      expect(firmSettings('?pack=other')).toBe(first);
      await expect(first).resolves.toEqual({ kind: 'none' });
      expect(fetch).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
