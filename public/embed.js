/*! Should I connect? embed loader, protocol v1. No dependencies, no build step.
 *
 *   <div data-should-i-connect data-src="https://tools.example/embed.html"
 *        data-accent="00467f"></div>
 *   <script src="https://tools.example/embed.js" data-firm="Smith & Co" async></script>
 *
 * Turns each such element into an iframe whose height follows its content. See
 * docs/embedding.md. Options go to the frame's query string, where the app validates them;
 * the page's own address is never passed.
 *
 * Pages whose editors can add a data-* attribute but not a script (most intranet sanitisers
 * keep data-* and strip scripts) can add an element, so what an element says is trusted only
 * as far as the script tag allows:
 * - Who the tool speaks for comes from the script tag alone: data-firm, data-contact,
 *   data-pack and data-frame-title. On an element they are ignored, with a warning.
 * - The look of each embed may come from either, the element's winning: data-accent,
 *   data-theme, data-body, data-title, data-events, data-lang (en or fr), data-height (before
 *   the frame reports a height) and data-min-height, both clamped like a reported height.
 * - An element's data-src must be on this script's origin, or one the script tag lists in
 *   data-allow-origins, and its query and fragment are dropped unless the script tag's
 *   data-allow-src-parts names them ("query", "fragment").
 *
 * A frame that has not spoken within a few seconds of loading (the tool's server refused this
 * page, or the network failed) is replaced by a plain link that opens the tool in a new tab.
 */
