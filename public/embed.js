/*! Should I connect? embed loader, protocol v1. No dependencies, no build step.
 *
 *   <div data-should-i-connect data-src="https://tools.example/embed.html"
 *        data-firm="Smith & Co" data-accent="00467f"></div>
 *   <script src="https://tools.example/embed.js" async></script>
 *
 * Turns each such element into an iframe whose height follows its content. Options
 * (data-firm, data-accent, data-theme, data-body, data-contact, data-title, data-events)
 * are passed to the frame's query string, where the app validates them; the page's own
 * address is never passed. data-height sets the height before the frame reports one,
 * data-min-height the least height it may take. See docs/embedding.md.
 *
 * It frames only the app it came from: a data-src on another origin than this script's is
 * left alone, unless the script tag itself lists that origin in data-allow-origins. Pages
 * whose editors can add a data-* attribute but not a script (most intranet sanitisers keep
 * data-* and strip scripts) can't point the loader at a page of their choosing.
 */
(function () {
  'use strict';

  var NS = 'dt-embed';
  var VERSION = 1;
  // About twice the tallest screen at a 320 px width (an outcome with all its extras): a
  // frame that asks for more is broken or hostile, and must not push the host page's own
  // content out of reach.
  var MAX_HEIGHT = 16000;
  var OPTIONS = ['firm', 'accent', 'theme', 'body', 'contact', 'title', 'events'];
  var TITLE = 'Should I connect? A LinkedIn invitation guide';
  var SELECTOR = '[data-should-i-connect]';
  var READY = 'data-should-i-connect-ready';
  var script = document.currentScript;

  function number(value, fallback) {
    var n = parseInt(value, 10);
    return isFinite(n) && n >= 0 ? n : fallback;
  }

  function randomId() {
    var bytes = new Uint8Array(9);
    var out = '';
    if (window.crypto && window.crypto.getRandomValues) window.crypto.getRandomValues(bytes);
    else for (var j = 0; j < bytes.length; j++) bytes[j] = Math.floor(Math.random() * 256);
    for (var i = 0; i < bytes.length; i++) out += ('0' + bytes[i].toString(16)).slice(-2);
    return 'sic-' + out;
  }

  var PREFIX = 'Should I connect? embed: ';
  var base = script && script.src ? script.src : location.href;
  var ownOrigin = new URL(base).origin;

  function warn(message) {
    if (window.console) console.warn(PREFIX + message);
  }

  /** This script's origin, and any the script tag lists in data-allow-origins. */
  var allowedOrigins = (function () {
    var list = [ownOrigin];
    var named = script ? (script.getAttribute('data-allow-origins') || '').split(/\s+/) : [];
    for (var i = 0; i < named.length; i++) {
      try {
        if (named[i]) list.push(new URL(named[i]).origin);
      } catch (e) {
        warn('data-allow-origins: "' + named[i].slice(0, 80) + '" is not an origin; ignored.');
      }
    }
    return list;
  })();

  function frameSource(el) {
    var src = el.getAttribute('data-src');
    var url;
    try {
      url = new URL(src || 'embed.html', src ? location.href : base);
    } catch (e) {
      url = null;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      warn('data-src is not an http(s) URL; left alone.');
      return null;
    }
    if (allowedOrigins.indexOf(url.origin) < 0) {
      warn(
        'data-src is on ' +
          url.origin +
          ', not on ' +
          ownOrigin +
          ' where embed.js came from; left alone. To frame it, list it in the script ' +
          "tag's data-allow-origins.",
      );
      return null;
    }
    return url;
  }

  function mount(el) {
    if (el.hasAttribute(READY)) return;
    var url = frameSource(el);
    if (!url) return;
    el.setAttribute(READY, '');

    var frameId = randomId();
    var origin = url.origin;
    for (var i = 0; i < OPTIONS.length; i++) {
      var value = el.getAttribute('data-' + OPTIONS[i]);
      if (value !== null) url.searchParams.set(OPTIONS[i], value);
    }
    url.searchParams.set('frameId', frameId);

    var minHeight = number(el.getAttribute('data-min-height'), 200);
    var iframe = document.createElement('iframe');
    iframe.src = url.href;
    iframe.title = el.getAttribute('data-frame-title') || TITLE;
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('allow', 'clipboard-write');
    // The frame learns our origin (never the page's path), to answer before the handshake.
    iframe.setAttribute('referrerpolicy', 'strict-origin');
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.style.border = '0';
    iframe.style.height = Math.max(minHeight, number(el.getAttribute('data-height'), 720)) + 'px';

    var linked = false;

    function hello() {
      if (!iframe.contentWindow) return;
      iframe.contentWindow.postMessage(
        { ns: NS, v: VERSION, frameId: frameId, type: 'dt:hello', payload: {} },
        origin,
      );
    }

    function emit(name, detail) {
      var event;
      try {
        event = new CustomEvent('should-i-connect:' + name, { detail: detail, bubbles: true });
      } catch (e) {
        return;
      }
      el.dispatchEvent(event);
    }

    function onMessage(event) {
      // Exactly our frame: its origin and its window, our namespace, version and id.
      if (event.origin !== origin || event.source !== iframe.contentWindow) return;
      var data = event.data;
      if (!data || typeof data !== 'object' || data.ns !== NS || data.v !== VERSION) return;
      if (data.frameId !== frameId) return;
      var payload = data.payload && typeof data.payload === 'object' ? data.payload : {};

      if (data.type === 'dt:ready') {
        // The frame answers each hello, and one may have been sent twice (on load and on an
        // early resize): the page hears of the handshake once.
        if (linked) return;
        linked = true;
        emit('ready', {});
      } else if (data.type === 'dt:resize') {
        // The frame is alive but may have missed the hello sent on load: say it again.
        if (!linked) hello();
        var height = payload.height;
        if (typeof height !== 'number' || !isFinite(height)) return;
        height = Math.min(MAX_HEIGHT, Math.max(minHeight, Math.ceil(height)));
        iframe.style.height = height + 'px';
      } else if (data.type === 'dt:scroll-request') {
        var top = typeof payload.top === 'number' && isFinite(payload.top) ? payload.top : 0;
        var box = iframe.getBoundingClientRect();
        // A point inside the frame: the request can't take the page past the frame's bottom.
        var target = box.top + Math.min(Math.max(0, top), box.height);
        var viewport = window.innerHeight || document.documentElement.clientHeight;
        // Only when the frame's top is out of view: never a jump the reader didn't need.
        if (target < 0 || target > viewport) window.scrollBy(0, target - 16);
      } else if (data.type === 'dt:step') {
        if (typeof payload.index === 'number') emit('step', { index: payload.index });
      } else if (data.type === 'dt:complete') {
        var id = payload.outcomeId;
        if (typeof id === 'string' && /^[a-z-]{1,32}$/.test(id))
          emit('complete', { outcomeId: id });
      }
    }

    var observer;
    function unmount() {
      window.removeEventListener('message', onMessage);
      iframe.removeEventListener('load', hello);
      if (observer) observer.disconnect();
      if (iframe.parentNode === el) el.removeChild(iframe);
      el.removeAttribute(READY);
    }

    window.addEventListener('message', onMessage);
    iframe.addEventListener('load', hello);
    if (window.MutationObserver) {
      // Clean up once the element leaves the page (single-page intranets replace content).
      observer = new MutationObserver(function () {
        if (!document.documentElement.contains(el)) unmount();
      });
      observer.observe(document.documentElement, { childList: true, subtree: true });
    }
    el.appendChild(iframe);
  }

  function load(root) {
    var list = (root || document).querySelectorAll(SELECTOR);
    for (var i = 0; i < list.length; i++) mount(list[i]);
  }

  // For pages that add an embed after this script ran: window.shouldIConnect.load().
  window.shouldIConnect = { load: load };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () {
      load();
    });
  } else {
    load();
  }
})();
