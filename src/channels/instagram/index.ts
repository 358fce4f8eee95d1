import { ConfigError, type Env } from '../../config/env';
import type { MetaTurnDeps, MetaWebhook } from '../meta/webhook';
import { instagramSettings } from './settings';
import { instagramWebhook } from './webhook';

export { INSTAGRAM_WEBHOOK_PATH } from './webhook';

/** The Instagram webhook when its settings are given; none (and no route) when they are not. */
export function createInstagram(env: Env, deps: MetaTurnDeps): MetaWebhook | undefined {
  const settings = instagramSettings(env);
  if (!settings) return undefined;
  if ('missing' in settings) throw new ConfigError(`Instagram: ${settings.missing.join(', ')} must be set too (all four, or none)`);
  return instagramWebhook({ ...deps, settings });
}
