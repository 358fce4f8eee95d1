import type { Activity } from 'botbuilder';
import {
  type AuthenticateRequestResult,
  BotFrameworkAuthentication,
  type BotFrameworkClient,
  ClaimsIdentity,
  type ConnectorClient,
  ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { ReusingBotFrameworkAuthentication } from '../../src/bot/reusing-authentication';

const identity = (appId: string) =>
  new ClaimsIdentity([
    { type: 'ver', value: '1.0' },
    { type: 'appid', value: appId },
  ]);

/** Stands in for ConfigurationBotFrameworkAuthentication, counting the clients it makes. */
class CountingAuthentication extends BotFrameworkAuthentication {
  connectorsMade: string[] = [];
  tokenClientsMade = 0;
  /** serviceUrls whose next client creation fails once. */
  failNext = new Set<string>();

  constructor(private readonly appId: string) {
    super();
  }

  async authenticateRequest(): Promise<AuthenticateRequestResult> {
    return { claimsIdentity: identity(this.appId), audience: 'aud', callerId: 'caller', connectorFactory: this.factory() };
  }

  async authenticateStreamingRequest(): Promise<AuthenticateRequestResult> {
    return this.authenticateRequest();
  }

  createConnectorFactory(): ConnectorFactory {
    return this.factory();
  }

  async createUserTokenClient(): Promise<UserTokenClient> {
    this.tokenClientsMade++;
    return { made: this.tokenClientsMade } as unknown as UserTokenClient;
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    throw new Error('not used');
  }

  private factory(): ConnectorFactory {
    const outer = this;
    return new (class extends ConnectorFactory {
      async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        if (outer.failNext.delete(serviceUrl)) throw new Error(`cannot reach ${serviceUrl}`);
        outer.connectorsMade.push(`${serviceUrl} ${audience ?? ''}`);
        return { serviceUrl, n: outer.connectorsMade.length } as unknown as ConnectorClient;
      }
    })();
  }
}

const activity = { type: 'message' } as Activity;
const connect = async (auth: BotFrameworkAuthentication, serviceUrl: string, audience: string) =>
  (await auth.authenticateRequest(activity, '')).connectorFactory!.create(serviceUrl, audience);

describe('ReusingBotFrameworkAuthentication', () => {
  it('makes one connector client per channel endpoint and audience, and reuses it on later turns', async () => {
    const inner = new CountingAuthentication('app-1');
    const auth = new ReusingBotFrameworkAuthentication(inner);
    const first = await connect(auth, 'https://a.example', 'aud');
    const again = await connect(auth, 'https://a.example', 'aud');
    const other = await connect(auth, 'https://b.example', 'aud');
    const otherAudience = await connect(auth, 'https://a.example', 'aud-2');
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    expect(otherAudience).not.toBe(first);
    expect(inner.connectorsMade).toEqual(['https://a.example aud', 'https://b.example aud', 'https://a.example aud-2']);
  });

  it('keeps the clients of different bot app ids apart', async () => {
    const inner = new CountingAuthentication('app-1');
    const auth = new ReusingBotFrameworkAuthentication(inner);
    const a = await auth.createConnectorFactory(identity('app-1')).create('https://a.example');
    const b = await auth.createConnectorFactory(identity('app-2')).create('https://a.example');
    expect(b).not.toBe(a);
    expect(await auth.createConnectorFactory(identity('app-2')).create('https://a.example')).toBe(b);
  });

  it('forgets a client whose creation failed, so the next turn tries again', async () => {
    const inner = new CountingAuthentication('app-1');
    const auth = new ReusingBotFrameworkAuthentication(inner);
    inner.failNext.add('https://a.example');
    const factory = auth.createConnectorFactory(identity('app-1'));
    await expect(factory.create('https://a.example')).rejects.toThrow('cannot reach');
    const client = await factory.create('https://a.example');
    expect(client).toMatchObject({ serviceUrl: 'https://a.example' });
    expect(await factory.create('https://a.example')).toBe(client);
  });

  it('bounds how many clients it keeps, so made-up service URLs cannot grow memory', async () => {
    const inner = new CountingAuthentication('app-1');
    const factory = new ReusingBotFrameworkAuthentication(inner).createConnectorFactory(identity('app-1'));
    const first = await factory.create('https://0.example');
    for (let i = 1; i <= 64; i++) await factory.create(`https://${i}.example`);
    expect(await factory.create('https://64.example')).toMatchObject({ serviceUrl: 'https://64.example' });
    expect(inner.connectorsMade).toHaveLength(65);
    // The oldest went to make room: asking for it again makes a new one.
    expect(await factory.create('https://0.example')).not.toBe(first);
    expect(inner.connectorsMade).toHaveLength(66);
  });

  it('reuses the user token client per app id', async () => {
    const inner = new CountingAuthentication('app-1');
    const auth = new ReusingBotFrameworkAuthentication(inner);
    const a = await auth.createUserTokenClient(identity('app-1'));
    expect(await auth.createUserTokenClient(identity('app-1'))).toBe(a);
    expect(await auth.createUserTokenClient(identity('app-2'))).not.toBe(a);
    expect(inner.tokenClientsMade).toBe(2);
  });
});
