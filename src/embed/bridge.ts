import { envelope, isHello, type ChildMessage } from './protocol';

/** What the bridge needs of the browser: injectable for tests. */
export interface BridgeHost {
  /** The window that framed us (`window.parent`). */
  parent: { postMessage(message: unknown, targetOrigin: string): void };
  /** `document.referrer`: at most the host page's origin, often empty. */
  referrer: string;
  listen(handler: (event: MessageEvent) => void): () => void;
}

export interface Bridge {
  /** Reports the document's height (rounded up); only when it changed by a pixel or more. */
  resize(height: number): void;
  /** A new screen: its position on the path (0 = the first question). After the handshake only. */
  step(index: number): void;
  /** Asks the parent to bring `top` (px inside the frame) into view. After the handshake only. */
  scrollRequest(top: number): void;
  /** An outcome was reached by the user. Only after the handshake, and only with `events=1`. */
  complete(outcomeId: string): void;
  /** True once a parent script has said hello: the frame's height follows its content. */
  readonly linked: boolean;
  stop(): void;
}

/** `document.referrer`'s origin, or '*' when the host sent none (height messages only). */
export function referrerOrigin(referrer: string): string {
  try {
    const origin = new URL(referrer).origin;
    return origin === 'null' ? '*' : origin;
  } catch {
    return '*';
  }
}

/**
 * The child side of protocol v1. Until a parent says `dt:hello` it sends only its height
 * (nothing about the user), to the referrer's origin when known, else to '*'. The first
 * hello from `window.parent` locks the parent's origin: from then on every message goes
 * to that origin alone, and messages from any other window or origin are ignored.
 * Nothing in a message is ever rendered, navigated to or evaluated.
 */
export function createBridge(
  options: { frameId?: string; events: boolean; onLinked?: () => void },
  host: BridgeHost,
): Bridge {
  const frameId = options.frameId ?? '';
  let parentOrigin: string | null = null;
  let lastHeight = -1;

  const post = (message: ChildMessage, target: string) => {
    try {
      host.parent.postMessage(envelope(frameId, message), target);
    } catch {
      // A detached or sandboxed parent: the embed still works at a fixed height.
    }
  };
  const postLinked = (message: ChildMessage) => {
    if (parentOrigin !== null) post(message, parentOrigin);
  };

  const unlisten = host.listen((event) => {
    if (event.source !== host.parent) return;
    if (parentOrigin !== null && event.origin !== parentOrigin) return;
    if (!isHello(event.data, options.frameId)) return;
    // An opaque origin ('null') can't be addressed without '*': stay unlinked.
    if (!/^https?:\/\/[^/]+$/.test(event.origin)) return;
    const first = parentOrigin === null;
    parentOrigin = event.origin;
    post({ type: 'dt:ready', payload: { protocol: 1 } }, parentOrigin);
    if (lastHeight >= 0) post({ type: 'dt:resize', payload: { height: lastHeight } }, parentOrigin);
    if (first) options.onLinked?.();
  });

  return {
    resize(height) {
      if (!Number.isFinite(height) || height < 0) return;
      const h = Math.ceil(height);
      if (Math.abs(h - lastHeight) < 1) return;
      lastHeight = h;
      post(
        { type: 'dt:resize', payload: { height: h } },
        parentOrigin ?? referrerOrigin(host.referrer),
      );
    },
    step(index) {
      postLinked({ type: 'dt:step', payload: { index } });
    },
    scrollRequest(top) {
      postLinked({ type: 'dt:scroll-request', payload: { top: Math.max(0, Math.floor(top)) } });
    },
    complete(outcomeId) {
      if (options.events) postLinked({ type: 'dt:complete', payload: { outcomeId } });
    },
    get linked() {
      return parentOrigin !== null;
    },
    stop: unlisten,
  };
}

/** The real browser, when framed; null at the top level (nothing to talk to). */
export function browserHost(win: Window = window): BridgeHost | null {
  if (win.parent === win) return null;
  return {
    parent: win.parent,
    referrer: win.document.referrer,
    listen(handler) {
      win.addEventListener('message', handler);
      return () => win.removeEventListener('message', handler);
    },
  };
}

/**
 * Reports the document's height whenever it may have changed: a ResizeObserver on the
 * root element (widths, fonts), and a MutationObserver for new content. The second
 * matters because Chromium stops rendering (and so ResizeObserver and rAF) in a
 * cross-origin frame that is out of view: a loader frame further down the page must still
 * grow to its content before the reader scrolls to it. Measuring forces a layout, which
 * works either way. The root's box is the content's height (the embed has no viewport
 * units or full-height boxes), so it shrinks as well as grows.
 */
export function watchHeight(bridge: Bridge, doc: Document = document): () => void {
  const root = doc.documentElement;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const measure = () => {
    timer = undefined;
    bridge.resize(root.getBoundingClientRect().height);
  };
  const schedule = () => {
    timer ??= setTimeout(measure, 0);
  };
  const resize = new ResizeObserver(schedule);
  resize.observe(root);
  const mutations = new MutationObserver(schedule);
  mutations.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
  });
  schedule();
  return () => {
    resize.disconnect();
    mutations.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
}
