import {
  type AuthenticateRequestResult,
  AuthenticationConstants,
  BotFrameworkAuthentication,
  ClaimsIdentity,
  ConnectorClient,
  ConnectorFactory,
} from 'botframework-connector';
import { ForwardingBotFrameworkAuthentication } from '../bot/forwarding-authentication';

/**
 * How the bot reaches self-hosted Direct Line conversations: a ConnectorClient, as for any
 * channel, pointed at this server's Bot Connector endpoints (serviceUrl = PUBLIC_URL) and
 * authenticated with a key the instances share (derived from the token secret), not an Entra
 * token: with MicrosoftAppId set, nothing here asks login.microsoftonline.com for anything, and
 * no call leaves the machine (or the cluster). Other serviceUrls get the SDK's own clients.
 */
export interface LocalConnector {
  /** This server's public base URL, the serviceUrl of self-hosted conversations. */
  serviceUrl(): string;
  /** The bearer the connector endpoints accept. */
  key(): string;
}

const trimmed = (url: string) => url.replace(/\/+$/, '');

/** Whether `serviceUrl` is this server's own (where the local key may be sent, and nowhere else). */
export function isLocal(local: LocalConnector, serviceUrl: string | undefined): boolean {
  return typeof serviceUrl === 'string' && trimmed(serviceUrl) === trimmed(local.serviceUrl());
}

/** Signs every request with the shared key (the SDK's ServiceClientCredentials shape). */
class LocalCredentials {
  constructor(private readonly key: () => string) {}
  async signRequest<T extends { headers: { set(name: string, value: string): void } }>(request: T): Promise<T> {
    request.headers.set('authorization', `Bearer ${this.key()}`);
    return request;
  }
}

/** One client for this server's connector, reused; anything else goes to `fallback`. */
export class LocalConnectorFactory extends ConnectorFactory {
  private client?: { baseUri: string; client: ConnectorClient };

  constructor(
    private readonly local: LocalConnector,
    private readonly fallback?: ConnectorFactory,
  ) {
    super();
  }

  async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    if (!isLocal(this.local, serviceUrl)) {
      if (!this.fallback) throw new Error('the self-hosted Direct Line connector serves only its own serviceUrl');
      return this.fallback.create(serviceUrl, audience);
    }
    const baseUri = trimmed(this.local.serviceUrl());
    if (this.client?.baseUri !== baseUri) {
      const credentials = new LocalCredentials(() => this.local.key()) as unknown as ConstructorParameters<typeof ConnectorClient>[0];
      this.client = { baseUri, client: new ConnectorClient(credentials, { baseUri }) };
    }
    return this.client.client;
  }
}

/** The identity a self-hosted Direct Line turn runs under: this bot, as the SDK builds it for proactive turns. */
function botIdentity(appId: string): ClaimsIdentity {
  return new ClaimsIdentity(
    [
      { type: AuthenticationConstants.AudienceClaim, value: appId },
      { type: AuthenticationConstants.AppIdClaim, value: appId },
    ],
    true,
  );
}

/**
 * What an incoming self-hosted Direct Line activity is authenticated as. The server itself is
 * the channel and has already checked the resident's token, so the turn is handed to the adapter
 * with this result instead of an Authorization header to validate against Entra.
 */
export function localTurnAuthentication(local: LocalConnector, appId: string): AuthenticateRequestResult {
  return { claimsIdentity: botIdentity(appId), audience: '', callerId: undefined as unknown as string, connectorFactory: new LocalConnectorFactory(local) };
}

/**
 * The bot's authentication, unchanged for every channel, except that connector clients for this
 * server's own serviceUrl (proactive messages to a website chat: continueConversationAsync with
 * a stored conversation reference) use the local key. Inbound requests (/api/messages) are
 * authenticated exactly as before.
 */
export class SelfHostedConnectorAuthentication extends ForwardingBotFrameworkAuthentication {
  constructor(
    inner: BotFrameworkAuthentication,
    private readonly local: LocalConnector,
  ) {
    super(inner);
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new LocalConnectorFactory(this.local, this.inner.createConnectorFactory(claimsIdentity));
  }
}
