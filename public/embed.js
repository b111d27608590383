// Bounce Back on a practice's own site. One line in any page, <script src="https://BOT-HOST/embed.js" async></script>,
// adds a chat button in the bottom corner; it opens the web chat (BOT-HOST/embed) in a panel. The conversation carries
// on across the site's pages and reloads in the same tab: the panel keeps it in its own storage, or, where the browser
// refuses a framed page storage, asks this page to keep it (public/embed-panel.js).
// Everything is built with DOM calls inside a shadow root: no innerHTML (pages with Trusted Types), no inline styles
// (pages with a strict style-src), and the site's own CSS neither reaches in nor is touched.
(function () {
  'use strict';

  // Captured at once: document.currentScript is only set while this script first runs (async or not).
  var script = document.currentScript;
  if (!script || !script.src) return;
  var BOT = new URL(script.src).origin;
  var HOST_ID = 'bounce-back-embed';
  var OPEN_KEY = 'bounce-back.embed.open';
  var KEPT_KEY = 'bounce-back.embed.kept';
  // Only after the person agrees to a check-in on their goal: its key, so a later visit is asked it (in localStorage).
  var DURABLE_KEY = 'bounce-back.embed.durable';
  // A refused frame (a site not in EMBED_ORIGINS) or an unreachable bot still fires load, but never says it is ready.
  var READY_GRACE_MS = 3000;

  var WORDS = {
    open: 'Chat with Bounce Back',
    button: 'Chat',
    title: 'Bounce Back',
    close: 'Close chat',
    frame: 'Bounce Back chat',
    failed: "The chat can't open on this page just now.",
    failedLink: 'Open the chat in a new tab'
  };

  var CSS = [
    ':host { all: initial; }',
    '[hidden] { display: none !important; }',
    '.embed { font-family: "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 16px; line-height: 1.45; color: #1f2d2b; }',
    '.launcher { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; display: inline-flex; align-items: center; gap: 8px;',
    '  min-height: 52px; margin: 0; padding: 0 20px 0 16px; border: 0; border-radius: 999px; background: #11675f; color: #fff;',
    '  font: inherit; font-weight: 600; cursor: pointer; box-shadow: 0 4px 16px rgb(11 61 58 / 30%); }',
    '.launcher:hover { background: #0b3d3a; }',
    '.launcher:focus-visible, .close:focus-visible, .failed a:focus-visible { outline: 3px solid #0b3d3a; outline-offset: 3px; box-shadow: 0 0 0 3px #fff; }',
    '.launcher svg, .close svg { flex: none; fill: currentColor; }',
    '.panel { position: fixed; right: 20px; bottom: 84px; z-index: 2147483001; display: flex; flex-direction: column;',
    '  width: min(400px, calc(100vw - 40px)); height: min(640px, calc(100vh - 104px)); overflow: hidden;',
    '  border-radius: 14px; background: #fff; box-shadow: 0 8px 32px rgb(11 61 58 / 28%); }',
    '.bar { display: flex; align-items: center; gap: 8px; padding: 6px 6px 6px 16px; background: #11675f; color: #fff; }',
    '.title { flex: 1; font-weight: 600; }',
    '.close { display: inline-flex; align-items: center; justify-content: center; width: 44px; height: 44px; margin: 0; padding: 0;',
    '  border: 0; border-radius: 999px; background: transparent; color: #fff; cursor: pointer; }',
    '.close:hover { background: rgb(255 255 255 / 14%); }',
    'iframe { display: block; flex: 1; width: 100%; min-height: 0; border: 0; background: #fff; }',
    '.failed { margin: 0; padding: 16px; }',
    '.failed a { color: #11675f; font-weight: 600; }',
    // On a phone the panel takes the whole screen, and its own close button stands in for the covered launcher.
    '@media (max-width: 480px) {',
    '  .panel { top: 0; right: 0; bottom: 0; left: 0; width: auto; height: auto; border-radius: 0; }',
    '  .open .launcher { display: none; }',
    '}'
  ].join('\n');

  function element(name, attributes, children) {
    var node = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (key) {
      node.setAttribute(key, attributes[key]);
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function icon(pathData) {
    var SVG = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', '24');
    svg.setAttribute('height', '24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var shape = document.createElementNS(SVG, 'path');
    shape.setAttribute('d', pathData);
    svg.appendChild(shape);
    return svg;
  }

  // A constructed sheet is not inline style, so a strict style-src on the site does not block it.
  function addStyles(root) {
    if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } else {
      root.appendChild(element('style', {}, [CSS]));
    }
  }

  // The site's own storage: for this tab (sessionStorage), whether the panel was open and what the panel asked it to
  // keep; for longer (localStorage, durable), a check-in's key.
  function storageOf(durable) {
    return durable ? localStorage : sessionStorage;
  }

  function put(key, value, durable) {
    try {
      if (value === null) storageOf(durable).removeItem(key);
      else storageOf(durable).setItem(key, value);
    } catch (error) {
      // Storage refused: the next page starts with the panel closed, or a fresh conversation.
    }
  }

  function get(key, durable) {
    try {
      return storageOf(durable).getItem(key);
    } catch (error) {
      return null;
    }
  }

  function mount() {
    // The snippet pasted twice, or run again by a site that swaps its pages in place.
    if (document.getElementById(HOST_ID)) return;
    var hostElement = element('div', { id: HOST_ID });
    var root = hostElement.attachShadow({ mode: 'open' });
    addStyles(root);

    var launcher = element('button', { type: 'button', class: 'launcher', 'aria-label': WORDS.open, 'aria-expanded': 'false', 'aria-controls': 'panel' }, [
      icon('M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z'),
      WORDS.button
    ]);
    var close = element('button', { type: 'button', class: 'close', 'aria-label': WORDS.close }, [
      icon('M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z')
    ]);
    var failed = element('p', { class: 'failed', hidden: '' }, [
      WORDS.failed + ' ',
      element('a', { href: BOT + '/', target: '_blank', rel: 'noopener' }, [WORDS.failedLink])
    ]);
    var panel = element('div', { id: 'panel', class: 'panel', role: 'dialog', 'aria-label': WORDS.title, hidden: '' }, [
      element('div', { class: 'bar' }, [element('span', { class: 'title' }, [WORDS.title]), close]),
      failed
    ]);
    var wrapper = element('div', { class: 'embed' }, [launcher, panel]);
    root.appendChild(wrapper);

    var frame = null;
    var ready = false;
    var wantsFocus = false;

    function focusPanel() {
      wantsFocus = false;
      // Focusing the frame from here is what lets the panel, another origin, place the caret itself.
      frame.focus();
      frame.contentWindow.postMessage({ type: 'bounce-back:focus' }, BOT);
    }

    function createFrame() {
      var address = new URLSearchParams({ host: location.origin, kept: get(KEPT_KEY) || '', durable: get(DURABLE_KEY, true) || '' });
      frame = element('iframe', { title: WORDS.frame, src: BOT + '/embed#' + address });
      frame.addEventListener('load', function () {
        setTimeout(function () {
          if (ready) return;
          frame.hidden = true;
          failed.hidden = false;
          if (wantsFocus) failed.querySelector('a').focus();
        }, READY_GRACE_MS);
      });
      panel.insertBefore(frame, failed);
    }

    function open(moveFocus) {
      if (!frame) createFrame();
      panel.hidden = false;
      wrapper.classList.add('open');
      launcher.setAttribute('aria-expanded', 'true');
      put(OPEN_KEY, '1');
      wantsFocus = moveFocus;
      if (moveFocus && ready) focusPanel();
      else if (moveFocus && !failed.hidden) failed.querySelector('a').focus();
    }

    function shut(returnFocus) {
      panel.hidden = true;
      wrapper.classList.remove('open');
      launcher.setAttribute('aria-expanded', 'false');
      put(OPEN_KEY, null);
      wantsFocus = false;
      if (returnFocus) launcher.focus();
    }

    launcher.addEventListener('click', function () {
      if (panel.hidden) open(true);
      else shut(false);
    });
    close.addEventListener('click', function () {
      shut(true);
    });
    // Keys inside the frame never reach this page: the panel sends its Escape over as a message.
    wrapper.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && !panel.hidden) shut(true);
    });
    window.addEventListener('message', function (event) {
      if (!frame || event.source !== frame.contentWindow || event.origin !== BOT || !event.data) return;
      if (event.data.type === 'bounce-back:ready') {
        ready = true;
        if (wantsFocus && !panel.hidden) focusPanel();
      } else if (event.data.type === 'bounce-back:close' && !panel.hidden) {
        shut(true);
      } else if (event.data.type === 'bounce-back:keep') {
        put(KEPT_KEY, typeof event.data.value === 'string' ? event.data.value : null);
      } else if (event.data.type === 'bounce-back:keep-durable') {
        put(DURABLE_KEY, typeof event.data.value === 'string' ? event.data.value : null, true);
      }
    });

    document.body.appendChild(hostElement);
    // Open on the last page: open here too, without taking focus from wherever the person is.
    if (get(OPEN_KEY) === '1') open(false);
  }

  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
