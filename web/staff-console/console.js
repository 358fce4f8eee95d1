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
    showQueue().then(listen);
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

  // ---- The queue and one conversation (src/handoff/api.ts) ----

  const reasonText = (reason) => (strings['reason_' + reason] ? t('reason_' + reason) : t('reason_unlisted'));
  // Actors are "person:<name>" (console), "staff:<system>" (a bearer token) or "hub": shown by name.
  const actorName = (actor) => (actor ? String(actor).replace(/^(person|staff):/, '') : '');
  const mine = (h) => h.state === 'taken' && h.takenBy === 'person:' + session.name;
  const languageText = (l) => t('language_' + (l === 'cy' ? 'cy' : 'en'));

  function statusText(h) {
    if (h.state === 'taken') return mine(h) ? t('status_yours') : t('status_taken', { name: actorName(h.takenBy) });
    return t('status_' + h.state);
  }

  let lastEventId = 0;

  async function showQueue() {
    openId = null;
    const r = await api('GET', '/staff/handoffs');
    if (r.status !== 200) return;
    lastEventId = Math.max(lastEventId, r.data.lastEventId || 0);
    show('queue');
    const list = $('queue-list');
    list.replaceChildren();
    const items = [].concat(r.data.waiting || [], r.data.callback || [], r.data.taken || [], r.data.finished || []);
    $('queue-empty').hidden = items.length > 0;
    for (const h of items) {
      const li = document.createElement('li');
      li.className = 'state-' + h.state;
      li.dataset.handoff = String(h.id);
      if (h.language) li.lang = h.language;
      const text = document.createElement('span');
      text.textContent = [statusText(h), languageText(h.language), reasonText(h.reason), t('channel', { channel: h.channel }), h.caseReference ? t('reference') + ' ' + h.caseReference : ''].filter(Boolean).join(' · ');
      const meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = h.state === 'finished' ? '' : t(h.state === 'waiting' || h.state === 'callback' ? 'waiting_for' : 'waited', { minutes: h.waitingMinutes || 0 });
      if (h.state === 'callback' && h.callback && h.callback.when) meta.textContent += ' · ' + t('callback_when', { when: h.callback.when });
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
    const who = document.createElement('span');
    who.className = 'who';
    who.textContent = t('from_' + entry.from);
    li.append(who, document.createTextNode(entry.text || ''));
    return li;
  }

  function pair(dl, key, value) {
    if (value === null || value === undefined || value === '') return;
    const dt = document.createElement('dt');
    dt.textContent = key;
    const dd = document.createElement('dd');
    dd.textContent = typeof value === 'string' ? value : JSON.stringify(value);
    dl.append(dt, dd);
  }

  async function openConversation(id) {
    openId = id;
    const r = await api('GET', '/staff/handoffs/' + encodeURIComponent(id));
    if (r.status !== 200) return showQueue();
    const h = r.data;
    show('conversation');
    $('conversation-meta').textContent = [statusText(h), languageText(h.language), reasonText(h.reason), t('channel', { channel: h.channel }), t(h.state === 'waiting' || h.state === 'callback' ? 'waiting_for' : 'waited', { minutes: h.waitingMinutes || 0 })].join(' · ');
    const dl = $('case-summary');
    dl.replaceChildren();
    const summary = h.summary || {};
    pair(dl, t('reference'), h.caseReference);
    const answers = summary.answers || {};
    // "When" in words, in the console's language ("since October 2024, ongoing"), not as stored.
    for (const key of Object.keys(answers)) pair(dl, strings['answer_' + key] ? t('answer_' + key) : key, key === 'when' && summary.when ? summary.when[lang] : answers[key]);
    if (summary.triage) pair(dl, t('triage'), [summary.triage.kind, summary.triage.urgent ? t('urgent') : '', summary.triage.safeguarding ? t('reason_safeguarding') : ''].filter(Boolean).join(', '));
    if (summary.adjustments && !answers.adjustments) pair(dl, t('answer_adjustments'), summary.adjustments);
    if (h.callback) pair(dl, t('callback'), [h.callback.when, h.callback.phone].filter(Boolean).join(' · '));
    if (!dl.children.length) pair(dl, '', t('no_case'));
    const transcript = $('transcript');
    transcript.lang = h.language === 'cy' ? 'cy' : 'en';
    transcript.replaceChildren(...(h.transcript || []).map(line));
    $('accept').hidden = h.state !== 'waiting' && h.state !== 'callback';
    $('reply-form').hidden = $('handback-form').hidden = !mine(h);
    $('reply-language').textContent = t(h.language === 'cy' ? 'reply_language_cy' : 'reply_language_en');
    $('reply').lang = h.language === 'cy' ? 'cy' : 'en';
  }

  $('back').addEventListener('click', () => showQueue());

  $('accept').addEventListener('click', async () => {
    const r = await api('POST', '/staff/handoffs/' + encodeURIComponent(openId) + '/accept');
    say(r.status === 409 ? 'taken_by_someone_else' : r.status === 200 && r.data && r.data.delivered === false ? 'not_delivered' : null);
    await openConversation(openId);
    if (r.status === 200) $('reply').focus();
  });

  $('reply-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const text = $('reply').value.trim();
    if (!text) return;
    const r = await api('POST', '/staff/handoffs/' + encodeURIComponent(openId) + '/messages', { text: text });
    if (r.status !== 201) return say(r.status === 502 ? 'not_delivered' : 'reply_failed');
    $('reply').value = '';
    say(null);
    await openConversation(openId);
    $('reply').focus();
  });

  $('handback-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const note = $('note').value.trim();
    const r = await api('POST', '/staff/handoffs/' + encodeURIComponent(openId) + '/handback', note ? { note: note } : {});
    if (r.status !== 200) return say('handback_failed');
    $('note').value = '';
    say('handed_back');
    showQueue();
  });

  // Live: every event the stream names makes the page re-read what it shows (the routes hold the truth).
  const KINDS = ['requested', 'accepted', 'resident_message', 'staff_message', 'handed_back', 'completed', 'failed', 'hub_status', 'callback_offered', 'callback_requested', 'callback_declined'];
  async function listen() {
    if (events || typeof EventSource === 'undefined') return;
    if (!lastEventId) {
      const r = await api('GET', '/staff/handoffs');
      if (r.status === 200) lastEventId = r.data.lastEventId || 0;
    }
    // EventSource resumes from Last-Event-ID itself after a dropped connection.
    events = new EventSource('/staff/handoffs/events?after=' + lastEventId, { withCredentials: true });
    events.onopen = () => ($('live').textContent = t('live'));
    events.onerror = () => ($('live').textContent = t('offline'));
    events.onmessage = () => refresh();
    for (const kind of KINDS) events.addEventListener(kind, () => refresh());
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
