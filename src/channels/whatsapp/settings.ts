import { z } from 'zod';
import { allOrNone, graphUrlRule } from '../meta/settings';

/** The adapter's settings; all four secrets together, or none (the route is then not there). */
export const WhatsAppSettingsSchema = z.object({
  /** A system user's access token with whatsapp_business_messaging permission. */
  WHATSAPP_ACCESS_TOKEN: z.string().min(1).optional(),
  /** The business phone number's id (not the number itself), from the app's WhatsApp > API setup page. */
  WHATSAPP_PHONE_NUMBER_ID: z.string().regex(/^\d{1,30}$/, 'must be the phone number id (digits) from WhatsApp > API setup').optional(),
  /** The Meta app's secret: webhook signatures are checked with it. */
  WHATSAPP_APP_SECRET: z.string().min(1).optional(),
  /** Any string of your choosing, entered again in the app's webhook set-up; Meta sends it back once to verify the URL. */
  WHATSAPP_VERIFY_TOKEN: z.string().min(8, 'must be at least 8 characters').optional(),
  /**
   * An approved message template (Utility, no variables, in Welsh `cy` and English `en_GB`) sent
   * when a person's message is refused because the resident last wrote over 24 hours ago: it asks
   * them to reply, which opens the window again. Unset: nothing is sent and staff are told.
   */
  WHATSAPP_REOPEN_TEMPLATE: z
    .string()
    .regex(/^[a-z0-9_]{1,512}$/, 'must be a template name as WhatsApp Manager shows it: lower case letters, digits and underscores')
    .optional(),
  /** The Graph API base, with its version; tests point it at a local stand-in. */
  WHATSAPP_GRAPH_URL: z.string().refine(graphUrlRule.check, graphUrlRule.message).default(graphUrlRule.default),
});

export const WHATSAPP_SECRETS = ['WHATSAPP_ACCESS_TOKEN', 'WHATSAPP_APP_SECRET', 'WHATSAPP_VERIFY_TOKEN'] as const;

export interface WhatsAppSettings {
  accessToken: string;
  phoneNumberId: string;
  appSecret: string;
  verifyToken: string;
  graphUrl: string;
  /** WHATSAPP_REOPEN_TEMPLATE, or null. */
  reopenTemplate?: string | null;
}

const REQUIRED = ['WHATSAPP_ACCESS_TOKEN', 'WHATSAPP_PHONE_NUMBER_ID', 'WHATSAPP_APP_SECRET', 'WHATSAPP_VERIFY_TOKEN'] as const;

/** The settings when the adapter is configured; null when none is set; an error naming what is missing when only some are. */
export function whatsAppSettings(env: z.infer<typeof WhatsAppSettingsSchema>): WhatsAppSettings | null | { missing: string[] } {
  const given = allOrNone(env, REQUIRED);
  if (given === 'none') return null;
  if (given !== 'all') return given;
  return {
    accessToken: env.WHATSAPP_ACCESS_TOKEN!,
    phoneNumberId: env.WHATSAPP_PHONE_NUMBER_ID!,
    appSecret: env.WHATSAPP_APP_SECRET!,
    verifyToken: env.WHATSAPP_VERIFY_TOKEN!,
    graphUrl: env.WHATSAPP_GRAPH_URL.replace(/\/+$/, ''),
    reopenTemplate: env.WHATSAPP_REOPEN_TEMPLATE ?? null,
  };
}
