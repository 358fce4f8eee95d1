// The contact-centre console: plain DOM, no framework, no inline script (the page's CSP allows
// only this file). Residents' words are only ever set as textContent, never as HTML.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  let lang = document.documentElement.lang === 'cy' ? 'cy' : 'en';
  let strings = {};
  let session = null;
  let openId = null;
  let events = null;

  const t = (key, vars) => (strings[key] || key).replace(/\{\{(\w+)\}\}/g, (_, k) => (vars && vars[k] !== undefined ? String(vars[k]) : ''));

  async function loadStrings() {
    const stored = safeStorage('get', 'console-lang');
    if (!new URLSearchParams(location.search).get('lang') && (stored === 'cy' || stored === 'en')) lang = stored;
    strings = await (await fetch('/staff/console/strings.json?lang=' + lang, { credentials: 'same-origin' })).json();
    document.documentElement.lang = lang;
    document.title = t('title');
    for (const el of document.querySelectorAll('[data-text]')) el.textContent = t(el.dataset.text);
    for (const el of document.querySelectorAll('[data-label]')) el.setAttribute('aria-label', t(el.dataset.label));
    $('language').setAttribute('lang', lang === 'cy' ? 'en' : 'cy');
  }

  function safeStorage(op, key, value) {
    try {
      return op === 'get' ? localStorage.getItem(key) : localStorage.setItem(key, value);
    } catch (e) {
      return null;
    }
  }

  function show(section) {
    for (const id of ['sign-in', 'change', 'queue', 'conversation']) $(id).hidden = id !== section;
    $('who').hidden = $('sign-out').hidden = !session;
    if (session) $('who').textContent = t('signed_in_as', { name: session.displayName });
  }

  function say(key) {
    $('message').hidden = !key;
    $('message').textContent = key ? t(key) : '';
    if (key) $('message').focus && $('main').focus();
  }

  async function api(method, url, body) {
    const headers = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && session) headers['x-csrf-token'] = session.csrfToken;
    const res = await fetch(url, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
    let data = null;
    try {
      data = await res.json();
    } catch (e) {
      data = null;
    }
    if (res.status === 401 && url !== '/staff/session') signedOut('not_signed_in');
    return { status: res.status, data: data };
  }

  function signedOut(key) {
    session = null;
    if (events) events.close();
    events = null;
    show('sign-in');
    $('oidc').hidden = document.body.dataset.oidc !== 'on';
    say(key);
    $('name').focus();
  }

  async function start() {
    await loadStrings();
    const signin = new URLSearchParams(location.search).get('signin');
    const r = await api('GET', '/staff/session');
    if (r.status !== 200) return signedOut(signin === 'no-account' ? 'sign_in_no_account' : signin === 'unavailable' ? 'sign_in_unavailable' : signin ? 'sign_in_failed' : null);
    signedIn(r.data);
  }

  function signedIn(data) {
    session = data;
    say(null);
    if (session.mustChangePassword) {
      show('change');
      $('current').focus();
      return;
    }
    showQueue();
    listen();
  }

  $('sign-in-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const r = await api('POST', '/staff/session', { name: $('name').value, password: $('password').value });
    $('password').value = '';
    if (r.status === 200) return signedIn(r.data);
    say(r.status === 429 ? 'sign_in_locked' : 'sign_in_wrong');
  });

  $('change-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const r = await api('POST', '/staff/session/password', { currentPassword: $('current').value, newPassword: $('new').value });
    $('current').value = $('new').value = '';
    if (r.status === 200) return signedIn(Object.assign({}, session, { mustChangePassword: false }));
    if (r.status === 403) return say('change_wrong');
    if (r.status === 429) return say('sign_in_locked');
    say(r.data && r.data.reason ? 'change_' + r.data.reason : 'change_wrong');
  });

  $('sign-out').addEventListener('click', async () => {
    await api('POST', '/staff/session/sign-out');
    signedOut(null);
  });

  $('language').addEventListener('click', async () => {
    lang = lang === 'cy' ? 'en' : 'cy';
    safeStorage('set', 'console-lang', lang);
    await loadStrings();
    if (session) $('who').textContent = t('signed_in_as', { name: session.displayName });
    if (!$('queue').hidden) showQueue();
    if (!$('conversation').hidden && openId) openConversation(openId);
  });

  // ---- The queue and one conversation (routes of src/staff/handoffs) ----

  const reasonText = (reason) => (strings['reason_' + reason] ? t('reason_' + reason) : t('reason_unlisted'));

  function statusText(h) {
    if (h.status === 'taken') return t('status_taken', { name: h.takenBy ? h.takenBy.displayName || h.takenBy.name || h.takenBy : '' });
    return t('status_' + h.status);
  }

  async function showQueue() {
    openId = null;
    const r = await api('GET', '/staff/handoffs');
    if (r.status !== 200) return;
    show('queue');
    const list = $('queue-list');
    list.replaceChildren();
    const items = r.data.handoffs || [];
    $('queue-empty').hidden = items.length > 0;
    for (const h of items) {
      const li = document.createElement('li');
      const text = document.createElement('span');
      const minutes = h.waitingMinutes !== undefined ? h.waitingMinutes : 0;
      text.textContent = [statusText(h), t('language_' + (h.language || 'en')), reasonText(h.reason), h.channel, h.reference || ''].filter(Boolean).join(' · ');
      const meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = h.status === 'waiting' ? t('waiting_for', { minutes: minutes }) : '';
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = t('open');
      button.addEventListener('click', () => openConversation(h.id));
      li.append(text, meta, button);
      list.append(li);
    }
  }

  function line(entry) {
    const li = document.createElement('li');
    li.className = entry.from;
    if (entry.language) li.lang = entry.language;
    const who = document.createElement('span');
    who.className = 'who';
    who.textContent = t('from_' + entry.from) + (entry.staffName ? ' (' + entry.staffName + ')' : '');
    li.append(who, document.createTextNode(entry.text || ''));
    return li;
  }

  async function openConversation(id) {
    openId = id;
    const r = await api('GET', '/staff/handoffs/' + encodeURIComponent(id));
    if (r.status !== 200) return showQueue();
    const h = r.data;
    show('conversation');
    $('conversation-meta').textContent = [statusText(h), t('language_' + (h.language || 'en')), reasonText(h.reason), h.channel].filter(Boolean).join(' · ');
    const dl = $('case-summary');
    dl.replaceChildren();
    const summary = h.summary || {};
    const pairs = Object.entries(summary).filter(([, v]) => v !== null && v !== undefined && v !== '');
    if (h.reference) pairs.unshift([t('reference'), h.reference]);
    if (!pairs.length) pairs.push(['', t('no_case')]);
    for (const [k, v] of pairs) {
      const dt = document.createElement('dt');
      dt.textContent = k;
      const dd = document.createElement('dd');
      dd.textContent = typeof v === 'string' ? v : JSON.stringify(v);
      dl.append(dt, dd);
    }
    $('transcript').replaceChildren(...(h.transcript || []).map(line));
    const mine = h.status === 'taken' && h.takenBy && (h.takenBy.name || h.takenBy) === session.name;
    $('accept').hidden = h.status !== 'waiting';
    $('reply-form').hidden = $('handback-form').hidden = !mine;
    $('conversation-heading').focus && $('conversation-heading').setAttribute('tabindex', '-1');
  }

  $('back').addEventListener('click', () => showQueue());

  $('accept').addEventListener('click', async () => {
    const r = await api('POST', '/staff/handoffs/' + encodeURIComponent(openId) + '/accept');
    if (r.status === 409) say('taken_by_someone_else');
    await openConversation(openId);
    if (r.status === 200) $('reply').focus();
  });

  $('reply-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const text = $('reply').value.trim();
    if (!text) return;
    const r = await api('POST', '/staff/handoffs/' + encodeURIComponent(openId) + '/messages', { text: text });
    if (r.status !== 200 && r.status !== 201 && r.status !== 202) return say('reply_failed');
    $('reply').value = '';
    say(null);
    await openConversation(openId);
    $('reply').focus();
  });

  $('handback-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const note = $('note').value.trim();
    await api('POST', '/staff/handoffs/' + encodeURIComponent(openId) + '/handback', note ? { note: note } : {});
    $('note').value = '';
    showQueue();
  });

  // Live: the server-sent stream says something changed; the page re-reads what it shows.
  function listen() {
    if (events || typeof EventSource === 'undefined') return;
    events = new EventSource('/staff/handoffs/events', { withCredentials: true });
    events.onopen = () => ($('live').textContent = t('live'));
    events.onerror = () => ($('live').textContent = t('offline'));
    events.onmessage = () => refresh();
    events.addEventListener('handoff', () => refresh());
    events.addEventListener('message', () => refresh());
  }

  let pending = false;
  function refresh() {
    if (pending) return;
    pending = true;
    setTimeout(async () => {
      pending = false;
      if (!session || session.mustChangePassword) return;
      if (openId && !$('conversation').hidden) await openConversation(openId);
      else if (!$('queue').hidden) await showQueue();
    }, 150);
  }

  start();
})();
