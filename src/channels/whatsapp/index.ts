import { ConfigError, type Env } from '../../config/env';
import { whatsAppSettings } from './settings';
import { type WhatsAppDeps, WhatsAppWebhook } from './webhook';

export { WHATSAPP_WEBHOOK_PATH, WhatsAppWebhook, readRawBody, BodyTooLargeError } from './webhook';

/** The WhatsApp webhook when its settings are given; none (and no route) when they are not. */
export function createWhatsApp(env: Env, deps: Omit<WhatsAppDeps, 'settings'>): WhatsAppWebhook | undefined {
  const settings = whatsAppSettings(env);
  if (!settings) return undefined;
  if ('missing' in settings) throw new ConfigError(`WhatsApp: ${settings.missing.join(', ')} must be set too (all four, or none)`);
  return new WhatsAppWebhook({ ...deps, settings });
}
