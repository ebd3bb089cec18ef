import { describe, expect, it, vi } from 'vitest';
import { createBridge, referrerOrigin, type BridgeHost } from './bridge';

const PARENT_ORIGIN = 'https://intranet.example';

function setup(options: { frameId?: string; events?: boolean; referrer?: string } = {}) {
  const parent = { postMessage: vi.fn<(message: unknown, targetOrigin: string) => void>() };
  let handler: ((event: MessageEvent) => void) | undefined;
  const host: BridgeHost = {
    parent,
    referrer: options.referrer ?? '',
    listen(h) {
      handler = h;
      return () => {
        handler = undefined;
      };
    },
  };
  const onLinked = vi.fn();
  const bridge = createBridge(
    { frameId: options.frameId ?? 'f1', events: options.events ?? false, onLinked },
    host,
  );
  const receive = (data: unknown, origin = PARENT_ORIGIN, source: unknown = parent) =>
    handler?.({ data, origin, source } as MessageEvent);
  const hello = {
    ns: 'dt-embed',
    v: 1,
    frameId: options.frameId ?? 'f1',
    type: 'dt:hello',
    payload: {},
  };
  const sent = () =>
    parent.postMessage.mock.calls.map(([m, target]) => ({
      type: (m as { type: string }).type,
      payload: (m as { payload: unknown }).payload,
      target,
    }));
  return { bridge, parent, receive, hello, sent, onLinked, isListening: () => !!handler };
}

describe('the embed’s side of protocol v1', () => {
  it('before the handshake sends only its height, to the referrer’s origin or *', () => {
    const { bridge, sent, parent } = setup({ referrer: `${PARENT_ORIGIN}/` });
    bridge.resize(700.2);
    bridge.step(2);
    bridge.scrollRequest(0);
    bridge.complete('accept');
    expect(sent()).toEqual([
      { type: 'dt:resize', payload: { height: 701 }, target: PARENT_ORIGIN },
    ]);
    expect(parent.postMessage.mock.calls[0]?.[0]).toEqual({
      ns: 'dt-embed',
      v: 1,
      frameId: 'f1',
      type: 'dt:resize',
      payload: { height: 701 },
    });
    const anon = setup();
    anon.bridge.resize(300);
    expect(anon.sent()).toEqual([{ type: 'dt:resize', payload: { height: 300 }, target: '*' }]);
  });

  it('reports a height only when it changed by a pixel or more', () => {
    const { bridge, sent } = setup();
    bridge.resize(500);
    bridge.resize(499.5);
    bridge.resize(500);
    bridge.resize(Number.NaN);
    bridge.resize(-3);
    bridge.resize(501);
    expect(sent().map((m) => m.payload)).toEqual([{ height: 500 }, { height: 501 }]);
  });

  it('locks to the parent’s origin on hello, then answers with ready and its height', () => {
    const { bridge, receive, hello, sent, onLinked } = setup({ events: true });
    bridge.resize(640);
    receive(hello);
    expect(bridge.linked).toBe(true);
    expect(onLinked).toHaveBeenCalledTimes(1);
    bridge.step(3);
    bridge.scrollRequest(12.7);
    bridge.complete('accept');
    bridge.resize(650);
    expect(sent().slice(1)).toEqual([
      { type: 'dt:ready', payload: { protocol: 1 }, target: PARENT_ORIGIN },
      { type: 'dt:resize', payload: { height: 640 }, target: PARENT_ORIGIN },
      { type: 'dt:step', payload: { index: 3 }, target: PARENT_ORIGIN },
      { type: 'dt:scroll-request', payload: { top: 12 }, target: PARENT_ORIGIN },
      { type: 'dt:complete', payload: { outcomeId: 'accept' }, target: PARENT_ORIGIN },
      { type: 'dt:resize', payload: { height: 650 }, target: PARENT_ORIGIN },
    ]);
  });

  it('sends dt:complete only with events=1', () => {
    const { bridge, receive, hello, sent } = setup({ events: false });
    receive(hello);
    bridge.complete('dont-connect');
    expect(sent().map((m) => m.type)).not.toContain('dt:complete');
  });

  it('ignores hellos from another window, a wrong frame id, a bad shape or an opaque origin', () => {
    const { bridge, receive, hello } = setup();
    receive(hello, PARENT_ORIGIN, {});
    receive(hello, PARENT_ORIGIN, null);
    receive({ ...hello, frameId: 'f2' });
    receive({ ...hello, ns: 'other' });
    receive({ ...hello, v: 2 });
    receive(JSON.stringify(hello));
    receive(null);
    receive(hello, 'null');
    expect(bridge.linked).toBe(false);
  });

  it('once locked, ignores a hello from another origin, even from the parent window', () => {
    const { bridge, receive, hello, sent } = setup({ events: true });
    receive(hello);
    receive(hello, 'https://evil.example');
    bridge.complete('accept');
    expect(sent().every((m) => m.target === PARENT_ORIGIN)).toBe(true);
  });

  it('stops listening when stopped', () => {
    const { bridge, isListening } = setup();
    expect(isListening()).toBe(true);
    bridge.stop();
    expect(isListening()).toBe(false);
  });

  it('reads the referrer’s origin only', () => {
    expect(referrerOrigin('https://contoso.sharepoint.com/sites/km/Page.aspx?x=1')).toBe(
      'https://contoso.sharepoint.com',
    );
    expect(referrerOrigin('')).toBe('*');
    expect(referrerOrigin('not a url')).toBe('*');
  });
});
