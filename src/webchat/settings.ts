import { z } from 'zod';
import { meetsTextContrast, MIN_TEXT_CONTRAST, parseHexColour } from './contrast';

/**
 * The chat page's branding and embedding (WEBCHAT_*), read with the other settings at start-up.
 * Every value here ends up in a response header or the page, so each is checked strictly: an
 * origin that could smuggle another CSP directive, or a colour pair residents cannot read, stops
 * the process with a message naming the setting.
 */

const colour = (fallback: string) =>
  z
    .string()
    .refine((v) => parseHexColour(v) !== undefined, 'must be a colour as #rgb or #rrggbb, e.g. #1d4f91')
    .transform((v) => v.trim().toLowerCase())
    .default(fallback);

// scheme://host[:port], host possibly starting with "*." (CSP's own subdomain wildcard); nothing
// that could end the directive (space, ';', ',', quote).
const ORIGIN = /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i;

/** Comma-separated list of origins allowed to frame the page (frame-ancestors). */
export function parseOrigins(text: string): { origins: string[] } | { error: string } {
  const origins: string[] = [];
  for (const [i, raw] of text.split(',').entries()) {
    const o = raw.trim().replace(/\/$/, '');
    if (!o) continue;
    if (!ORIGIN.test(o)) return { error: `entry ${i + 1} must be an origin such as https://www.landlord.example (scheme and host, no path)` };
    origins.push(o.toLowerCase());
  }
  return { origins };
}

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).optional();

export const WebChatSettingsSchema = z.object({
  /** Shown in the page's heading and title; absent: a heading without a name. */
  WEBCHAT_LANDLORD_NAME: text(120),
  /** A file we serve at /webchat/logo, or an https URL (its origin is allowed for images). */
  WEBCHAT_LOGO: z
    .string()
    .trim()
    .refine((v) => !/^[a-z][a-z0-9+.-]*:/i.test(v) || /^https:\/\/[^\s"';,]+$/i.test(v), 'must be a file path, or a URL starting https://')
    .optional(),
  WEBCHAT_WELCOME_CY: text(500),
  WEBCHAT_WELCOME_EN: text(500),
  /** Header bar and the resident's own messages: background, and the text on it. */
  WEBCHAT_ACCENT_COLOUR: colour('#1d4f91'),
  WEBCHAT_ACCENT_TEXT_COLOUR: colour('#ffffff'),
  /** The page and the bot's messages: background, and the text on it. */
  WEBCHAT_BACKGROUND_COLOUR: colour('#ffffff'),
  WEBCHAT_TEXT_COLOUR: colour('#1b1b1b'),
  /** Origins whose pages may embed the chat in an iframe; 'self' always may. */
  WEBCHAT_ALLOWED_ORIGINS: z
    .string()
    .optional()
    .transform((v, ctx): string[] => {
      if (v === undefined) return [];
      const r = parseOrigins(v);
      if ('origins' in r) return r.origins;
      ctx.issues.push({ code: 'custom', message: r.error, input: v });
      return z.NEVER;
    }),
});
export type WebChatSettings = z.infer<typeof WebChatSettingsSchema>;

/** Colour pairs that are shown as text on background, named as the settings are. */
const PAIRS = [
  ['WEBCHAT_TEXT_COLOUR', 'WEBCHAT_BACKGROUND_COLOUR'],
  ['WEBCHAT_ACCENT_TEXT_COLOUR', 'WEBCHAT_ACCENT_COLOUR'],
  // The answer buttons and links: accent-coloured text on the page.
  ['WEBCHAT_ACCENT_COLOUR', 'WEBCHAT_BACKGROUND_COLOUR'],
] as const;

/**
 * What is wrong with parsed settings beyond each value's own form, or undefined: a text/background
 * pair under WCAG AA contrast, or a welcome line given in one language only.
 */
export function webChatSettingsProblem(s: WebChatSettings): string | undefined {
  for (const [fg, bg] of PAIRS) {
    const { ok, ratio } = meetsTextContrast(parseHexColour(s[fg])!, parseHexColour(s[bg])!);
    if (!ok) {
      return `${fg}: ${s[fg]} on ${bg} ${s[bg]} has a contrast of ${ratio.toFixed(2)}:1, under the ${MIN_TEXT_CONTRAST}:1 that WCAG 2.2 AA needs for text; choose a darker or lighter colour`;
    }
  }
  if (Boolean(s.WEBCHAT_WELCOME_CY) !== Boolean(s.WEBCHAT_WELCOME_EN)) {
    const missing = s.WEBCHAT_WELCOME_CY ? 'WEBCHAT_WELCOME_EN' : 'WEBCHAT_WELCOME_CY';
    return `${missing}: required when the welcome line is set in the other language, so residents reading either language get one`;
  }
  return undefined;
}
