/*
 * The chat page's own script, served as a file (CSP script-src 'self', nothing inline). It reads
 * its settings and both languages' strings from the page's JSON block, connects Web Chat to
 * Direct Line with a token kept in sessionStorage (so a reload in the token's life carries on the
 * same conversation), and switches the page, Web Chat and the bot between Welsh and English.
 */
(function () {
  'use strict';

  var config = JSON.parse(document.getElementById('webchat-config').textContent);
  var CONNECTION_KEY = 'complaints-chat.connection';
  var LANGUAGE_KEY = 'complaints-chat.language';
  // A stored token with less life than this left is refreshed before use, not trusted.
  var REFRESH_MARGIN_MS = 5 * 60 * 1000;

  var lang = readJson(LANGUAGE_KEY) === 'en' ? 'en' : 'cy';
  var directLine = null;
  var store = null;
  var connected = false;
  var unsentLanguage = null;
  var element = document.getElementById('webchat');
  var statusBox = document.getElementById('status');

  function readJson(key) {
    try {
      return JSON.parse(sessionStorage.getItem(key));
    } catch (e) {
      return null;
    }
  }
  function writeJson(key, value) {
    try {
      if (value === null) sessionStorage.removeItem(key);
      else sessionStorage.setItem(key, JSON.stringify(value));
    } catch (e) {
      // Storage off or full: the chat still works, a reload starts afresh.
    }
  }

  function fill(template, values) {
    return template.replace(/\{\{(\w+)\}\}/g, function (_, k) {
      return values[k] === undefined ? '' : String(values[k]);
    });
  }
  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function pageStrings() {
    return config.strings[lang].page;
  }

  /*
   * Web Chat formats times with Globalize data for the languages it ships, and Welsh is not one
   * (nor do all browsers' Intl know Welsh month names): so dates, relative times and plural rules
   * come from our own strings, for both languages alike.
   */
  function globalize() {
    var f = pageStrings().format;
    var plural = typeof Intl !== 'undefined' && Intl.PluralRules ? new Intl.PluralRules(lang) : null;
    var units = { kilobyte: 'KB', megabyte: 'MB', gigabyte: 'GB' };
    return {
      dateFormatter: function () {
        return function (date) {
          var d = new Date(date);
          return fill(f.date_time, { day: d.getDate(), month: f.months[d.getMonth()], time: pad(d.getHours()) + ':' + pad(d.getMinutes()) });
        };
      },
      relativeTimeFormatter: function (unit) {
        return function (value) {
          return fill(unit === 'hour' ? f.hours_ago : f.minutes_ago, { count: Math.abs(value) });
        };
      },
      unitFormatter: function (unit) {
        return function (value) {
          return unit === 'byte' ? fill(f.bytes, { count: value }) : value + ' ' + (units[unit] || unit);
        };
      },
      numberFormatter: function () {
        return function (value) {
          return String(value);
        };
      },
      plural: function (n) {
        return plural ? plural.select(n) : n === 1 ? 'one' : 'other';
      },
    };
  }

  function localizedStrings(strings) {
    var out = {};
    var k;
    for (k in strings) out[k] = strings[k];
    var ours = config.strings[lang].control;
    for (k in ours) out[k] = ours[k];
    out.GLOBALIZE = globalize();
    return out;
  }

  function styleOptions() {
    var c = config.colours;
    return {
      accent: c.accent,
      backgroundColor: c.background,
      bubbleBackground: c.background,
      bubbleTextColor: c.text,
      bubbleBorderColor: c.text,
      bubbleFromUserBackground: c.accent,
      bubbleFromUserTextColor: c.accentText,
      bubbleFromUserBorderColor: c.accent,
      sendBoxBackground: c.background,
      sendBoxTextColor: c.text,
      sendBoxButtonColor: c.text,
      sendBoxBorderTop: '1px solid ' + c.text,
      sendBoxPlaceholderColor: c.text,
      // Timestamps and status lines in Web Chat's grey can fall under 4.5:1 on a landlord's
      // background; the text colour cannot (checked at start-up).
      subtle: c.text,
      suggestedActionBackgroundColor: c.background,
      suggestedActionTextColor: c.accent,
      suggestedActionBorderColor: c.accent,
      suggestedActionLayout: 'flow',
      suggestedActionHeight: 44,
      transcriptActivityVisualKeyboardIndicatorColor: c.text,
      transcriptVisualKeyboardIndicatorColor: c.text,
      primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
      fontSizeSmall: '85%',
      hideUploadButton: true,
      botAvatarInitials: '',
      userAvatarInitials: '',
      sendTimeout: 60000,
    };
  }

  /** The page's own strings, title and lang; Web Chat re-rendered in the language. */
  function applyLanguage() {
    var s = pageStrings();
    document.documentElement.lang = lang;
    var title = config.landlord ? fill(s.title_named, { name: config.landlord }) : s.title;
    document.title = title;
    document.getElementById('title').textContent = title;
    document.getElementById('welcome').textContent = config.welcome[lang];
    var nodes = document.querySelectorAll('[data-text]');
    for (var i = 0; i < nodes.length; i++) nodes[i].textContent = s[nodes[i].getAttribute('data-text')];
    nodes = document.querySelectorAll('[data-label]');
    for (i = 0; i < nodes.length; i++) nodes[i].setAttribute('aria-label', s[nodes[i].getAttribute('data-label')]);
    var buttons = document.querySelectorAll('[data-lang]');
    for (i = 0; i < buttons.length; i++) buttons[i].setAttribute('aria-pressed', String(buttons[i].getAttribute('data-lang') === lang));
    element.setAttribute('lang', lang);
    render();
  }

  function render() {
    if (!directLine) return;
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: store,
        locale: lang === 'cy' ? 'cy-GB' : 'en-GB',
        overrideLocalizedStrings: localizedStrings,
        styleOptions: styleOptions(),
        nonce: config.nonce,
      },
      element,
    );
  }

  var switchedAt = 0;
  function setLanguage(next) {
    if (next === lang) return;
    lang = next;
    switchedAt = Date.now();
    writeJson(LANGUAGE_KEY, lang);
    applyLanguage();
    tellBot();
  }

  /*
   * A language chosen in the conversation ("English" tapped or typed in the chat): the bot's
   * replies then carry its locale, and the page's own strings follow, without telling the bot
   * again. A reply already on its way when the resident pressed the page's switch is not followed.
   */
  function followBot(activity) {
    var from = activity && activity.from;
    if (!activity || activity.type !== 'message' || !from || from.role === 'user') return;
    var said = activity.locale === 'en-GB' ? 'en' : activity.locale === 'cy-GB' ? 'cy' : null;
    if (!said || said === lang || Date.now() - switchedAt < 5000) return;
    lang = said;
    writeJson(LANGUAGE_KEY, lang);
    setTimeout(applyLanguage, 0);
  }

  // The bot learns the resident's choice from an event; before the connection is up it waits.
  function tellBot() {
    if (!store || !connected) {
      unsentLanguage = lang;
      return;
    }
    unsentLanguage = null;
    // Web Chat stamps activities with its language from the store, which its re-render updates
    // only after this: set it first so the event's locale agrees with its value.
    store.dispatch({ type: 'WEB_CHAT/SET_LANGUAGE', payload: { language: lang === 'cy' ? 'cy-GB' : 'en-GB' } });
    store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'language', value: lang } });
  }

  /** Messages take the language of the conversation when they arrive, for screen readers. */
  function markMessageLanguage() {
    var observer = new MutationObserver(function () {
      var items = element.querySelectorAll('.webchat__basic-transcript__activity:not([lang])');
      for (var i = 0; i < items.length; i++) items[i].setAttribute('lang', lang);
    });
    observer.observe(element, { childList: true, subtree: true });
  }

  function showStatus(key, retry) {
    statusBox.textContent = '';
    if (!key) return;
    var p = document.createElement('span');
    p.setAttribute('data-text', key);
    p.textContent = pageStrings()[key];
    statusBox.appendChild(p);
    if (retry) {
      var b = document.createElement('button');
      b.type = 'button';
      b.setAttribute('data-text', 'retry');
      b.textContent = pageStrings().retry;
      b.addEventListener('click', function () {
        start();
      });
      statusBox.appendChild(document.createElement('br'));
      statusBox.appendChild(b);
    }
  }

  function domain() {
    return new URL(config.directLine.domain, location.href).href.replace(/\/$/, '');
  }

  function post(url, token) {
    var headers = { 'content-type': 'application/json' };
    if (token) headers.authorization = 'Bearer ' + token;
    return fetch(url, { method: 'POST', headers: headers, body: '{}', credentials: 'same-origin', cache: 'no-store' }).then(function (res) {
      if (!res.ok) throw new Error('HTTP ' + res.status);
      return res.json();
    });
  }

  function remember(saved, answer) {
    var c = {
      token: answer.token,
      conversationId: answer.conversationId || saved.conversationId,
      lifeMs: (answer.expires_in || 1800) * 1000,
      expiresAt: Date.now() + (answer.expires_in || 1800) * 1000,
    };
    writeJson(CONNECTION_KEY, c);
    return c;
  }

  /** The stored conversation if its token still has life (refreshed if little is left), or a new one. */
  function connection() {
    var saved = readJson(CONNECTION_KEY);
    var left = saved && saved.token && saved.conversationId ? saved.expiresAt - Date.now() : 0;
    if (left > REFRESH_MARGIN_MS) return Promise.resolve(saved);
    var fresh = function () {
      return post(config.directLine.tokenUrl).then(function (answer) {
        return remember({}, answer);
      });
    };
    if (left > 0) {
      return post(domain() + '/tokens/refresh', saved.token).then(function (answer) {
        return remember(saved, answer);
      }, fresh);
    }
    return fresh();
  }

  /*
   * Web Chat's Direct Line client refreshes its token itself (POST /tokens/refresh, every 15
   * minutes); the refreshed token is copied to sessionStorage so a reload after that still
   * carries on the conversation.
   */
  function keepTokenStored() {
    setInterval(function () {
      var saved = readJson(CONNECTION_KEY);
      if (saved && directLine && directLine.token && directLine.token !== saved.token) {
        saved = { token: directLine.token, conversationId: saved.conversationId, lifeMs: saved.lifeMs, expiresAt: Date.now() + saved.lifeMs };
        writeJson(CONNECTION_KEY, saved);
      }
    }, 10000);
  }

  function watchConnection() {
    return function () {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
            followBot(action.payload && action.payload.activity);
          } else if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            connected = true;
            if (unsentLanguage) setTimeout(tellBot, 0);
          } else if (action.type === 'DIRECT_LINE/CONNECT_REJECTED') {
            // A stored token the server no longer takes (expired, or a new signing secret): start afresh.
            writeJson(CONNECTION_KEY, null);
            showStatus('unavailable', true);
          }
          return next(action);
        };
      };
    };
  }

  var started = false;
  function start() {
    showStatus('connecting');
    connection().then(
      function (saved) {
        if (directLine) directLine.end();
        directLine = window.WebChat.createDirectLine({
          token: saved.token,
          conversationId: saved.conversationId,
          domain: domain(),
          webSocket: Boolean(config.directLine.webSocket),
        });
        connected = false;
        store = window.WebChat.createStore({}, watchConnection());
        showStatus(null);
        render();
        if (!started) {
          started = true;
          keepTokenStored();
          markMessageLanguage();
        }
      },
      function () {
        showStatus('unavailable', true);
      },
    );
  }

  var buttons = document.querySelectorAll('[data-lang]');
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].addEventListener('click', function (e) {
      setLanguage(e.currentTarget.getAttribute('data-lang'));
    });
  }
  document.querySelector('.skip-link').addEventListener('click', function (e) {
    // Straight to where the resident types, when the chat is there.
    var box = element.querySelector('input[type="text"], textarea');
    if (box) {
      e.preventDefault();
      box.focus();
    }
  });
  applyLanguage();
  start();
})();
