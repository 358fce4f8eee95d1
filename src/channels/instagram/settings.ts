import { z } from 'zod';
import { allOrNone, graphUrlRule } from '../meta/settings';

/** The adapter's settings; all four together, or none (the route is then not there). */
export const InstagramSettingsSchema = z.object({
  /** A Page access token (or Instagram User token) with instagram_basic, instagram_manage_messages and instagram_manage_comments. */
  INSTAGRAM_ACCESS_TOKEN: z.string().min(1).optional(),
  /** The landlord's Instagram professional account id (digits), the `recipient.id` of residents' messages. */
  INSTAGRAM_ACCOUNT_ID: z.string().regex(/^\d{1,30}$/, "must be the Instagram professional account's id (digits)").optional(),
  /** The Meta app's secret: webhook signatures are checked with it. */
  INSTAGRAM_APP_SECRET: z.string().min(1).optional(),
  /** Any string of your choosing, entered again in the app's webhook set-up; Meta sends it back once to verify the URL. */
  INSTAGRAM_VERIFY_TOKEN: z.string().min(8, 'must be at least 8 characters').optional(),
  /** The Graph API base, with its version (https://graph.instagram.com/v23.0 for Instagram Login tokens); tests point it at a local stand-in. */
  INSTAGRAM_GRAPH_URL: z.string().refine(graphUrlRule.check, graphUrlRule.message).default(graphUrlRule.default),
});

export const INSTAGRAM_SECRETS = ['INSTAGRAM_ACCESS_TOKEN', 'INSTAGRAM_APP_SECRET', 'INSTAGRAM_VERIFY_TOKEN'] as const;

export interface InstagramSettings {
  accessToken: string;
  accountId: string;
  appSecret: string;
  verifyToken: string;
  graphUrl: string;
}

const REQUIRED = ['INSTAGRAM_ACCESS_TOKEN', 'INSTAGRAM_ACCOUNT_ID', 'INSTAGRAM_APP_SECRET', 'INSTAGRAM_VERIFY_TOKEN'] as const;

/** The settings when the adapter is configured; null when none is set; the missing names when only some are. */
export function instagramSettings(env: z.infer<typeof InstagramSettingsSchema>): InstagramSettings | null | { missing: string[] } {
  const given = allOrNone(env, REQUIRED);
  if (given === 'none') return null;
  if (given !== 'all') return given;
  return {
    accessToken: env.INSTAGRAM_ACCESS_TOKEN!,
    accountId: env.INSTAGRAM_ACCOUNT_ID!,
    appSecret: env.INSTAGRAM_APP_SECRET!,
    verifyToken: env.INSTAGRAM_VERIFY_TOKEN!,
    graphUrl: env.INSTAGRAM_GRAPH_URL.replace(/\/+$/, ''),
  };
}
