/** A plain HTTP Direct Line 3.0 client, as DirectLineJS behaves, for the website chat tests. */

export interface DlActivity {
  id: string;
  type: string;
  text?: string;
  timestamp?: string;
  channelId?: string;
  from: { id: string; role?: string };
  conversation: { id: string };
  replyToId?: string;
  channelData?: { clientActivityID?: string };
}

export interface DlResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

export async function dl<T = Record<string, unknown>>(base: string, path: string, options: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<DlResponse<T>> {
  const res = await fetch(`${base}${path}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as T, headers: res.headers };
}

let sent = 0;

/** One resident: token, conversation, then messages posted and replies read by watermark. */
export class ChatClient {
  token = '';
  conversationId = '';
  userId = '';
  watermark = '';
  readonly seen: DlActivity[] = [];

  constructor(readonly base: string) {}

  async start(): Promise<void> {
    const t = await dl<{ token: string; conversationId: string; expires_in: number }>(this.base, '/directline/token', { method: 'POST' });
    if (t.status !== 200) throw new Error(`token: HTTP ${t.status} ${JSON.stringify(t.body)}`);
    this.token = t.body.token;
    this.conversationId = t.body.conversationId;
    this.userId = JSON.parse(Buffer.from(this.token.split('.')[1], 'base64url').toString()).user;
    const c = await dl(this.base, '/v3/directline/conversations', { token: this.token, body: { user: { id: undefined }, locale: 'cy-GB' } });
    if (c.status !== 201) throw new Error(`conversation: HTTP ${c.status} ${JSON.stringify(c.body)}`);
  }

  /** New activities since the last poll. */
  async poll(): Promise<DlActivity[]> {
    const r = await dl<{ activities: DlActivity[]; watermark: string }>(this.base, `/v3/directline/conversations/${this.conversationId}/activities?watermark=${this.watermark}`, { token: this.token });
    if (r.status !== 200) throw new Error(`poll: HTTP ${r.status} ${JSON.stringify(r.body)}`);
    if (r.body.watermark) this.watermark = r.body.watermark;
    this.seen.push(...r.body.activities);
    return r.body.activities;
  }

  async post(activity: Record<string, unknown>): Promise<DlResponse<{ id?: string }>> {
    return dl(this.base, `/v3/directline/conversations/${this.conversationId}/activities`, { token: this.token, body: activity });
  }

  /** Sends a message as Web Chat does and returns the bot's replies' texts (the echo checked on the way). */
  async say(text: string): Promise<string> {
    const clientActivityID = `c-${sent++}`;
    const r = await this.post({ type: 'message', text, from: { id: 'whoever', role: 'user' }, locale: 'cy-GB', channelData: { clientActivityID } });
    if (r.status !== 200) throw new Error(`post: HTTP ${r.status} ${JSON.stringify(r.body)}`);
    const fresh = await this.poll();
    const echo = fresh.find((a) => a.channelData?.clientActivityID === clientActivityID);
    if (!echo || echo.id !== r.body.id) throw new Error(`no echo for ${clientActivityID}`);
    return fresh
      .filter((a) => a.from.role === 'bot' && a.type === 'message')
      .map((a) => a.text ?? '')
      .join('\n');
  }
}
