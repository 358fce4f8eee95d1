import type { Logger } from '../../log';

/**
 * Graph error codes that say "try again shortly" (developers.facebook.com/docs/graph-api/guides/
 * error-handling: 1 and 2 temporary, 4, 17, 32 and 613 rate limits; WhatsApp's 130429
 * throughput), beside Graph's own `is_transient` flag, HTTP 429 and 5xx.
 */
const TRANSIENT = new Set([1, 2, 4, 17, 32, 613, 130429]);

export interface GraphPosterOptions {
  /** The Graph API base with its version, no trailing slash. */
  baseUrl: string;
  accessToken: string;
  /** The channel, for logs: `whatsapp`, `instagram`. */
  channel: string;
  log: Logger;
  /** Graph error codes worth naming in the log, with what they mean for this channel. */
  known?: Record<number, string>;
  timeoutMs?: number;
  /** Further tries after a transient refusal or a failed connection. */
  retries?: number;
  /** The first wait; each further one doubles. A Retry-After from Graph is taken instead, up to `maxWaitMs`. */
  backoffMs?: number;
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface GraphRequest {
  /** Below the base: `{phone-number-id}/messages`, `{ig-id}/messages`, `{comment-id}/replies`. */
  path: string;
  body: unknown;
}

/** What Graph said when it would not take a request: its HTTP status, error code and subcode. */
export interface Refusal {
  status?: number;
  code?: number;
  subcode?: number;
  /** How many times it was sent. */
  attempts?: number;
}

/** A request Graph took (its answer), or the refusal that stood after any tries again. */
export type Sent = { ok: true; body: Record<string, unknown> } | { ok: false; refusal: Refusal };

/**
 * For a request Graph refused: another way to send the same message (Instagram's human-agent
 * tag after the 24-hour window), or undefined when there is none.
 */
export type OtherWay = (refused: GraphRequest, refusal: Refusal) => GraphRequest | undefined;

type Attempt = { ok: true; body: Record<string, unknown> } | ({ ok: false; retry: boolean; waitMs?: number } & Refusal);

/**
 * Posts a turn's messages to the Graph API for one resident, in order, each after the previous
 * was accepted. A transient refusal (rate limit, Graph's temporary errors, 5xx) or a connection
 * that failed is tried again after a backoff (0.5 s, 1 s by default: Meta waits only seconds for
 * the webhook's answer, which comes after the replies). A timeout is not tried again: the message
 * may have arrived, and a second copy is worse than the resident's next message starting afresh.
 * A refusal that stands is logged with Graph's status and error code, never the recipient or the
 * text, and the rest are not sent (they would arrive out of order).
 */
export class GraphPoster {
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly maxWaitMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: GraphPosterOptions) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.retries = options.retries ?? 2;
    this.backoffMs = options.backoffMs ?? 500;
    this.maxWaitMs = options.maxWaitMs ?? 5_000;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** The bodies Graph answered the accepted requests with, in order; fewer than asked when one was refused. */
  async postInOrder(requests: GraphRequest[], otherWay?: OtherWay): Promise<Array<Record<string, unknown>>> {
    const accepted: Array<Record<string, unknown>> = [];
    for (const r of requests) {
      let sent = await this.send(r);
      const other = !sent.ok && otherWay ? otherWay(r, sent.refusal) : undefined;
      if (other) sent = await this.send(other);
      if (!sent.ok) {
        this.refused(sent.refusal);
        break;
      }
      accepted.push(sent.body);
    }
    return accepted;
  }

  /** One request, tried again while the refusal is transient; Graph's answer, or undefined when it was not accepted. */
  async post(request: GraphRequest): Promise<Record<string, unknown> | undefined> {
    const sent = await this.send(request);
    if (sent.ok) return sent.body;
    this.refused(sent.refusal);
    return undefined;
  }

  /** One request, tried again while the refusal is transient: Graph's answer or the refusal that stood (not logged: the caller may have another way). */
  async send(request: GraphRequest): Promise<Sent> {
    const { channel, log } = this.options;
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.attempt(request);
      if (outcome.ok) return outcome;
      if (outcome.retry && attempt < this.retries) {
        const wait = Math.min(outcome.waitMs ?? this.backoffMs * 2 ** attempt, this.maxWaitMs);
        log.warn({ status: outcome.status, code: outcome.code, attempt: attempt + 1, waitMs: wait }, `${channel}: the Graph API did not take a reply; trying again`);
        await this.sleep(wait);
        continue;
      }
      return { ok: false, refusal: { status: outcome.status, code: outcome.code, subcode: outcome.subcode, attempts: attempt + 1 } };
    }
  }

  private refused(refusal: Refusal): void {
    const { channel, log, known } = this.options;
    const meaning = refusal.code !== undefined ? known?.[refusal.code] : undefined;
    log.error({ status: refusal.status, code: refusal.code, subcode: refusal.subcode, meaning, attempts: refusal.attempts }, `${channel}: the Graph API refused a reply or could not be reached; the rest of the turn is not sent`);
  }

  private async attempt({ path, body }: GraphRequest): Promise<Attempt> {
    let res: Response;
    try {
      res = await fetch(`${this.options.baseUrl}/${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.options.accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (e) {
      const name = (e as Error).name;
      return { ok: false, retry: name !== 'TimeoutError' && name !== 'AbortError' };
    }
    const answer = (await res.json().catch(() => ({}))) as Record<string, unknown> & { error?: { code?: number; error_subcode?: number; is_transient?: boolean } };
    if (res.ok) return { ok: true, body: answer };
    const code = typeof answer.error?.code === 'number' ? answer.error.code : undefined;
    const retry = res.status === 429 || res.status >= 500 || answer.error?.is_transient === true || (code !== undefined && TRANSIENT.has(code));
    const seconds = Number(res.headers.get('retry-after'));
    const subcode = typeof answer.error?.error_subcode === 'number' ? answer.error.error_subcode : undefined;
    return { ok: false, retry, status: res.status, code, subcode, ...(Number.isFinite(seconds) && seconds > 0 ? { waitMs: seconds * 1000 } : {}) };
  }
}
