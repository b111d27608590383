// The chat page: opens (or resumes) a Direct Line conversation and renders Bot Framework Web Chat into <main id="chat">.
(function () {
  'use strict';

  var STORAGE_KEY = 'bounce-back.webchat';
  // Only after the person agrees to a check-in: a random key, so a later visit (a new conversation) is asked it.
  var RETURN_KEY = 'bounce-back.check-in';
  var RETURN_KEY_EVENT = 'bounceBack.returnKey';
  var ONLINE = 2;
  var FAILED = 4;
  var ENDED = 5;
  var nonce = document.currentScript && document.currentScript.nonce;
  var chat = document.getElementById('chat');
  var notice = document.getElementById('notice');
  var startOver = document.getElementById('start-over');

  var MESSAGES = {
    429: "You're sending messages faster than I can read them. Please wait a minute, then try again.",
    413: "That message is a little long for me. Could you say it in fewer words?",
    other: "That message didn't reach me. Please check your connection and try again.",
    offline: "I can't reach the chat just now. Please try again in a moment.",
    deleted: "I've deleted our conversation. This is a fresh one."
  };

  function showNotice(text) {
    notice.textContent = text;
    notice.hidden = false;
  }

  function hideNotice() {
    notice.hidden = true;
    notice.textContent = '';
  }

  // Kept in sessionStorage, so a reload in this tab resumes the conversation and a new tab starts afresh.
  // The watermark is not kept: Web Chat's transcript lives in memory, so a reload replays from the start.
  // In the panel on another site a browser may refuse storage: public/embed-panel.js then offers the site's page instead.
  function storage() {
    return window.bounceBackStorage || window.sessionStorage;
  }

  function saved() {
    try {
      var value = JSON.parse(storage().getItem(STORAGE_KEY) || 'null');
      return value && value.domain && value.token && value.conversationId ? value : null;
    } catch (error) {
      return null;
    }
  }

  // Storage refused and nowhere else to keep it: the chat still works, and a reload starts afresh.
  function save(session) {
    try {
      storage().setItem(STORAGE_KEY, JSON.stringify(session));
    } catch (error) {
      // Nothing kept.
    }
  }

  function forget() {
    try {
      storage().removeItem(STORAGE_KEY);
    } catch (error) {
      // Nothing was kept.
    }
  }

  // In the panel on another site, where the browser refuses storage, public/embed-panel.js offers the site's page.
  function durableStorage() {
    return window.bounceBackDurableStorage || window.localStorage;
  }

  function keptReturnKey() {
    try {
      return durableStorage().getItem(RETURN_KEY);
    } catch (error) {
      return null;
    }
  }

  // null forgets it. Without storage, a check-in still comes while this conversation lasts.
  function keepReturnKey(value) {
    try {
      if (value === null) durableStorage().removeItem(RETURN_KEY);
      else durableStorage().setItem(RETURN_KEY, value);
    } catch (error) {
      // Nothing kept.
    }
  }

  function postJson(url, token, body) {
    var headers = token ? { Authorization: 'Bearer ' + token } : {};
    headers['Content-Type'] = 'application/json';
    return fetch(url, { method: 'POST', headers: headers, body: JSON.stringify(body || {}), credentials: 'omit' }).then(function (response) {
      return response.ok ? response.json() : null;
    }).catch(function () {
      return null;
    });
  }

  // A saved conversation whose token still works is resumed (with a fresh token); otherwise a new one starts.
  function openSession() {
    var previous = saved();
    var resumed = previous
      ? postJson(previous.domain + '/tokens/refresh', previous.token).then(function (refreshed) {
          return refreshed && refreshed.token ? { domain: previous.domain, token: refreshed.token, conversationId: previous.conversationId, resumed: true } : null;
        })
      : Promise.resolve(null);
    return resumed.then(function (session) {
      if (session) return session;
      forget();
      var kept = keptReturnKey();
      return postJson('/api/webchat/session', null, kept ? { returnKey: kept } : {}).then(function (fresh) {
        if (!fresh) throw new Error('no session');
        return { domain: fresh.domain, token: fresh.token, conversationId: fresh.conversationId, resumed: false };
      });
    });
  }

  function rejectionMessage(action) {
    var status = action.payload && (action.payload.status || (action.payload.xhr && action.payload.xhr.status));
    return MESSAGES[status] || MESSAGES.other;
  }

  function endsConversation(action) {
    var activity = action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && action.payload.activity;
    return !!activity && activity.type === 'endOfConversation' && activity.from && activity.from.role === 'bot';
  }

  // onEnded: the bot ended the conversation ("delete my data"), and its token no longer works.
  function createStore(onEnded) {
    return window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/POST_ACTIVITY_REJECTED') showNotice(rejectionMessage(action));
          if (action.type === 'DIRECT_LINE/POST_ACTIVITY_FULFILLED') hideNotice();
          if (endsConversation(action)) setTimeout(onEnded, 0);
          var incoming = action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && action.payload.activity;
          if (incoming && incoming.type === 'event' && incoming.name === RETURN_KEY_EVENT && incoming.from && incoming.from.role === 'bot') keepReturnKey(String(incoming.value));
          return next(action);
        };
      };
    });
  }

  var styleOptions = {
    accent: '#11675f',
    backgroundColor: '#ffffff',
    primaryFont: '"Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif',
    rootHeight: '100%',
    botAvatarImage: '/logo.png',
    botAvatarInitials: 'BB',
    userAvatarInitials: '',
    bubbleBackground: '#eef7f3',
    bubbleBorderColor: '#d4ebe3',
    bubbleBorderRadius: 14,
    bubbleTextColor: '#1f2d2b',
    bubbleFromUserBackground: '#11675f',
    bubbleFromUserBorderColor: '#11675f',
    bubbleFromUserBorderRadius: 14,
    bubbleFromUserTextColor: '#ffffff',
    suggestedActionLayout: 'flow',
    suggestedActionBorderRadius: 999,
    suggestedActionBorderColor: '#11675f',
    suggestedActionTextColor: '#11675f',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBackgroundColorOnHover: '#e2f2ec',
    sendBoxButtonColor: '#11675f',
    sendBoxBorderTop: 'solid 1px #d4ebe3',
    hideUploadButton: true,
    transcriptVisualKeyboardIndicatorColor: '#11675f'
  };

  function render(session, retried) {
    var directLine = window.WebChat.createDirectLine({
      domain: session.domain,
      token: session.token,
      conversationId: session.resumed ? session.conversationId : undefined,
      webSocket: true
    });
    var ended = false;
    // This conversation is over: forget it, and begin a new one.
    function startAfresh(retry) {
      ended = true;
      clearInterval(keepToken);
      forget();
      directLine.end();
      start(retry);
    }
    directLine.connectionStatus$.subscribe(function (status) {
      if (ended) return;
      if (status === ONLINE) {
        // Only a conversation that has really started is worth resuming.
        save({ domain: session.domain, token: directLine.token, conversationId: directLine.conversationId || session.conversationId });
      } else if ((status === FAILED || status === ENDED) && session.resumed && !retried) {
        // The saved conversation has gone (its retention ran out): begin a new one.
        startAfresh(true);
      } else if (status === FAILED) {
        showNotice(MESSAGES.offline);
      }
    });
    // directlinejs refreshes its token in the background; keep the newest one for the next reload.
    var keepToken = setInterval(function () {
      var current = saved();
      if (current && directLine.token && current.token !== directLine.token) save({ domain: current.domain, token: directLine.token, conversationId: current.conversationId });
    }, 60 * 1000);

    var store = createStore(function () {
      if (ended) return;
      keepReturnKey(null);
      startAfresh(false);
      showNotice(MESSAGES.deleted);
    });
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      styleOptions: styleOptions,
      nonce: nonce,
      locale: 'en-GB',
      // Screen readers announce who spoke; "Bounce Back said" reads better than "Bot BB said".
      overrideLocalizedStrings: { ACTIVITY_BOT_SAID_ALT: 'Bounce Back said:', ACTIVITY_YOU_SAID_ALT: 'You said:' }
    }, chat);

    // The embed panel has no "Start over" button: there it is typed.
    if (startOver) startOver.onclick = function () {
      store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: 'start over' } });
      var input = chat.querySelector('input[type="text"], textarea');
      if (input) input.focus();
    };
  }

  function start(retried) {
    openSession().then(function (session) {
      render(session, retried);
    }).catch(function () {
      showNotice(MESSAGES.offline);
    });
  }

  start(false);
})();