(function () {
  'use strict';

  var NS = 'dt-embed';
  var VERSION = 1;
  // About twice the tallest screen at a 320 px width (an outcome with all its extras): a
  // frame that asks for more is broken or hostile, and must not push the host page's own
  // content out of reach.
  var MAX_HEIGHT = 16000;
  var DEFAULT_HEIGHT = 720;
  var DEFAULT_MIN_HEIGHT = 200;
  /** Long enough for a slow phone on a slow network; the frame answers at once once loaded. */
  var READY_TIMEOUT_MS = 6000;
  /** Options only the script tag may give: who the tool speaks for, and under what name. */
  var TRUSTED = ['firm', 'contact', 'pack'];
  /** Options an element may give, for its own embed. */
  var LOOKS = ['accent', 'theme', 'body', 'title', 'events', 'lang'];
  var TITLE = 'Should I connect? A LinkedIn invitation guide';
  // The words of the link that replaces a frame that could not be shown.
  var UNAVAILABLE = 'The LinkedIn invitation guide can’t be shown inside this page.';
  var OPEN = 'Open “Should I connect?” in a new tab';
  var SELECTOR = '[data-should-i-connect]';
  var READY = 'data-should-i-connect-ready';
  var script = document.currentScript;

  function number(value, fallback) {
    var n = parseInt(value, 10);
    return isFinite(n) && n >= 0 ? n : fallback;
  }

  function clamp(n, least, most) {
    return Math.min(most, Math.max(least, n));
  }

  /** The script tag's value for an attribute, or null. */
  function fromScript(name) {
    return script ? script.getAttribute(name) : null;
  }

  /** An element's value for a look, else the script tag's, or null. */
  function look(el, name) {
    var own = el.getAttribute(name);
    return own !== null ? own : fromScript(name);
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

  /** What the script tag lets an element's data-src carry besides the address. */
  var srcParts = (fromScript('data-allow-src-parts') || '').split(/\s+/);

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
    if (url.search && srcParts.indexOf('query') < 0) {
      warn(
        "data-src's query (" +
          url.search.slice(0, 80) +
          ') is left out: options go in data-* attributes, or name "query" in the script ' +
          "tag's data-allow-src-parts.",
      );
      url.search = '';
    }
    if (url.hash && srcParts.indexOf('fragment') < 0) {
      warn(
        "data-src's fragment is left out: to open embeds at a shared decision, name " +
          '"fragment" in the script tag\'s data-allow-src-parts.',
      );
      url.hash = '';
    }
    return url;
  }

  /** An element's attempt at what only the script tag may say: ignored, and said so. */
  function ignoreUntrusted(el) {
    var names = ['data-frame-title'];
    for (var i = 0; i < TRUSTED.length; i++) names.push('data-' + TRUSTED[i]);
    for (var j = 0; j < names.length; j++) {
      if (el.hasAttribute(names[j]))
        warn(
          names[j] +
            ' on an embed element is ignored: the firm, its contact, its settings and the ' +
            "frame's title come from embed.js's own script tag.",
        );
    }
  }

  /**
   * The plain link that replaces a frame that could not be shown: the full page (with the
   * firm's settings file, and the decision the frame was to open), in a new tab.
   */
  function fallback(url) {
    var page = new URL('./', url);
    var pack = url.searchParams.get('pack');
    if (pack) page.searchParams.set('pack', pack);
    page.hash = url.hash || '#/';
    var box = document.createElement('div');
    box.setAttribute('lang', 'en');
    box.setAttribute('data-should-i-connect-unavailable', '');
    box.style.border = '1px solid currentColor';
    box.style.borderRadius = '4px';
    box.style.padding = '12px 16px';
    box.style.maxWidth = '100%';
    box.style.boxSizing = 'border-box';
    box.style.overflowWrap = 'break-word';
    var text = document.createElement('p');
    text.style.margin = '0 0 8px';
    text.textContent = UNAVAILABLE;
    var link = document.createElement('a');
    link.href = page.href;
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = OPEN;
    // A target at least 24 px tall (WCAG 2.5.8), however small the page's text.
    link.style.display = 'inline-block';
    link.style.padding = '4px 0';
    link.style.minHeight = '24px';
    box.appendChild(text);
    box.appendChild(link);
    return box;
  }

  function mount(el) {
    if (el.hasAttribute(READY)) return;
    var url = frameSource(el);
    if (!url) return;
    el.setAttribute(READY, '');

    ignoreUntrusted(el);
    var frameId = randomId();
    var origin = url.origin;
    for (var i = 0; i < TRUSTED.length; i++) {
      var trusted = fromScript('data-' + TRUSTED[i]);
      if (trusted !== null) url.searchParams.set(TRUSTED[i], trusted);
    }
    for (var k = 0; k < LOOKS.length; k++) {
      var value = look(el, 'data-' + LOOKS[k]);
      if (value !== null) url.searchParams.set(LOOKS[k], value);
    }
    url.searchParams.set('frameId', frameId);

    // Starting heights are held to the bounds of a reported one: an element can't give the
    // page a frame taller than the frame itself could ask for.
    var minHeight = clamp(number(look(el, 'data-min-height'), DEFAULT_MIN_HEIGHT), 0, MAX_HEIGHT);
    var startHeight = clamp(number(look(el, 'data-height'), DEFAULT_HEIGHT), minHeight, MAX_HEIGHT);
    var iframe = document.createElement('iframe');
    iframe.src = url.href;
    iframe.title = fromScript('data-frame-title') || TITLE;
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('allow', 'clipboard-write');
    // The frame learns our origin (never the page's path), to answer before the handshake.
    iframe.setAttribute('referrerpolicy', 'strict-origin');
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.style.border = '0';
    iframe.style.height = startHeight + 'px';

    var linked = false;
    // Set on the frame's first load, cleared by its first message: a frame that stays silent
    // was refused (frame-ancestors) or failed to load, and shows the browser's error page.
    var silence = null;
    var heard = false;

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
      heard = true;
      if (silence !== null) {
        clearTimeout(silence);
        silence = null;
      }
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
    function stop() {
      window.removeEventListener('message', onMessage);
      iframe.removeEventListener('load', onLoad);
      if (observer) observer.disconnect();
      if (silence !== null) clearTimeout(silence);
      silence = null;
    }

    function unmount() {
      stop();
      if (iframe.parentNode === el) el.removeChild(iframe);
      el.removeAttribute(READY);
    }

    function onLoad() {
      hello();
      if (silence !== null || heard) return;
      silence = setTimeout(function () {
        silence = null;
        if (heard) return;
        stop();
        warn(
          "the frame did not answer (refused by the tool's server, or not loaded): a link replaces it.",
        );
        if (iframe.parentNode === el) el.replaceChild(fallback(url), iframe);
        emit('unavailable', {});
      }, READY_TIMEOUT_MS);
    }

    window.addEventListener('message', onMessage);
    iframe.addEventListener('load', onLoad);
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
