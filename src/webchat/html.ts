import type { WebChatSettings } from './settings';

type Strings = typeof import('../../locales/cy/webchat-page.json');

export interface PageInput {
  settings: WebChatSettings;
  strings: { cy: { page: Strings; control: Record<string, string> }; en: { page: Strings; control: Record<string, string> } };
  nonce: string;
  logoUrl?: string;
  bundle: string;
  directLine: { tokenUrl: string; domain: string; webSocket: boolean };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** JSON safe inside a <script type="application/json"> element: no "</script>", no "<!--". */
export const jsonForScript = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

export function pageTitle(page: Strings, landlord: string | undefined): string {
  return landlord ? page.title_named.replace('{{name}}', landlord) : page.title;
}

/**
 * The page, Welsh first and complete before any script runs (headings, skip link, the switch);
 * page.js takes its settings and both languages' strings from the JSON block, which is data,
 * not script, so CSP's script-src 'self' holds.
 */
export function renderPage(p: PageInput): string {
  const s = p.settings;
  const cy = p.strings.cy.page;
  const en = p.strings.en.page;
  const welcome = s.WEBCHAT_WELCOME_CY && s.WEBCHAT_WELCOME_EN ? { cy: s.WEBCHAT_WELCOME_CY, en: s.WEBCHAT_WELCOME_EN } : { cy: cy.welcome, en: en.welcome };
  const config = {
    landlord: s.WEBCHAT_LANDLORD_NAME ?? null,
    welcome,
    nonce: p.nonce,
    directLine: p.directLine,
    colours: { accent: s.WEBCHAT_ACCENT_COLOUR, accentText: s.WEBCHAT_ACCENT_TEXT_COLOUR, background: s.WEBCHAT_BACKGROUND_COLOUR, text: s.WEBCHAT_TEXT_COLOUR },
    strings: p.strings,
  };
  const logo = p.logoUrl ? `<img class="logo" src="${escapeHtml(p.logoUrl)}" alt="">` : '';
  return `<!doctype html>
<html lang="cy" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(pageTitle(cy, s.WEBCHAT_LANDLORD_NAME))}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/webchat/theme.css">
<link rel="stylesheet" href="/webchat/page.css">
<script type="application/json" id="webchat-config">${jsonForScript(config)}</script>
<script src="${escapeHtml(p.bundle)}" defer></script>
<script src="/webchat/page.js" defer></script>
</head>
<body>
<a class="skip-link" href="#chat" data-text="skip_link">${escapeHtml(cy.skip_link)}</a>
<header class="banner">
  <div class="brand">${logo}<h1 id="title">${escapeHtml(pageTitle(cy, s.WEBCHAT_LANDLORD_NAME))}</h1></div>
  <div class="languages" role="group" aria-label="${escapeHtml(cy.language_group)}" data-label="language_group">
    <button type="button" lang="cy" data-lang="cy" aria-pressed="true">Cymraeg</button>
    <button type="button" lang="en" data-lang="en" aria-pressed="false">English</button>
  </div>
</header>
<main>
  <p class="welcome" id="welcome">${escapeHtml(welcome.cy)}</p>
  <section id="chat" class="chat" tabindex="-1" aria-label="${escapeHtml(cy.chat_label)}" data-label="chat_label">
    <div class="status" id="status" role="status"><span data-text="connecting">${escapeHtml(cy.connecting)}</span></div>
    <div id="webchat" class="webchat"></div>
  </section>
  <noscript><p>${escapeHtml(cy.noscript)}</p><p lang="en">${escapeHtml(en.noscript)}</p></noscript>
</main>
</body>
</html>
`;
}
