import { sameSecret } from '../same-secret';

/**
 * Which conversations a contact-centre hub is on, and which of its events to believe. Pure: the
 * caller passes the activity's fields and the HUB_EVENT_SECRET setting.
 *
 * On Direct Line (Azure's, channelId `directline` or `webchat`, and this server's own, `webchat`)
 * the resident's page is a client of the conversation: whatever the bot sends there reaches the
 * page (and devtools on a shared computer), and the page can post whatever a hub could. So there
 * the bot sends `handoff.initiate` only when a hub has been set up to sign its events, and takes
 * `handoff.status` only with that signature. Other channels (a hub that is itself the channel,
 * such as Omnichannel) are as before.
 */
export const DIRECT_LINE_CHANNELS: ReadonlySet<string> = new Set(['directline', 'webchat']);

const isHubStatus = (name: unknown) => typeof name === 'string' && name.trim().toLowerCase() === 'handoff.status';

/** Whether a hub can be listening on a conversation of this channel, so hub-only events may go there. */
export function hubListens(channelId: string | undefined, secret: string | undefined): boolean {
  return !DIRECT_LINE_CHANNELS.has(channelId ?? '') || Boolean(secret);
}

/**
 * A `handoff.status` event on a Direct Line conversation must carry HUB_EVENT_SECRET as its
 * value's `secret` (the value may be a JSON string, as some hubs send it). Returns why it is
 * refused, or null; when accepted, the secret is taken out of the activity's value so that it is
 * never kept, logged or answered with.
 */
export function checkHubStatus(activity: { type?: unknown; name?: unknown; channelId?: unknown; value?: unknown }, secret: string | undefined): string | null {
  if (activity.type !== 'event' || !isHubStatus(activity.name) || !DIRECT_LINE_CHANNELS.has(String(activity.channelId))) return null;
  if (!secret) return 'name: handoff.status on Direct Line is taken only from a hub that signs it (HUB_EVENT_SECRET is not set)';
  let value = activity.value;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      value = undefined;
    }
  }
  if (!value || typeof value !== 'object' || !sameSecret((value as { secret?: unknown }).secret, secret)) {
    return 'value.secret: handoff.status on Direct Line must carry the hub\'s secret';
  }
  const { secret: _secret, ...rest } = value as Record<string, unknown>;
  activity.value = rest;
  return null;
}
