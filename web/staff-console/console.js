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
    $('find').hidden = section !== 'queue';
    $('who').hidden = $('sign-out').hidden = !session;
    if (session) $('who').textContent = t('signed_in_as', { name: session.displayName });
  }

  function say(key) {
    $('message').hidden = !key;
    $('message').textContent = key ? t(key) : '';
    if (key) $('message').focus && $('main').focus();
  }

  async function api(method, url, body) {
    // The server words its refusals in the language asked for: the console's, not the browser's.
    const headers = { accept: 'application/json', 'accept-language': lang };
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
    if (!$('conversation').hidden && openId) {
      // The panel is rebuilt in the new language with what staff had typed.
      if (panel.id !== null && !panel.filed) panel.carry = readAnswers();
      panel.id = null;
      openConversation(openId);
    }
  });

  // ---- The queue and one conversation (src/handoff/api.ts) ----

  const reasonText = (reason) => (strings['reason_' + reason] ? t('reason_' + reason) : t('reason_unlisted'));
  // Actors are "person:<name>" (console), "staff:<system>" (a bearer token) or "hub": shown by name.
  const actorName = (actor) => (actor ? String(actor).replace(/^(person|staff):/, '') : '');
  const mine = (h) => h.state === 'taken' && h.takenBy === 'person:' + session.name;
  const languageText = (l) => t('language_' + (l === 'cy' ? 'cy' : 'en'));

  function statusText(h) {
    if (h.state === 'taken') return mine(h) ? t('status_yours') : t('status_taken', { name: h.takenByName || actorName(h.takenBy) });
    return t('status_' + h.state);
  }

  let lastEventId = 0;
  /** The queue as last read: a found case's open conversation is offered from it. */
  let queued = [];

  async function showQueue() {
    openId = null;
    const r = await api('GET', '/staff/handoffs');
    if (r.status !== 200) return;
    lastEventId = Math.max(lastEventId, r.data.lastEventId || 0);
    show('queue');
    const list = $('queue-list');
    // A live update rebuilds the list: the conversation whose button had focus keeps it, or a
    // keyboard or screen-reader user is thrown back to the top of the page at every event.
    const focused = list.contains(document.activeElement) ? document.activeElement.closest('li') : null;
    const keep = focused ? focused.dataset.handoff : null;
    list.replaceChildren();
    const all = [].concat(r.data.waiting || [], r.data.callback || [], r.data.taken || [], r.data.finished || []);
    // A resident's emergency in a conversation someone has taken is the first thing on the page.
    const items = all.filter((h) => h.safetyAlert).concat(all.filter((h) => !h.safetyAlert));
    $('queue-empty').hidden = items.length > 0;
    for (const h of items) {
      const li = document.createElement('li');
      li.className = 'state-' + h.state;
      li.dataset.handoff = String(h.id);
      const text = document.createElement('span');
      text.textContent = [statusText(h), languageText(h.language), reasonText(h.reason), t('channel', { channel: h.channel }), h.caseReference ? t('reference') + ' ' + h.caseReference : ''].filter(Boolean).join(' · ');
      const meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = h.state === 'finished' ? '' : t(h.state === 'waiting' || h.state === 'callback' ? 'waiting_for' : 'waited', { minutes: h.waitingMinutes || 0 });
      if (h.state === 'callback' && h.callback && h.callback.when) meta.textContent += ' · ' + t('callback_when', { when: h.callback.when });
      // The resident's last words (shortened by the server), as text only, marked in their language for screen readers.
      let said = null;
      if (h.lastFromResident && h.lastFromResident.text) {
        said = document.createElement('p');
        said.className = 'said';
        const label = document.createElement('span');
        label.className = 'who';
        label.textContent = t('last_message') + ': ';
        const words = document.createElement('q');
        words.lang = h.language === 'cy' ? 'cy' : 'en';
        words.textContent = h.lastFromResident.text;
        said.append(label, words);
      }
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = t('open');
      button.addEventListener('click', async () => {
        await openConversation(h.id);
        if (!$('conversation').hidden) $('conversation-heading').focus();
      });
      // An emergency or safety concern from a resident in a conversation a person has: said first in
      // the row, in words (not colour alone), with the resident's words.
      if (h.safetyAlert) {
        li.append(safetyAlertLine(h, 'safety_alert'));
        li.classList.add('has-safety-alert');
      }
      li.append(text, meta, button);
      if (said) li.append(said);
      list.append(li);
    }
    queued = items;
    if (keep) focusRow(keep);
    showFound();
    await showReviews();
  }

  // ---- Reviews residents asked for: exclusions they disputed, oldest first ----
  // No shipped policy sets a time for this review, so each shows how long it has waited, never a due date.
  let reviewsAsOf = null;
  async function showReviews() {
    const r = await api('GET', '/staff/cases/reviews?limit=50');
    if (r.status !== 200) return;
    reviewsAsOf = r.data.asOf || null;
    const list = $('reviews-list');
    const focused = list.contains(document.activeElement) ? document.activeElement.closest('li') : null;
    const keep = focused ? focused.dataset.reference : null;
    const reviews = r.data.reviews || [];
    $('reviews-empty').hidden = reviews.length > 0;
    list.replaceChildren(
      ...reviews.map((v) => {
        const li = el('li', {});
        li.dataset.reference = v.reference;
        const text = el('span', {
          text: t('review_item', {
            reference: v.reference,
            date: dateText(v.requestedAt),
            days: v.waiting.days === 1 ? t('review_day') : t('review_days', { n: v.waiting.days }),
            // Null when the case's profile is no longer loaded: its calendar cannot count them.
            workingDays: v.waiting.workingDays === 1 ? t('review_working_day') : t('review_working_days', { n: v.waiting.workingDays === null ? '?' : v.waiting.workingDays }),
          }),
        });
        const button = el('button', { type: 'button', text: t('review_open') });
        button.addEventListener('click', () => openCase(v.reference));
        li.append(text, button);
        if (v.words) {
          const said = el('p', { class: 'said' });
          const words = el('q', { text: v.words });
          words.lang = v.language === 'cy' ? 'cy' : 'en';
          said.append(el('span', { class: 'who', text: t('review_words') + ': ' }), words);
          li.append(said);
        }
        return li;
      }),
    );
    if (keep) {
      const again = list.querySelector('li[data-reference="' + CSS.escape(keep) + '"] button');
      if (again) again.focus();
    }
  }

  /** Shows a case in "Find a case", as if its reference had been typed there. */
  async function openCase(reference) {
    const r = await api('GET', '/staff/cases/' + encodeURIComponent(reference));
    if (r.status !== 200) return;
    $('find-reference').value = reference;
    findError(null);
    found = r.data;
    showFound();
    $('find-result-heading').focus();
  }

  /** The resident's request still waiting for an answer, from the case's events (as the server reads them). */
  function pendingReview(c) {
    let pending = null;
    for (const e of c.events || []) {
      if (e.type === 'review_requested') pending = e;
      else if (e.type === 'review_answered') pending = null;
    }
    return pending;
  }

  function showReview(c) {
    const pending = c.kind === 'excluded' ? pendingReview(c) : null;
    const form = $('review-form');
    const fresh = form.dataset.reference !== c.reference;
    form.dataset.reference = c.reference;
    // What was just recorded on another case is not this one's (showRecord clears it for complaints).
    if (fresh && c.kind !== 'complaint') $('record-done').textContent = '';
    form.hidden = !pending;
    if (!pending) return;
    const words = (pending.data && pending.data.words) || '';
    const asked = el('q', { text: words });
    asked.lang = c.language === 'cy' ? 'cy' : 'en';
    $('review-asked').replaceChildren(document.createTextNode(t('review_asked', { date: dateText(pending.at) })), asked);
    if (!fresh) return;
    $('review-date').value = today();
    for (const input of form.querySelectorAll('input[type=radio]')) input.checked = false;
    $('review-reason').value = '';
    reviewErrors([]);
  }

  function reviewErrors(problems) {
    for (const id of ['review-date', 'review-decision', 'review-reason']) {
      $('err-' + id).hidden = true;
      $('err-' + id).textContent = '';
      $(id).removeAttribute('aria-invalid');
    }
    $('review-errors').hidden = problems.length === 0;
    if (!problems.length) return $('review-errors').replaceChildren();
    const list = el('ul');
    for (const p of problems) {
      const id = 'review-' + (p.field === 'decision' || p.field === 'reason' ? p.field : 'date');
      $('err-' + id).hidden = false;
      $('err-' + id).textContent = p.message;
      $(id).setAttribute('aria-invalid', 'true');
      const target = id === 'review-decision' ? $('review-stands') : $(id);
      const link = el('a', { href: '#' + target.id, text: p.message });
      link.addEventListener('click', (ev) => {
        ev.preventDefault();
        target.focus();
      });
      list.append(el('li', {}, [link]));
    }
    $('review-errors').replaceChildren(el('h5', { text: t('errors_heading') }), list);
    $('review-errors').focus();
  }

  $('review-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (!found) return;
    const reference = found.reference;
    const date = $('review-date').value;
    const chosen = $('review-form').querySelector('input[name=review-decision]:checked');
    const reason = $('review-reason').value.trim();
    const problems = [];
    if (!date) problems.push({ field: 'date', message: t('record_not_a_date', { field: t('review_date') }) });
    else if (date > today()) problems.push({ field: 'date', message: t('record_future', { field: t('review_date') }) });
    if (!chosen) problems.push({ field: 'decision', message: t('review_choose_decision') });
    if (!reason) problems.push({ field: 'reason', message: t('record_required', { field: t('review_reason') }) });
    if (problems.length) return reviewErrors(problems);
    const r = await api('POST', '/staff/cases/' + encodeURIComponent(reference) + '/events', { type: 'review_answered', date: date, decision: chosen.value, reason: reason });
    if (r.status === 401) return;
    if (r.status !== 201) {
      const d = r.data || {};
      const own = refusalText(d);
      const field = (d.issues && d.issues[0] && d.issues[0].field) || 'date';
      return reviewErrors([{ field: field, message: own || d.message || t('record_failed') }]);
    }
    const again = await api('GET', '/staff/cases/' + encodeURIComponent(reference));
    if (again.status === 200 && found && found.reference === reference) found = again.data;
    showFound();
    $('record-done').textContent = t('review_done', { reference: reference });
    $('record-done').focus();
    await showReviews();
  });

  /** Focus on a conversation's button in the list, or on the list's heading when it has gone. */
  function focusRow(id) {
    const row = $('queue-list').querySelector('li[data-handoff="' + CSS.escape(String(id)) + '"] button');
    (row || $('queue-heading')).focus();
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
    // The officer moved on while it loaded (handed back, went to the queue): a live refresh's late
    // answer must not take the page back to this conversation.
    if (openId !== id) return;
    if (r.status !== 200) return showQueue();
    const h = r.data;
    show('conversation');
    $('conversation-meta').textContent = [statusText(h), languageText(h.language), reasonText(h.reason), t('channel', { channel: h.channel }), t(h.state === 'waiting' || h.state === 'callback' ? 'waiting_for' : 'waited', { minutes: h.waitingMinutes || 0 })].join(' · ');
    const dl = $('case-summary');
    dl.replaceChildren();
    const summary = h.summary || {};
    // The case filed since the request too (a complaint finished while waiting): summary.case has it.
    pair(dl, t('reference'), (summary.case && summary.case.reference) || h.caseReference);
    const answers = summary.answers || {};
    // "When" in words, in the console's language ("since October 2024, ongoing"), not as stored.
    for (const key of Object.keys(answers)) pair(dl, strings['answer_' + key] ? t('answer_' + key) : key, key === 'when' && summary.when ? summary.when[lang] : answers[key]);
    if (summary.triage) pair(dl, t('triage'), [summary.triage.kind, summary.triage.urgent ? t('urgent') : '', summary.triage.safeguarding ? t('reason_safeguarding') : ''].filter(Boolean).join(', '));
    if (summary.adjustments && !answers.adjustments) pair(dl, t('answer_adjustments'), summary.adjustments);
    if (h.callback) pair(dl, t('callback'), [h.callback.when, h.callback.phone].filter(Boolean).join(' · '));
    // Blanked by retention or a deletion request: say so, rather than an empty or "no case" summary.
    if (h.redacted) pair(dl, '', t('redacted'));
    if (!dl.children.length) pair(dl, '', t('no_case'));
    showSteps(h);
    showMessages(h);
    $('accept').hidden = h.state !== 'waiting' && h.state !== 'callback';
    $('reply-form').hidden = $('handback-form').hidden = !mine(h);
    if (mine(h)) preparePanel(h);
    $('reply-language').textContent = t(h.language === 'cy' ? 'reply_language_cy' : 'reply_language_en');
    $('reply').lang = h.language === 'cy' ? 'cy' : 'en';
    // The queue is read again only when opening another conversation or when a live event could
    // have raised or cleared an alarm: every live update re-read the whole queue (found reading the change back).
    if (alertsDue || alertsFor !== id) {
      alertsDue = false;
      alertsFor = id;
      await showAlertsElsewhere(id);
    }
  }

  /**
   * An emergency in another conversation this officer has taken, shown above the one open: the
   * queue that marks it is hidden while a conversation is open, and an officer replying to one
   * resident must not miss another's "I can smell gas". Announced (role="alert") only when a new
   * alarm arrives, not at every live update.
   */
  let alertsShown = '';
  let alertsFor = null;
  let alertsDue = false;
  /** Live events that can raise or clear an alarm in another conversation. */
  const ALERT_KINDS = new Set(['accepted', 'resident_message', 'staff_message', 'handed_back', 'completed', 'failed']);

  /** The alarm in words (not colour alone), with the resident's words marked in their language. */
  function safetyAlertLine(h, key) {
    const alert = document.createElement('p');
    alert.className = 'safety-alert';
    const label = document.createElement('strong');
    label.textContent = t(key) + ' ';
    const words = document.createElement('q');
    words.lang = h.language === 'cy' ? 'cy' : 'en';
    words.textContent = h.safetyAlert.text;
    alert.append(label, words);
    return alert;
  }
  async function showAlertsElsewhere(id) {
    const r = await api('GET', '/staff/handoffs');
    if (openId !== id || r.status !== 200) return;
    const others = (r.data.taken || []).filter((h) => h.safetyAlert && h.id !== id && mine(h));
    const key = others.map((h) => h.id + '@' + h.safetyAlert.at).join(' ') + '|' + lang;
    if (key === alertsShown) return;
    alertsShown = key;
    const box = $('alerts-elsewhere');
    box.replaceChildren();
    for (const h of others) {
      const alert = safetyAlertLine(h, 'safety_alert_elsewhere');
      const open = document.createElement('button');
      open.type = 'button';
      open.className = 'link';
      open.textContent = t('safety_alert_open');
      open.addEventListener('click', async () => {
        await openConversation(h.id);
        if (!$('conversation').hidden) $('conversation-heading').focus();
      });
      alert.append(' ', open);
      box.append(alert);
    }
  }

  // ---- The conversation's messages: the latest page with each view, earlier pages on request ----
  // Kept by id as the events are below: a live re-read brings only the latest page.
  const messages = { id: null, seen: new Map(), before: null, earlierAsked: false, language: 'en' };

  function showMessages(h) {
    if (messages.id !== h.id) {
      messages.id = h.id;
      messages.seen = new Map();
      messages.earlierAsked = false;
    }
    messages.language = h.language === 'cy' ? 'cy' : 'en';
    for (const m of h.transcript || []) messages.seen.set(m.id, m);
    if (!messages.earlierAsked) messages.before = h.transcriptBefore || null;
    renderMessages();
  }

  function renderMessages() {
    const transcript = $('transcript');
    transcript.lang = messages.language;
    transcript.replaceChildren(...Array.from(messages.seen.values()).sort((a, b) => a.id - b.id).map(line));
    $('transcript-earlier').hidden = !messages.before;
  }

  $('transcript-earlier').addEventListener('click', async () => {
    const id = messages.id;
    const r = await api('GET', '/staff/handoffs/' + encodeURIComponent(id) + '/transcript?before=' + encodeURIComponent(messages.before));
    if (r.status !== 200 || messages.id !== id) return;
    for (const m of r.data.transcript || []) messages.seen.set(m.id, m);
    messages.earlierAsked = true;
    messages.before = r.data.transcriptBefore || null;
    renderMessages();
    if (!messages.before) $('transcript-heading').focus();
  });

  // ---- The handover's events: the latest page with each view, earlier pages on request ----
  // Every event seen since the conversation was opened is kept, so a live re-read (the latest
  // page only) neither drops the earlier pages the officer asked for nor leaves a gap.
  const steps = { id: null, seen: new Map(), before: null, earlierAsked: false };
  const londonTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });
  // People by the name colleagues know them by (the API's actorName); a system by its token's name.
  const whoText = (actor, name) => (actor === 'bot' ? t('who_bot') : actor === 'resident' ? t('who_resident') : actor === 'hub' ? t('who_hub') : name || actorName(actor));

  function showSteps(h) {
    if (steps.id !== h.id) {
      steps.id = h.id;
      steps.seen = new Map();
      steps.earlierAsked = false;
    }
    for (const e of h.events || []) steps.seen.set(e.id, e);
    if (!steps.earlierAsked) steps.before = h.eventsBefore || null;
    renderSteps();
  }

  function renderSteps() {
    const all = Array.from(steps.seen.values()).sort((a, b) => a.id - b.id);
    $('steps').replaceChildren(
      ...all.map((e) =>
        el('li', { text: t('steps_entry', { date: dateText(e.at), time: londonTime.format(new Date(e.at)), what: e.kind === 'resident_message' && e.data && e.data.safety ? t('step_resident_safety') : strings['step_' + e.kind] ? t('step_' + e.kind) : e.kind, who: whoText(e.actor, e.actorName) }) }),
      ),
    );
    $('steps-earlier').hidden = !steps.before;
  }

  $('steps-earlier').addEventListener('click', async () => {
    const id = steps.id;
    const r = await api('GET', '/staff/handoffs/' + encodeURIComponent(id) + '/events?before=' + encodeURIComponent(steps.before));
    if (r.status !== 200 || steps.id !== id) return;
    for (const e of r.data.events || []) steps.seen.set(e.id, e);
    steps.earlierAsked = true;
    steps.before = r.data.eventsBefore || null;
    renderSteps();
    // The button stays while there is more; when it goes, focus goes to the list's heading rather than the top of the page.
    if (!steps.before) $('steps-heading').focus();
  });

  $('back').addEventListener('click', async () => {
    const was = openId;
    await showQueue();
    focusRow(was);
  });

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
    if (r.status !== 201) return say(r.status === 502 ? (r.data && r.data.reopenRequested ? 'reopen_requested' : 'not_delivered') : 'reply_failed');
    $('reply').value = '';
    say(null);
    await openConversation(openId);
    $('reply').focus();
  });

  // ---- Find a case by its reference (GET /staff/cases/:reference, read as residents' lookups are) ----

  /** The case last found, kept so a change of language or a queue refresh can show it again. */
  let found = null;

  // Dates by the console's own month names: browsers' Welsh date data is patchy (Chromium's
  // headless build gives "December 7, 2026" for cy-GB). The day is London's, as the server counts.
  const londonDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: 'numeric', day: 'numeric' });
  const dateText = (iso) => {
    if (!iso) return '';
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    let y, m, d;
    if (day) [y, m, d] = [day[1], day[2], day[3]].map(Number);
    else {
      const parts = {};
      for (const p of londonDay.formatToParts(new Date(iso))) parts[p.type] = Number(p.value);
      [y, m, d] = [parts.year, parts.month, parts.day];
    }
    return y && m && d ? t('date', { day: d, month: t('month_' + m), year: y }) : iso;
  };

  function findError(key, vars) {
    $('find-error').hidden = !key;
    $('find-error').textContent = key ? t(key, vars) : '';
    if (key) $('find-reference').setAttribute('aria-invalid', 'true');
    else $('find-reference').removeAttribute('aria-invalid');
  }

  function showFound() {
    $('find-result').hidden = !found;
    if (!found) return;
    const c = found;
    $('find-result-heading').textContent = t('find_result_heading', { reference: c.reference });
    const dl = $('find-case');
    dl.replaceChildren();
    const label = (prefix, code) => (strings[prefix + code] ? t(prefix + code) : code);
    pair(dl, t('case_kind'), label('kind_', c.kind));
    pair(dl, t('case_state'), label('state_', c.state));
    pair(dl, t('case_received'), dateText(c.received));
    // Why the assistant did not take it, for an officer answering a review: the reason in words, and the policy's clause (clauseText).
    const triage = c.triage || {};
    const clause = c.exclusionClause ? clauseText(c.exclusionClause) : triage.clause;
    if (c.kind === 'excluded' && triage.reason) pair(dl, t('case_excluded_why'), [label('exclusion_', triage.reason), clause ? '(' + clause + ')' : ''].filter(Boolean).join(' '));
    const next = c.status && c.status.next;
    if (c.status) {
      const due = next ? (next.due === 'due_today' ? t('case_due_today') : t(next.workingDays === 1 ? (next.due === 'overdue' ? 'case_a_day_overdue' : 'case_a_day_left') : next.due === 'overdue' ? 'case_overdue' : 'case_due_in', { n: next.workingDays })) : '';
      pair(dl, t('case_next'), next ? t('case_next_' + (next.kind === 'acknowledge' ? 'acknowledge' : 'respond'), { date: dateText(next.date) }) + ' · ' + due : t('case_next_none'));
    }
    const d = c.details || {};
    // The resident's words, marked in their language for screen readers.
    const said = (key, v) => {
      pair(dl, t(key), v);
      if (v) dl.lastElementChild.lang = c.language === 'cy' ? 'cy' : 'en';
    };
    said('answer_description', typeof d.description === 'string' ? d.description : '');
    said('answer_location', typeof d.location === 'string' ? d.location : '');
    pair(dl, t('answer_when'), c.when ? c.when[lang] : '');
    // Who the case is from, so an officer on the phone can check they are speaking to them.
    const contact = d.contact || {};
    if (contact.anonymous) pair(dl, t('answer_contact'), t('case_anonymous'));
    else {
      said('field_name', typeof contact.name === 'string' ? contact.name : '');
      pair(dl, t('contact_phone'), typeof contact.phone === 'string' ? contact.phone : '');
      pair(dl, t('contact_email'), typeof contact.email === 'string' ? contact.email : '');
      said('contact_address', typeof contact.address === 'string' ? contact.address : '');
    }
    const open = queued.find((h) => h.caseReference === c.reference && h.state !== 'finished');
    $('find-open').hidden = !open;
    $('find-open').dataset.handoff = open ? String(open.id) : '';
    showHistory(c);
    showRecord(c);
    showReview(c);
  }

  $('find-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const typed = $('find-reference').value.trim();
    if (!typed) {
      findError('find_empty');
      return $('find-reference').focus();
    }
    const r = await api('GET', '/staff/cases/' + encodeURIComponent(typed));
    if (r.status === 401) return;
    if (r.status !== 200) {
      found = null;
      showFound();
      findError(r.status === 404 ? 'find_none' : 'find_failed', { reference: typed });
      return $('find-reference').focus();
    }
    findError(null);
    found = r.data;
    showFound();
    $('find-result-heading').focus();
  });

  $('find-open').addEventListener('click', async () => {
    const id = Number($('find-open').dataset.handoff);
    if (!id) return;
    await openConversation(id);
    if (!$('conversation').hidden) $('conversation-heading').focus();
  });

  // ---- The hand-back panel: what staff record for the intake (resume.answers) and whether to file ----
  // The server checks all of it again (src/handoff/staff-answers.ts); this page only helps.

  const OUTCOMES = ['repair', 'apology', 'explanation', 'compensation', 'change_practice', 'staff_action', 'other'];
  const ADJUSTMENTS = ['large_print', 'braille', 'audio', 'easy_read', 'bsl_interpreter', 'interpreter', 'translator', 'more_time', 'phone_not_letters', 'email_not_letters', 'home_visit', 'named_contact', 'advocate'];
  const REPRESENTATIVES = ['relative', 'friend', 'advocate', 'councillor', 'mp', 'ms', 'power_of_attorney', 'other'];
  const KEYS = ['description', 'location', 'when', 'reportedBefore', 'impact', 'courtClaim', 'outcomes', 'adjustments', 'representative', 'contact'];
  // The intake's questions in its order (dialogs/intake/questions.ts), each with the label staff see when it is missing.
  const QUESTIONS = [
    ['description', 'answer_description'], ['location', 'answer_location'], ['when', 'answer_when'], ['reported_before', 'answer_reportedBefore'],
    ['reported_details', 'field_reported_details'], ['impact', 'answer_impact'], ['court_claim', 'answer_courtClaim'], ['outcomes', 'answer_outcomes'],
    ['adjustments', 'answer_adjustments'], ['representative', 'answer_representative'], ['name', 'field_name'], ['contact', 'field_contact'],
    ['letter_language', 'field_letter_language'], ['best_times', 'field_best_times'],
  ];

  // One panel per opened handover: the live refresh re-reads the conversation but never wipes what staff are typing.
  const panel = { id: null, draft: {}, initial: {}, filed: null, carry: null, residentLang: 'en' };

  function el(tag, attrs, children) {
    const e = document.createElement(tag);
    for (const k of Object.keys(attrs || {})) {
      if (k === 'text') e.textContent = attrs[k];
      else if (attrs[k] === true) e.setAttribute(k, '');
      else if (attrs[k] !== false && attrs[k] !== undefined) e.setAttribute(k, attrs[k]);
    }
    for (const c of children || []) e.append(c);
    return e;
  }
  const errorSlot = (key) => el('p', { id: 'err-' + key, class: 'error', hidden: true });
  const labelled = (id, key, control, hint) => [el('label', { for: id, text: t(key) }), hint ? el('p', { id: id + '-hint', class: 'hint', text: t(hint) }) : '', control].filter(Boolean);
  const textInput = (id, key, o) => labelled(id, key, el(o && o.area ? 'textarea' : 'input', Object.assign({ id: id, rows: o && o.area ? '3' : undefined, type: o && o.area ? undefined : (o && o.type) || 'text', maxlength: String((o && o.max) || 500), 'aria-describedby': (o && o.describedBy) || undefined, autocomplete: (o && o.autocomplete) || 'off' })), o && o.hint);
  const choice = (type, name, id, value, label) => el('div', { class: 'choice' }, [el('input', { type: type, name: name, id: id, value: value }), el('label', { for: id, text: label })]);
  const group = (key, legendKey, children) => el('fieldset', { id: 'f-' + key, 'aria-describedby': 'err-' + key }, [el('legend', { text: t(legendKey) })].concat(children, [errorSlot(key)]));

  function buildPanel() {
    const yesNo = (key, name, prefix) => ['yes', 'no', 'unsure'].map((v) => choice('radio', name, 'a-' + key + '-' + v, v, t(v === 'unsure' ? 'unsure' : prefix + '_' + v)));
    const fields = [
      el('div', { id: 'f-description' }, textInput('a-description', 'answer_description', { area: true, max: 4000, describedBy: 'err-description' }).concat(errorSlot('description'))),
      el('div', { id: 'f-location' }, textInput('a-location', 'answer_location', { describedBy: 'err-location' }).concat(errorSlot('location'))),
      group('when', 'answer_when', textInput('a-when-text', 'when_text').concat(textInput('a-when-date', 'when_date', { type: 'date', max: 10, hint: 'when_date_hint', describedBy: 'a-when-date-hint' }))),
      group('reportedBefore', 'answer_reportedBefore', yesNo('reportedBefore', 'a-reported', 'reported').concat(textInput('a-reportedBefore-details', 'field_reported_details', { max: 2000 }))),
      el('div', { id: 'f-impact' }, textInput('a-impact', 'answer_impact', { area: true, max: 4000, describedBy: 'err-impact' }).concat(errorSlot('impact'))),
      group('courtClaim', 'answer_courtClaim', yesNo('courtClaim', 'a-court', 'court')),
      group('outcomes', 'answer_outcomes', OUTCOMES.map((o) => choice('checkbox', 'a-outcomes', 'a-outcomes-' + o, o, t('outcome_' + o))).concat(textInput('a-outcomes-text', 'own_words', { max: 2000 }))),
      group('adjustments', 'answer_adjustments', [choice('checkbox', 'a-adjustments-none', 'a-adjustments-none', 'none', t('adjustments_none'))].concat(ADJUSTMENTS.map((a) => choice('checkbox', 'a-adjustments', 'a-adjustments-' + a, a, t('adjustment_' + a))), textInput('a-adjustments-text', 'own_words', { max: 2000 }))),
      el('div', { id: 'f-representative' }, labelled('a-representative', 'answer_representative', el('select', { id: 'a-representative', 'aria-describedby': 'err-representative' }, [el('option', { value: '', text: t('not_answered') }), el('option', { value: 'resident', text: t('representative_resident') })].concat(REPRESENTATIVES.map((r) => el('option', { value: r, text: t('representative_' + r) }))))).concat(errorSlot('representative'))),
      group('contact', 'answer_contact', [choice('checkbox', 'a-contact-anonymous', 'a-contact-anonymous', 'yes', t('contact_anonymous'))].concat(
        textInput('a-contact-name', 'field_name', { max: 200 }),
        textInput('a-contact-phone', 'contact_phone', { type: 'tel', max: 40 }),
        textInput('a-contact-email', 'contact_email', { type: 'email', max: 254 }),
        textInput('a-contact-address', 'contact_address', { max: 500 }),
        [el('fieldset', { id: 'f-contact-letter' }, [el('legend', { text: t('field_letter_language') }), choice('radio', 'a-letter', 'a-letter-cy', 'cy', t('language_cy')), choice('radio', 'a-letter', 'a-letter-en', 'en', t('language_en'))])],
        textInput('a-contact-bestTimes', 'field_best_times', { max: 200 }),
      )),
    ];
    $('answers-panel').replaceChildren(el('fieldset', { id: 'answers' }, [el('legend', { text: t('answers_legend') }), el('p', { class: 'hint', text: t('answers_intro') })].concat(fields)));
    // The Welsh resident's words stay marked Welsh for screen readers, whatever the console's language.
    for (const c of $('answers-panel').querySelectorAll('input[type=text], textarea')) c.lang = panel.residentLang;
  }

  const value = (id) => ($(id) ? $(id).value.trim() : '');
  const checked = (name) => [].slice.call(document.querySelectorAll('input[name="' + name + '"]:checked')).map((i) => i.value);
  const setValue = (id, v) => $(id) && ($(id).value = v === undefined || v === null ? '' : String(v));
  const setChecked = (name, values) => { for (const i of document.querySelectorAll('input[name="' + name + '"]')) i.checked = values.indexOf(i.value) >= 0; };

  /** The panel as the intake's stored shapes; a key staff left empty is absent (the bot keeps asking it). */
  function readAnswers() {
    const a = {};
    if (value('a-description')) a.description = value('a-description');
    if (value('a-location')) a.location = value('a-location');
    if (value('a-when-text') || value('a-when-date')) {
      const date = value('a-when-date') || null;
      const before = panel.draft.when || {};
      a.when = { text: value('a-when-text') || date, date: date, precision: date ? (date === before.date && before.precision ? before.precision : 'day') : null };
    }
    const reported = checked('a-reported')[0];
    if (reported) a.reportedBefore = Object.assign({ answer: reported }, reported === 'yes' && value('a-reportedBefore-details') ? { details: value('a-reportedBefore-details') } : {});
    if (value('a-impact')) a.impact = value('a-impact');
    if (checked('a-court')[0]) a.courtClaim = checked('a-court')[0];
    if (checked('a-outcomes').length || value('a-outcomes-text')) a.outcomes = Object.assign({ codes: checked('a-outcomes') }, value('a-outcomes-text') ? { text: value('a-outcomes-text') } : {});
    if (checked('a-adjustments-none').length || checked('a-adjustments').length || value('a-adjustments-text')) a.adjustments = Object.assign({ codes: checked('a-adjustments') }, value('a-adjustments-text') ? { text: value('a-adjustments-text') } : {});
    const rep = value('a-representative');
    if (rep) a.representative = rep === 'resident' ? { isResident: true } : { isResident: false, kind: rep };
    const c = { anonymous: checked('a-contact-anonymous').length > 0 };
    if (!c.anonymous) {
      for (const k of ['name', 'phone', 'email', 'address', 'bestTimes']) if (value('a-contact-' + k)) c[k] = value('a-contact-' + k);
      if (checked('a-letter')[0]) c.letterLanguage = checked('a-letter')[0];
    }
    if (c.anonymous || Object.keys(c).length > 1) a.contact = c;
    return a;
  }

  function fillPanel(a) {
    setValue('a-description', a.description);
    setValue('a-location', a.location);
    setValue('a-when-text', a.when && a.when.text);
    setValue('a-when-date', a.when && a.when.date);
    setChecked('a-reported', a.reportedBefore ? [a.reportedBefore.answer] : []);
    setValue('a-reportedBefore-details', a.reportedBefore && a.reportedBefore.details);
    setValue('a-impact', a.impact);
    setChecked('a-court', a.courtClaim ? [a.courtClaim] : []);
    setChecked('a-outcomes', (a.outcomes && a.outcomes.codes) || []);
    setValue('a-outcomes-text', a.outcomes && a.outcomes.text);
    setChecked('a-adjustments', (a.adjustments && a.adjustments.codes) || []);
    setChecked('a-adjustments-none', a.adjustments && !a.adjustments.codes.length && !a.adjustments.text ? ['none'] : []);
    setValue('a-adjustments-text', a.adjustments && a.adjustments.text);
    setValue('a-representative', a.representative ? (a.representative.isResident ? 'resident' : a.representative.kind) : '');
    const c = a.contact || {};
    setChecked('a-contact-anonymous', c.anonymous ? ['yes'] : []);
    for (const k of ['name', 'phone', 'email', 'address', 'bestTimes']) setValue('a-contact-' + k, c[k]);
    setChecked('a-letter', c.letterLanguage ? [c.letterLanguage] : []);
  }

  /** The intake's unanswered questions, as dialogs/intake/questions.ts decides them (the server decides again). */
  function missing(a) {
    const c = a.contact;
    const anon = !!(c && c.anonymous);
    const answered = {
      description: !!a.description, location: !!a.location, when: !!a.when, reported_before: !!a.reportedBefore,
      reported_details: !a.reportedBefore || a.reportedBefore.answer !== 'yes' || !!a.reportedBefore.details,
      impact: !!a.impact, court_claim: !!a.courtClaim, outcomes: !!a.outcomes, adjustments: !!a.adjustments, representative: !!a.representative,
      name: !!c && (anon || !!c.name), contact: anon || !!(c && (c.phone || c.email || c.address)),
      letter_language: anon || !!(c && c.letterLanguage), best_times: anon || !(c && c.phone) || !!c.bestTimes,
    };
    return QUESTIONS.filter((q) => !answered[q[0]]).map((q) => t(q[1]));
  }

  /** File now only when nothing is missing, and say what is. */
  function updateFiling() {
    if (panel.filed) return;
    const still = missing(Object.assign({}, panel.draft, readAnswers()));
    $('next-file').disabled = still.length > 0;
    if (still.length && $('next-file').checked) $('next-continue').checked = true;
    $('file-missing').textContent = still.length ? t('file_missing', { list: still.join(', ') }) : t('file_ready');
  }

  function preparePanel(h) {
    if (panel.id === h.id) return;
    const answers = (h.summary && h.summary.answers) || {};
    panel.id = h.id;
    panel.residentLang = h.language === 'cy' ? 'cy' : 'en';
    panel.filed = h.summary && h.summary.case ? h.summary.case.reference : h.caseReference || null;
    panel.draft = answers;
    clearErrors();
    $('filed-already').hidden = !panel.filed;
    $('filed-already').textContent = panel.filed ? t('filed_already', { reference: panel.filed }) : '';
    if (panel.filed) {
      $('answers-panel').replaceChildren();
      $('next').hidden = true;
      return;
    }
    $('next').hidden = false;
    const carried = panel.carry;
    panel.carry = null;
    buildPanel();
    fillPanel(answers);
    panel.initial = {};
    for (const k of KEYS) panel.initial[k] = JSON.stringify(readAnswers()[k]);
    if (carried) fillPanel(carried);
    updateFiling();
  }
  $('answers-panel').addEventListener('input', updateFiling);
  $('answers-panel').addEventListener('change', updateFiling);

  function clearErrors() {
    $('handback-errors').hidden = true;
    $('handback-errors').replaceChildren();
    for (const e of document.querySelectorAll('#handback-form .error')) e.hidden = true;
    for (const e of document.querySelectorAll('#handback-form [aria-invalid]')) e.removeAttribute('aria-invalid');
  }

  /** The server's refusals (already in the console's language) by each field, and in a summary that takes focus. */
  function showErrors(data) {
    clearErrors();
    const issues = (data && data.issues) || [{ field: data && data.missing ? 'next' : 'body', message: (data && data.message) || t('handback_failed') }];
    const list = el('ul');
    for (const issue of issues) {
      const parts = String(issue.field).split('.');
      const key = parts[0] === 'note' ? 'note' : parts[0] === 'resume' && parts[1] === 'answers' && parts[2] ? parts[2] : null;
      const control = key && ($('a-' + parts.slice(2).join('-')) || $('a-' + key) || $('f-' + key) || $(key));
      const slot = key && $('err-' + key);
      if (slot) {
        slot.hidden = false;
        slot.textContent = issue.message;
      }
      if (control) control.setAttribute('aria-invalid', 'true');
      const target = control && control.tagName !== 'FIELDSET' && control.tagName !== 'DIV' ? control : control && control.querySelector('input, textarea, select');
      const item = el('li');
      if (target) {
        const link = el('a', { href: '#' + target.id, text: (key ? fieldName(key) + ': ' : '') + issue.message });
        link.addEventListener('click', (e) => {
          e.preventDefault();
          target.focus();
        });
        item.append(link);
      } else item.textContent = issue.message;
      list.append(item);
    }
    $('handback-errors').replaceChildren(el('h4', { text: t('errors_heading') }), list);
    $('handback-errors').hidden = false;
    $('handback-errors').focus();
  }
  const fieldName = (key) => (key === 'note' ? t('handback_label') : t('answer_' + key));

  $('handback-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const note = $('note').value.trim();
    const body = note ? { note: note } : {};
    const file = !panel.filed && $('next-file').checked;
    if (!panel.filed) {
      // Only what staff changed: the resident may have answered more since the bot's draft was taken.
      const now = readAnswers();
      const changed = {};
      for (const k of KEYS) if (now[k] !== undefined && JSON.stringify(now[k]) !== panel.initial[k]) changed[k] = now[k];
      if (Object.keys(changed).length || file) body.resume = Object.assign(Object.keys(changed).length ? { answers: changed } : {}, file ? { file: true } : {});
    }
    const r = await api('POST', '/staff/handoffs/' + encodeURIComponent(openId) + '/handback', body);
    if (r.status === 400) return showErrors(r.data);
    if (r.status === 409 || r.status === 404) return showErrors(r.data);
    if (r.status !== 200) return say('handback_failed');
    $('note').value = '';
    panel.id = null;
    clearErrors();
    say(file ? 'handed_back_filing' : 'handed_back');
    showQueue();
  });

  // ---- Recording what happened on a found complaint (POST /staff/cases/:reference/events) ----
  // The server checks every event against the case's lifecycle again; this page asks only for
  // what each event needs and catches what it can before sending.

  const EVENT_TYPES = ['acknowledged', 'extended', 'answered', 'escalation_received', 'closed', 'reopened', 'note'];
  const UNITS = ['working_days', 'calendar_days', 'weeks', 'months'];
  const DECISIONS = ['upheld', 'partly_upheld', 'not_upheld'];
  /** Each event's controls: [field, label key, kind, required]; ids are "r-" + the field, dots as dashes, as the server names them. */
  const EVENT_FIELDS = {
    acknowledged: [['date', 'record_date_acknowledged', 'date', true], ['officer', 'record_officer', 'text', false]],
    extended: [['length.n', 'record_length', 'number', true], ['length.unit', 'record_unit', 'unit', true], ['reason', 'record_reason_extended', 'area', true], ['residentAgreed', 'record_agreed', 'check', false]],
    answered: [['date', 'record_date_answered', 'date', true], ['outcome', 'record_outcome', 'decision', true], ['remedies', 'record_remedies', 'area', false]],
    escalation_received: [['at', 'record_date_escalation', 'date', true], ['stillUnhappy', 'record_still_unhappy', 'area', false], ['outcomeWanted', 'record_outcome_wanted', 'area', false]],
    closed: [['reason', 'record_reason_closed', 'area', false]],
    reopened: [['reason', 'record_reason_reopened', 'area', true]],
    note: [['text', 'record_note', 'area', true]],
  };
  const controlId = (field) => 'r-' + field.replace(/\./g, '-');
  /** Which case and language the form was built for: a live refresh of the queue must not rebuild it under the officer's fingers. */
  const record = { reference: null, lang: null };
  // Today as the server counts it (the case's asOf, London's day by the server's clock): an
  // officer's computer with a wrong date must not decide what is "after today".
  const today = () => {
    if (found && found.status && found.status.asOf) return found.status.asOf;
    // A case without stages (an exclusion) has no asOf of its own: the review queue's, read with the list.
    if (reviewsAsOf) return reviewsAsOf;
    const parts = {};
    for (const p of londonDay.formatToParts(new Date())) parts[p.type] = p.value.padStart(2, '0');
    return parts.year + '-' + parts.month + '-' + parts.day;
  };
  const eventText = (type) => (strings['event_' + type] ? t('event_' + type) : type);

  /** The case's events, oldest first, in words: what, when and by whom. */
  function showHistory(c) {
    $('find-history').replaceChildren(
      ...(c.events || []).map((e) => {
        const who = e.actor === 'bot' ? t('who_bot') : e.actor === 'resident' ? t('who_resident') : e.actorName || actorName(e.actor);
        // The day it happened, as recorded (an acknowledgement entered a day late keeps its own date).
        const d = e.data || {};
        const day = typeof d.date === 'string' ? d.date : typeof d.at === 'string' && e.type === 'escalation_received' ? d.at : e.at;
        return el('li', { text: t('history_entry', { date: dateText(day), what: eventText(e.type), who: who }) });
      }),
    );
  }

  function showRecord(c) {
    // Only complaints have stages to record on; every case takes a note (a call back about a repair, an exclusion).
    const stages = c.kind === 'complaint' && !!c.status;
    const can = stages || c.kind !== 'complaint';
    $('record-form').hidden = !can;
    if (!can) return;
    const types = stages ? EVENT_TYPES : ['note'];
    if (record.reference === c.reference && record.lang === lang) return;
    const keep = record.reference === c.reference ? readRecord(true) : null;
    if (record.reference !== c.reference) $('record-done').textContent = '';
    record.reference = c.reference;
    record.lang = lang;
    const type = keep ? keep.type : '';
    $('record-type').replaceChildren(el('option', { value: '', text: t('record_choose') }), ...types.map((k) => el('option', { value: k, text: t('event_' + k) })));
    $('record-type').value = type;
    buildRecordFields(type, keep);
    clearRecordErrors();
  }

  function buildRecordFields(type, keep) {
    const fields = EVENT_FIELDS[type] || [];
    const parts = [];
    for (const [field, key, kind] of fields) {
      const id = controlId(field);
      const err = el('p', { id: 'err-' + id, class: 'error', hidden: true });
      if (kind === 'decision') {
        parts.push(el('fieldset', { id: id, 'aria-describedby': 'err-' + id }, [el('legend', { text: t(key) })].concat(DECISIONS.map((d) => choice('radio', 'r-outcome', 'r-outcome-' + d, d, t('decision_' + d))), [err])));
      } else if (kind === 'check') {
        parts.push(el('div', { class: 'choice' }, [el('input', { type: 'checkbox', id: id }), el('label', { for: id, text: t(key) })]));
      } else if (kind === 'unit') {
        parts.push(el('label', { for: id, text: t(key) }), el('select', { id: id, 'aria-describedby': 'err-' + id }, UNITS.map((u) => el('option', { value: u, text: t('unit_' + u) }))), err);
      } else {
        const attrs = { id: id, 'aria-describedby': 'err-' + id, autocomplete: 'off' };
        if (kind === 'date') Object.assign(attrs, { type: 'date', max: today() });
        if (kind === 'number') Object.assign(attrs, { type: 'number', min: '1', step: '1', inputmode: 'numeric' });
        if (kind === 'text') Object.assign(attrs, { type: 'text', maxlength: '200' });
        if (kind === 'area') Object.assign(attrs, { rows: '3', maxlength: field === 'reason' ? '2000' : '4000' });
        parts.push(el('label', { for: id, text: t(key) }), el(kind === 'area' ? 'textarea' : 'input', attrs), err);
      }
    }
    $('record-fields').replaceChildren(...parts);
    // Sensible starting values: today, and the officer's own name on an acknowledgement.
    if ($('r-date')) $('r-date').value = today();
    if ($('r-at')) $('r-at').value = today();
    if (type === 'acknowledged' && session) $('r-officer').value = session.displayName;
    if (keep && keep.type === type) {
      for (const id of Object.keys(keep.values)) if ($(id)) $(id).type === 'checkbox' ? ($(id).checked = keep.values[id]) : ($(id).value = keep.values[id]);
      if (keep.outcome) setChecked('r-outcome', [keep.outcome]);
    }
  }

  /** The form as typed (`raw`: every control's value, to carry over a change of language), or the event to send. */
  function readRecord(raw) {
    const type = $('record-type').value;
    if (raw) {
      const values = {};
      for (const c of $('record-fields').querySelectorAll('input, textarea, select')) if (c.id) values[c.id] = c.type === 'checkbox' ? c.checked : c.value;
      return { type: type, values: values, outcome: checked('r-outcome')[0] };
    }
    const v = (field) => value(controlId(field));
    const e = { type: type };
    if (type === 'acknowledged') Object.assign(e, { date: v('date') }, v('officer') ? { officer: v('officer') } : {});
    if (type === 'extended') e.length = { n: Number(v('length.n')), unit: v('length.unit') };
    if (type === 'extended') Object.assign(e, { reason: v('reason'), residentAgreed: $('r-residentAgreed').checked });
    if (type === 'answered') Object.assign(e, { date: v('date'), outcome: checked('r-outcome')[0], remedies: v('remedies').split('\n').map((r) => r.trim()).filter(Boolean) });
    if (type === 'escalation_received') Object.assign(e, { at: v('at') }, v('stillUnhappy') ? { stillUnhappy: v('stillUnhappy') } : {}, v('outcomeWanted') ? { outcomeWanted: v('outcomeWanted') } : {});
    if (type === 'closed' && v('reason')) e.reason = v('reason');
    if (type === 'reopened') e.reason = v('reason');
    if (type === 'note') e.text = v('text');
    return e;
  }

  /** What the page can tell before sending: a choice, what is required, a whole number, no date after today. */
  function recordProblems(e) {
    if (!e.type) return [{ field: 'type', message: t('record_choose_type') }];
    const out = [];
    const day = today();
    for (const [field, key, kind, required] of EVENT_FIELDS[e.type]) {
      const raw = kind === 'decision' ? checked('r-outcome')[0] || '' : value(controlId(field));
      if (required && !raw) out.push({ field: field, message: t('record_required', { field: t(key) }) });
      else if (kind === 'number' && !/^[1-9]\d{0,3}$/.test(raw)) out.push({ field: field, message: t('record_whole_number', { field: t(key) }) });
      else if (kind === 'date' && raw && !/^\d{4}-\d{2}-\d{2}$/.test(raw)) out.push({ field: field, message: t('record_not_a_date', { field: t(key) }) });
      else if (kind === 'date' && raw > day) out.push({ field: field, message: t('record_future', { field: t(key) }) });
    }
    return out;
  }

  function clearRecordErrors() {
    $('record-errors').hidden = true;
    $('record-errors').replaceChildren();
    for (const e of document.querySelectorAll('#record-form .error')) e.hidden = true;
    for (const e of document.querySelectorAll('#record-form [aria-invalid]')) e.removeAttribute('aria-invalid');
  }

  /** Problems by each field and in a summary that takes focus; `server` ones keep the case record's English, marked so. */
  // The values of a refusal that are dates, shown with the console's own month names.
  const REFUSAL_DATES = ['date', 'received', 'acknowledged', 'answered', 'today', 'maxDate', 'requested'];

  function refusalText(d) {
    if (!d.refusal || !strings['refusal_' + d.refusal]) return null;
    const vars = Object.assign({}, d.params || {});
    for (const k of REFUSAL_DATES) if (typeof vars[k] === 'string') vars[k] = dateText(vars[k]);
    if (vars.unit && strings['refusal_unit_' + vars.unit]) vars.unitText = t('refusal_unit_' + vars.unit);
    if (typeof vars.clause === 'string') vars.clause = clauseText({ text: vars.clause, cited: vars.clauseCited, cy: vars.clauseCy });
    return t('refusal_' + d.refusal, vars);
  }

  // A policy clause in the console's language. The profile's words are English (with its quotes):
  // in Welsh, the profile's Welsh words where it has them, else the clause's reference in Welsh and
  // that the policy's wording is in English, never an English sentence inside a Welsh one.
  function clauseText(c) {
    if (lang !== 'cy') return c.text;
    if (c.cy) return c.cy;
    return c.cited && c.cited.cy ? t('clause_in_english', { cite: c.cited.cy }) : c.text;
  }

  function showRecordErrors(problems, server) {
    clearRecordErrors();
    const list = el('ul');
    for (const p of problems) {
      // The server names a duration as a whole ("length") or by its parts ("length.n").
      const id = p.field === 'type' ? 'record-type' : p.field === 'length' ? 'r-length-n' : controlId(String(p.field));
      const control = $(id);
      const target = control && control.tagName === 'FIELDSET' ? control.querySelector('input') : control;
      const slot = $('err-' + id);
      if (slot) {
        slot.hidden = false;
        slot.textContent = p.message;
        if (server) slot.lang = 'en';
      }
      if (control) control.setAttribute('aria-invalid', 'true');
      const item = el('li', server ? { lang: 'en' } : {});
      if (target) {
        const link = el('a', { href: '#' + target.id, text: p.message });
        link.addEventListener('click', (ev) => {
          ev.preventDefault();
          target.focus();
        });
        item.append(link);
      } else item.textContent = p.message;
      list.append(item);
    }
    const intro = server ? [el('p', { text: t('record_refused') })] : [];
    $('record-errors').replaceChildren(el('h5', { text: t('errors_heading') }), ...intro, list);
    $('record-errors').hidden = false;
    $('record-errors').focus();
  }

  $('record-type').addEventListener('change', () => {
    clearRecordErrors();
    buildRecordFields($('record-type').value, null);
  });

  $('record-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (!found) return;
    const reference = found.reference;
    const e = readRecord(false);
    const problems = recordProblems(e);
    if (problems.length) return showRecordErrors(problems, false);
    const r = await api('POST', '/staff/cases/' + encodeURIComponent(reference) + '/events', e);
    if (r.status === 401) return;
    if (r.status === 400 || r.status === 409) {
      const d = r.data || {};
      // A lifecycle refusal the console knows by its code is said in the console's language; any other in the server's English.
      const own = refusalText(d);
      if (own) return showRecordErrors([{ field: (d.issues && d.issues[0] && d.issues[0].field) || 'body', message: own }], false);
      return showRecordErrors(d.issues && d.issues.length ? d.issues : [{ field: 'body', message: d.message || t('record_failed') }], true);
    }
    if (r.status !== 201) return showRecordErrors([{ field: 'body', message: t('record_failed') }], false);
    // The case as it now stands, read back: its next date, state and history.
    const again = await api('GET', '/staff/cases/' + encodeURIComponent(reference));
    if (again.status === 200 && found && found.reference === reference) found = again.data;
    record.reference = null;
    showFound();
    $('record-done').textContent = t('record_done', { reference: reference, what: eventText(e.type) });
    $('record-done').focus();
  });

  // Live: every event the stream names makes the page re-read what it shows (the routes hold the truth).
  const KINDS = ['requested', 'accepted', 'resident_message', 'staff_message', 'staff_message_delivered', 'handed_back', 'completed', 'failed', 'hub_status', 'callback_offered', 'callback_requested', 'callback_declined'];
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
    events.onmessage = () => refresh(null);
    for (const kind of KINDS) events.addEventListener(kind, () => refresh(kind));
  }

  let pending = false;
  function refresh(kind) {
    if (kind === null || ALERT_KINDS.has(kind)) alertsDue = true;
    if (pending) return;
    pending = true;
    setTimeout(async () => {
      pending = false;
      if (!session || session.mustChangePassword) return;
      if (openId && !$('conversation').hidden) await openConversation(openId);
      // Not while a conversation the officer opened is loading (openId set, queue still shown).
      else if (!$('queue').hidden && !openId) await showQueue();
    }, 150);
  }

  start();
})();
