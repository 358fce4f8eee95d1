/**
 * What each channel can show, as data: the one place channels differ. Dialogs say what to ask
 * (src/channels/prompt.ts); the renderer reads this table to decide how it looks. A channel not
 * listed gets plain text with numbered choices, the one form every channel shows.
 *
 * Sources (checked 2026):
 * - Messenger: quick replies, at most 13, titles cut at 20 characters; a tap posts the title and
 *   sends the payload (developers.facebook.com/docs/messenger-platform/send-messages/quick-replies).
 *   Text: 2,000 characters (the long-documented Send API limit; Meta's current pages give none).
 * - Instagram: quick replies as Messenger's (13, 20 characters); text at most 1,000 bytes of UTF-8
 *   (developers.facebook.com/docs/messenger-platform/instagram/features/send-message).
 * - WhatsApp Cloud API: reply buttons, at most 3, titles 20 characters, body 1,024 characters;
 *   list messages, at most 10 rows, row titles 24 characters, body 4,096; text 4,096
 *   (developers.facebook.com/docs/whatsapp/guides/interactive-messages).
 * - Twilio SMS (channelId `sms`, or `twilio-sms` through some hubs and the Agents SDK): a body of at most 1,600 characters (twilio.com/docs/api/errors/21617); no buttons.
 *   One segment holds 160 GSM-7 characters, or 70 in UCS-2 when any character is outside GSM-7
 *   (twilio.com/docs/glossary/what-sms-character-limit).
 * - Microsoft Teams: suggested actions are imBack only and Teams shows the first 3
 *   (learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/suggested-actions);
 *   a message of about 28 KB.
 * - Telegram: 4,096 characters a message (core.telegram.org/bots/api#sendmessage);
 *   Azure's Telegram channel shows suggested actions as keyboard buttons posting their value.
 * - Web Chat, Direct Line, Emulator: suggested actions with no practical count or title limit
 *   (botbuilder-dialogs' own table allows 100), messageBack supported, no text limit.
 */

/** How a tapped button comes back, so its value (not its label) can be read (taps.ts). */
export type TapReturn =
  /** `value: { choice }` travels with the tap; the label is shown as the resident's message. */
  | 'messageBack'
  /** The value travels as a payload (Messenger and Instagram quick replies, Telegram callbacks). */
  | 'postBack'
  /** Only the label comes back, as text: read against the labels the prompt was shown with. */
  | 'imBack';

export interface ButtonLimits {
  max: number;
  /** Longest label a button shows whole; null: no limit worth stating. */
  titleMax: number | null;
  tap: TapReturn;
  /** Longest text that may carry the buttons (WhatsApp: 1,024); longer text goes before them. */
  bodyMax?: number;
}

export interface ChannelCapabilities {
  /** The table's row, for logs and tests. */
  kind: string;
  /** Longest text one message may carry, in `unit`; null: no practical limit. */
  maxText: number | null;
  unit: 'chars' | 'utf8';
  /** Buttons shown with a message (suggested actions / quick replies / reply buttons); null: none. */
  buttons: ButtonLimits | null;
  /** A pick-list for more choices than buttons allow (WhatsApp's list message); null: none. */
  list: ButtonLimits | null;
  /** Whether hero and Adaptive Cards render. Nothing sends them today; kept so nothing starts to where they do not. */
  cards: boolean;
  /**
   * Hours after the person's last message within which the business may reply freely; absent:
   * no such window. Meta: Messenger's and Instagram's standard messaging window, WhatsApp's
   * customer service window, all 24 hours; later, only tagged or template messages, which
   * complaint updates are not (src/bot/messaging-window.ts asks for an email or phone instead).
   */
  replyWindowHours?: number;
  /**
   * Billed by the segment: one holds `chars` characters of the GSM 7-bit alphabet, or `unicodeChars`
   * when any character is outside it (Welsh â, ŵ, ŷ, emoji), and a longer message is several. A
   * prompt's `brief` form is shown here (the bilingual greeting would be four segments, nine in UCS-2).
   */
  segment?: { chars: number; unicodeChars: number };
}

const webLike = (kind: string): ChannelCapabilities => ({
  kind,
  maxText: null,
  unit: 'chars',
  buttons: { max: 10, titleMax: null, tap: 'messageBack' },
  list: null,
  cards: true,
});

const SMS: ChannelCapabilities = { kind: 'sms', maxText: 1_600, unit: 'chars', buttons: null, list: null, cards: false, segment: { chars: 160, unicodeChars: 70 } };

/** Keyed by the Bot Framework channelId each channel sends. */
const TABLE: Readonly<Record<string, ChannelCapabilities>> = {
  webchat: webLike('webchat'),
  directline: webLike('directline'),
  emulator: webLike('emulator'),
  // botbuilder-testing's TestAdapter, and integrators driving the bot over HTTP in their tests.
  test: webLike('test'),
  msteams: { kind: 'msteams', maxText: 28_000, unit: 'chars', buttons: { max: 3, titleMax: null, tap: 'imBack' }, list: null, cards: true },
  // Messenger renders Adaptive Cards as images: none are sent.
  facebook: { kind: 'facebook', maxText: 2_000, unit: 'chars', buttons: { max: 13, titleMax: 20, tap: 'postBack' }, list: null, cards: false, replyWindowHours: 24 },
  instagram: { kind: 'instagram', maxText: 1_000, unit: 'utf8', buttons: { max: 13, titleMax: 20, tap: 'postBack' }, list: null, cards: false, replyWindowHours: 24 },
  whatsapp: {
    kind: 'whatsapp',
    maxText: 4_096,
    unit: 'chars',
    buttons: { max: 3, titleMax: 20, tap: 'messageBack', bodyMax: 1_024 },
    list: { max: 10, titleMax: 24, tap: 'messageBack', bodyMax: 4_096 },
    cards: false,
    replyWindowHours: 24,
  },
  sms: SMS,
  // Twilio's SMS as some hubs and the Microsoft 365 Agents SDK name it (Azure Bot Service's own
  // Twilio channel says `sms`): the same texts, the same segments, so the very same row.
  'twilio-sms': SMS,
  telegram: { kind: 'telegram', maxText: 4_096, unit: 'chars', buttons: { max: 10, titleMax: null, tap: 'imBack' }, list: null, cards: false },
};

/** Plain text and numbered choices, kept to the shortest limit of the channels above but SMS's. */
export const UNKNOWN_CHANNEL: ChannelCapabilities = { kind: 'unknown', maxText: 2_000, unit: 'chars', buttons: null, list: null, cards: false };

export function capabilitiesOf(channelId: string | undefined): ChannelCapabilities {
  return (channelId && Object.hasOwn(TABLE, channelId) ? TABLE[channelId] : undefined) ?? UNKNOWN_CHANNEL;
}

/** Every channel in the table, for tests and the README. */
export const KNOWN_CHANNELS: readonly string[] = Object.keys(TABLE);
