import { z } from 'zod';

/** What Azure's POST /tokens/generate answers; anything else is refused, not passed to the page. */
const AzureToken = z.object({
  conversationId: z.string().min(1).max(256),
  token: z.string().min(1).max(8192),
  expires_in: z.number().int().positive().max(86_400),
});
export type AzureToken = z.infer<typeof AzureToken>;

/** Azure's token endpoint failed or answered something unexpected; the message never holds the secret. */
export class AzureTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AzureTokenError';
  }
}

export interface AzureExchange {
  /** DIRECT_LINE_ENDPOINT, e.g. https://europe.directline.botframework.com/v3/directline. */
  endpoint: string;
  /** DIRECT_LINE_SECRET: sent to Azure only, in the Authorization header. */
  secret: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/**
 * Exchanges the Direct Line secret for a token for one new conversation, with the user id the
 * server chose bound into it (Microsoft's "dl_" guidance: Azure then refuses any other from.id).
 */
export async function exchangeAzureToken(options: AzureExchange, userId: string): Promise<AzureToken> {
  const doFetch = options.fetch ?? fetch;
  let res: Response;
  try {
    res = await doFetch(`${options.endpoint}/tokens/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${options.secret}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      redirect: 'error',
    });
  } catch (e) {
    throw new AzureTokenError(`Direct Line token endpoint unreachable (${(e as Error).name})`);
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw new AzureTokenError(`Direct Line token endpoint answered ${res.status}`);
  }
  const text = await res.text().catch(() => '');
  let body: unknown;
  try {
    body = JSON.parse(text.slice(0, 64 * 1024));
  } catch {
    throw new AzureTokenError('Direct Line token endpoint answered something other than JSON');
  }
  const r = AzureToken.safeParse(body);
  if (!r.success) throw new AzureTokenError('Direct Line token endpoint answered without a token, conversation id and expiry');
  return r.data;
}
