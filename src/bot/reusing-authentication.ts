import type { Activity } from 'botbuilder';
import {
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClient,
  ConnectorFactory,
  JwtTokenValidation,
  type UserTokenClient,
} from 'botframework-connector';
import { ForwardingBotFrameworkAuthentication } from './forwarding-authentication';

/** Distinct channel endpoints are few; the bound only stops made-up serviceUrls growing memory. */
const MAX_CLIENTS = 64;

/** Clients being made or made, by key; the oldest goes when full, and a failed one is forgotten. */
class Bounded<V> {
  private readonly items = new Map<string, Promise<V>>();

  getOrCreate(key: string, create: () => Promise<V>): Promise<V> {
    let value = this.items.get(key);
    if (value === undefined) {
      if (this.items.size >= MAX_CLIENTS) this.items.delete(this.items.keys().next().value!);
      const made = create();
      made.catch(() => {
        if (this.items.get(key) === made) this.items.delete(key);
      });
      this.items.set(key, made);
      value = made;
    }
    return value;
  }
}

const appIdOf = (identity: ClaimsIdentity): string => JwtTokenValidation.getAppIdFromClaims(identity.claims) ?? '';

/** One ConnectorClient per app id, channel endpoint and audience, reused across turns. */
class ReusingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly appId: string,
    private readonly clients: Bounded<ConnectorClient>,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.clients.getOrCreate(`${this.appId}\n${serviceUrl}\n${audience ?? ''}`, () => this.inner.create(serviceUrl, audience));
  }
}

/**
 * ConfigurationBotFrameworkAuthentication (as in Microsoft's samples), with the clients it makes
 * reused from turn to turn instead of built afresh for every incoming activity.
 *
 * The SDK builds a new ConnectorClient and UserTokenClient, each with its own HTTP pipeline, on
 * every turn: about a tenth of a simple turn's CPU. They hold nothing about the turn: the
 * credentials inside are per app id and fetch and cache their own tokens, as the older
 * BotFrameworkAdapter's shared clients did. Authentication of each request is unchanged.
 */
export class ReusingBotFrameworkAuthentication extends ForwardingBotFrameworkAuthentication {
  private readonly connectorClients = new Bounded<ConnectorClient>();
  private readonly tokenClients = new Bounded<UserTokenClient>();

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.reusing(await this.inner.authenticateRequest(activity, authHeader));
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.reusing(await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new ReusingConnectorFactory(this.inner.createConnectorFactory(claimsIdentity), appIdOf(claimsIdentity), this.connectorClients);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.tokenClients.getOrCreate(appIdOf(claimsIdentity), () => this.inner.createUserTokenClient(claimsIdentity));
  }

  private reusing(result: AuthenticateRequestResult): AuthenticateRequestResult {
    if (!result.connectorFactory) return result;
    return { ...result, connectorFactory: new ReusingConnectorFactory(result.connectorFactory, appIdOf(result.claimsIdentity), this.connectorClients) };
  }
}
