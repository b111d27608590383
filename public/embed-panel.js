// The panel's side of the embed (public/embed.js is the other). embed.js opens /embed#host=<its page's origin>&kept=…;
// this tells that page the chat is here, asks it to close the panel on Escape, puts the caret in the send box when
// the panel opens, and, where the browser refuses storage to a framed page, has that page keep the conversation.
(function () {
  'use strict';

  var parentWindow = window.parent;
  if (parentWindow === window) return;
  var params = new URLSearchParams(location.hash.slice(1));
  var hostOrigin = params.get('host');
  if (!hostOrigin) return;
  // The conversation's token was in the address: not left there.
  history.replaceState(null, '', location.pathname);

  // Delivered only if the framing page really is hostOrigin: frame-ancestors let it in, postMessage checks which it is.
  function tell(message) {
    parentWindow.postMessage(message, hostOrigin);
  }

  function ownStorage() {
    try {
      window.sessionStorage.setItem('bounce-back.probe', '1');
      window.sessionStorage.removeItem('bounce-back.probe');
      window.localStorage.getItem('bounce-back.probe');
      return true;
    } catch (error) {
      return false;
    }
  }

  // What app.js would keep, held here and copied to the practice's page by `messageType` after every change.
  function standIn(kept, messageType) {
    var values = {};
    try {
      values = JSON.parse(kept || '{}') || {};
    } catch (error) {
      values = {};
    }
    var keep = function () {
      tell({ type: messageType, value: Object.keys(values).length ? JSON.stringify(values) : null });
    };
    return {
      getItem: function (key) {
        return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : null;
      },
      setItem: function (key, value) {
        values[key] = String(value);
        keep();
      },
      removeItem: function (key) {
        delete values[key];
        keep();
      }
    };
  }

  // Chrome refuses storage to a page framed by another site whenever third-party cookies are blocked (always in
  // incognito). Then the practice's page keeps what app.js would have kept, and hands it back in the address of the
  // next panel it opens: the conversation in its sessionStorage for this tab, a check-in's key in its localStorage.
  if (!ownStorage()) {
    window.bounceBackStorage = standIn(params.get('kept'), 'bounce-back:keep');
    window.bounceBackDurableStorage = standIn(params.get('durable'), 'bounce-back:keep-durable');
  }

  function sendBox() {
    return document.querySelector('#chat input[type="text"], #chat textarea');
  }

  // Web Chat may still be loading: wait for its send box, unless the person has moved on meanwhile.
  function focusSendBox() {
    var box = sendBox();
    if (box) {
      box.focus();
      return;
    }
    var watcher = new MutationObserver(function () {
      var found = sendBox();
      if (!found) return;
      watcher.disconnect();
      if (document.hasFocus()) found.focus();
    });
    watcher.observe(document.documentElement, { childList: true, subtree: true });
  }

  // Web Chat uses Escape itself inside the transcript (it sends focus back to the send box), and says so with preventDefault.
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !event.defaultPrevented) tell({ type: 'bounce-back:close' });
  });

  window.addEventListener('message', function (event) {
    if (event.source === parentWindow && event.origin === hostOrigin && event.data && event.data.type === 'bounce-back:focus') focusSendBox();
  });

  tell({ type: 'bounce-back:ready' });
})();
