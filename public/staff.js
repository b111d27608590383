// The staff page: sign in with the staff token, then contact requests, crisis counts and unanswered questions.
// Everything people wrote is put on the page with textContent, never as HTML.
(function () {
  'use strict';

  var STATUS_LABELS = { new: 'New', contacted: 'Contacted', closed: 'Closed' };
  var KIND_LABELS = {
    suicidal: 'Suicidal thoughts',
    selfHarm: 'Self-harm',
    planOrMeans: 'A plan or means',
    harmedByOthers: 'Being harmed by someone',
    childAtRisk: 'A child at risk',
    harmToOthers: 'Wanting to harm someone else'
  };
  var WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  var TIME = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' });
  var DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

  var csrfToken = null;
  var endTimer = null;

  function byId(id) {
    return document.getElementById(id);
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function say(text) {
    byId('notice').textContent = text || '';
  }

  // One JSON call to our own API: the session cookie goes with it, and the CSRF token with anything that changes state.
  function call(method, url, body) {
    var headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
    return fetch(url, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        return response.status === 204 ? { status: 204, body: null } : response.json().then(function (json) {
          return { status: response.status, body: json };
        }, function () {
          return { status: response.status, body: null };
        });
      }, function () {
        return { status: 0, body: null };
      });
  }

  function clearDashboard() {
    ['requests', 'crisis-chart', 'crisis-table-head', 'crisis-table-body', 'unanswered'].forEach(function (id) {
      byId(id).replaceChildren();
    });
  }

  function showSignIn(message) {
    csrfToken = null;
    clearTimeout(endTimer);
    clearDashboard();
    byId('dashboard').hidden = true;
    byId('sign-out').hidden = true;
    byId('signed-in').hidden = true;
    byId('sign-in').hidden = false;
    say(message);
    byId('token').focus();
  }

  function sessionEnded() {
    showSignIn('Your session has ended. Please sign in again.');
  }

  function showDashboard(session) {
    csrfToken = session.csrfToken;
    var expiresAt = new Date(session.expiresAt);
    byId('sign-in').hidden = true;
    byId('dashboard').hidden = false;
    byId('sign-out').hidden = false;
    byId('signed-in').textContent = 'Signed in until ' + TIME.format(expiresAt);
    byId('signed-in').hidden = false;
    clearTimeout(endTimer);
    // People's details leave the screen when the session ends, even if nobody touches the page.
    endTimer = setTimeout(sessionEnded, Math.max(0, expiresAt.getTime() - Date.now()));
    return loadAll();
  }

  function loadAll() {
    return Promise.all([loadRequests(), loadCrisis(), loadUnanswered()]);
  }

  // --- contact requests ---

  function contactLink(request) {
    var scheme = request.contactKind === 'email' ? 'mailto:' : request.contactKind === 'phone' ? 'tel:' : null;
    if (!scheme) return element('span', null, request.contact);
    var link = element('a', null, request.contact);
    link.href = scheme + encodeURI(request.contact);
    return link;
  }

  function detail(list, term, value) {
    list.append(element('dt', null, term));
    var description = element('dd');
    description.append(value);
    list.append(description);
    return description;
  }

  function renderRequest(request, index) {
    var item = element('li', 'request');
    var heading = element('h3');
    heading.id = 'request-' + index;
    heading.append(element('span', 'reference', request.reference), element('span', null, request.name));
    var details = element('dl');
    detail(details, request.contactKind === 'phone' ? 'Phone' : 'Email', contactLink(request));
    detail(details, 'Good time', request.time);
    if (request.note) detail(details, 'Note', request.note);
    var made = element('time', null, WHEN.format(new Date(request.createdAt)));
    made.dateTime = request.createdAt;
    detail(details, 'Asked', made);
    detail(details, 'Status', element('span', 'badge badge-' + request.status, STATUS_LABELS[request.status] || request.status));
    var actions = element('div', 'actions');
    // Forward first: contacted, then closed; back to new last.
    ['contacted', 'closed', 'new'].filter(function (status) {
      return status !== request.status;
    }).forEach(function (status) {
      var button = element('button', status === 'new' ? 'quiet' : null, status === 'new' ? 'Mark as new again' : 'Mark as ' + STATUS_LABELS[status].toLowerCase());
      button.type = 'button';
      button.setAttribute('aria-describedby', heading.id);
      button.addEventListener('click', function () {
        setStatus(request, status, item, index);
      });
      actions.append(button);
    });
    item.append(heading, details, actions);
    return item;
  }

  function setStatus(request, status, item, index) {
    return call('PATCH', '/staff/api/contact-requests/' + encodeURIComponent(request.id), { status: status }).then(function (result) {
      if (result.status === 401) return sessionEnded();
      if (result.status === 404) return say(request.reference + ' no longer exists: it may have been deleted.');
      if (result.status !== 200) return say('That change did not go through. Please try again.');
      var updated = renderRequest(result.body, index);
      item.replaceWith(updated);
      updated.querySelector('button').focus();
      say(request.reference + ' is now marked as ' + STATUS_LABELS[result.body.status].toLowerCase() + '.');
    });
  }

  function loadRequests() {
    var status = byId('status-filter').value;
    return call('GET', '/staff/api/contact-requests' + (status ? '?status=' + encodeURIComponent(status) : '')).then(function (result) {
      if (result.status === 401) return sessionEnded();
      if (result.status !== 200) return say('The contact requests could not be loaded. Please try again.');
      var list = byId('requests');
      list.replaceChildren.apply(list, result.body.requests.map(renderRequest));
      byId('requests-empty').hidden = result.body.requests.length > 0;
    });
  }

  // --- crisis replies ---

  function kindLabel(kind) {
    return KIND_LABELS[kind] || kind;
  }

  function renderChart(data) {
    var max = 1;
    data.days.forEach(function (day) {
      data.kinds.forEach(function (kind) {
        max = Math.max(max, day.counts[kind]);
      });
    });
    var chart = byId('crisis-chart');
    chart.replaceChildren.apply(chart, data.days.map(function (day) {
      var row = element('div', 'chart-day');
      var bars = element('div', 'chart-bars');
      data.kinds.filter(function (kind) {
        return day.counts[kind] > 0;
      }).forEach(function (kind) {
        var bar = element('div', 'chart-bar');
        // Set through the CSSOM, which the page's style-src does not govern; a style attribute would be refused.
        bar.style.width = (100 * day.counts[kind] / max) + '%';
        var track = element('div', 'chart-track');
        track.append(bar, element('span', null, String(day.counts[kind])));
        var line = element('div', 'chart-row');
        line.append(element('span', null, kindLabel(kind)), track);
        bars.append(line);
      });
      if (!bars.childElementCount) bars.append(element('span', 'chart-none', 'None'));
      row.append(element('div', 'chart-date', DAY.format(new Date(day.day + 'T00:00:00Z'))), bars);
      return row;
    }));
  }

  function renderTable(data) {
    var head = byId('crisis-table-head');
    var headings = ['Day'].concat(data.kinds.map(kindLabel), ['All']).map(function (text) {
      var cell = element('th', null, text);
      cell.scope = 'col';
      return cell;
    });
    head.replaceChildren.apply(head, headings);
    var body = byId('crisis-table-body');
    body.replaceChildren.apply(body, data.days.map(function (day) {
      var row = element('tr');
      var date = element('th', null, DAY.format(new Date(day.day + 'T00:00:00Z')));
      date.scope = 'row';
      row.append(date);
      var total = 0;
      data.kinds.forEach(function (kind) {
        total += day.counts[kind];
        row.append(element('td', null, String(day.counts[kind])));
      });
      row.append(element('td', null, String(total)));
      return row;
    }));
  }

  function loadCrisis() {
    return call('GET', '/staff/api/crisis-replies').then(function (result) {
      if (result.status === 401) return sessionEnded();
      if (result.status !== 200) return say('The crisis counts could not be loaded. Please try again.');
      renderChart(result.body);
      renderTable(result.body);
    });
  }

  // --- questions the FAQ could not answer ---

  function loadUnanswered() {
    return call('GET', '/staff/api/unanswered-questions').then(function (result) {
      if (result.status === 401) return sessionEnded();
      if (result.status !== 200) return say('The unanswered questions could not be loaded. Please try again.');
      byId('unanswered-off').hidden = result.body.enabled;
      byId('unanswered-empty').hidden = !result.body.enabled || result.body.questions.length > 0;
      var list = byId('unanswered');
      list.replaceChildren.apply(list, result.body.questions.map(function (question) {
        var item = element('li', 'question');
        var asked = element('time', null, WHEN.format(new Date(question.askedAt)));
        asked.dateTime = question.askedAt;
        item.append(element('p', null, question.text), asked);
        return item;
      }));
    });
  }

  // --- signing in and out ---

  function signIn(event) {
    event.preventDefault();
    var input = byId('token');
    var error = byId('token-error');
    var token = input.value.trim();
    error.hidden = true;
    if (!token) {
      error.textContent = 'Enter the staff token.';
      error.hidden = false;
      input.focus();
      return;
    }
    call('POST', '/staff/api/session', { token: token }).then(function (result) {
      if (result.status !== 200) {
        error.textContent = result.status === 401 ? "That isn't the staff token. Check it and try again." : 'Signing in did not work just now. Please try again.';
        error.hidden = false;
        input.select();
        input.focus();
        return;
      }
      input.value = '';
      say('');
      return call('GET', '/staff/api/session').then(function (check) {
        // Signed in, but the cookie did not stick: a browser keeps a Secure cookie only over https.
        if (check.status !== 200) return showSignIn('Your browser did not keep the sign-in. Open this page over https and try again.');
        return showDashboard(check.body).then(function () {
          byId('requests-title').focus();
        });
      });
    });
  }

  function signOut() {
    call('DELETE', '/staff/api/session').then(function (result) {
      showSignIn(result.status === 204 ? 'You have signed out.' : 'Your session has ended. Please sign in again.');
    });
  }

  byId('sign-in-form').addEventListener('submit', signIn);
  byId('sign-out').addEventListener('click', signOut);
  byId('status-filter').addEventListener('change', loadRequests);
  byId('refresh').addEventListener('click', loadAll);
  // Headings take focus after signing in, so a keyboard user starts at the list.
  byId('requests-title').tabIndex = -1;

  call('GET', '/staff/api/session').then(function (result) {
    if (result.status === 200) return showDashboard(result.body);
    byId('sign-in').hidden = false;
  });
})();
