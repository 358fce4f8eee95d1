/**
 * Retention names conversations `channel:conversation`; a self-hosted website chat's are
 * `webchat:<Direct Line conversation id>`, and their activity log is kept under that id.
 * (Azure's Web Chat conversations carry the same channel id; their ids match no row here.)
 */
const PREFIX = 'webchat:';

/** The Direct Line conversation id a retention conversation key names, if it is a website chat's. */
export function websiteChatId(conversationKey: string): string | undefined {
  return conversationKey.startsWith(PREFIX) && conversationKey.length > PREFIX.length ? conversationKey.slice(PREFIX.length) : undefined;
}
