import { ConfigError, type Env } from '../../config/env';
import type { Clock } from '../../clock/clock';
import type { MetaTurnDeps, MetaWebhook } from '../meta/webhook';
import { whatsAppSettings } from './settings';
import { whatsAppWebhook } from './webhook';

export { WHATSAPP_WEBHOOK_PATH } from './webhook';

/** The WhatsApp webhook when its settings are given; none (and no route) when they are not. */
export function createWhatsApp(env: Env, deps: MetaTurnDeps, clock?: Clock): MetaWebhook | undefined {
  const settings = whatsAppSettings(env);
  if (!settings) return undefined;
  if ('missing' in settings) throw new ConfigError(`WhatsApp: ${settings.missing.join(', ')} must be set too (all four, or none)`);
  return whatsAppWebhook({ ...deps, settings, ...(clock ? { clock } : {}) });
}
