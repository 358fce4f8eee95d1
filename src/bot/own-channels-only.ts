import type { Activity } from 'botbuilder';
import { type AuthenticateRequestResult, type ClaimsIdentity, ConnectorClient, ConnectorFactory } from 'botframework-connector';
import { ForwardingBotFrameworkAuthentication } from './forwarding-authentication';

/** What a refused outbound call throws: the turn or the staff reply fails, and no request is made. */
export class OutboundRefused extends Error {
  constructor() {
    super('without MicrosoftAppId this bot sends nothing to a serviceUrl a caller named: replies go in the answer (expectReplies) or to its own website chat');
    this.name = 'OutboundRefused';
  }
}

/** Refuses before anything is sent: the SDK signs each request before it goes. */
class RefusingCredentials {
  async signRequest(): Promise<never> {
    throw new OutboundRefused();
  }
}

/** Clients that exist (a turn's context needs one) but can send nothing. */
class RefusingConnectorFactory extends ConnectorFactory {
  async create(serviceUrl: string): Promise<ConnectorClient> {
    return new ConnectorClient(new RefusingCredentials() as unknown as ConstructorParameters<typeof ConnectorClient>[0], { baseUri: serviceUrl });
  }
}

/**
 * The bot's authentication when there is no MicrosoftAppId. Then /api/messages authenticates
 * nobody, and the serviceUrl an activity names is the caller's word: the SDK would POST the
 * bot's replies there (and staff replies, later, from the stored conversation reference), a
 * request forged to any address the server can reach. Every connector client made here refuses to
 * send; this server's own website chat is served by the self-hosted connector in front of this
 * one (src/directline/connector.ts), and expectReplies answers never use a connector.
 */
export class OwnChannelsOnlyAuthentication extends ForwardingBotFrameworkAuthentication {
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return { ...(await this.inner.authenticateRequest(activity, authHeader)), connectorFactory: new RefusingConnectorFactory() };
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return { ...(await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader)), connectorFactory: new RefusingConnectorFactory() };
  }

  override createConnectorFactory(_claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new RefusingConnectorFactory();
  }
}
