import { readFileSync } from 'node:fs';
import type { CloudAdapter, Middleware, Storage, TurnContext } from 'botbuilder';
import type restify from 'restify';
import { createAdapter, shareDialogStateConfiguration } from './bot/adapter';
import { CaseFiling } from './bot/case-filing';
import { ComplaintsBot } from './bot/complaints-bot';
import { caseEnquiryServices } from './bot/case-enquiry';
import type { ConversationOwner } from '../dialogs/main/conversation-owner';
import { CaseUpdates } from './cases/updates';
import { TriageFiling } from './bot/triage-filing';
import { defaultClassifier, type Classifier } from './triage';
import { TranscriptMiddleware } from './bot/transcript-logger';
import { ConfigError, type Env } from './config/env';
import { loadHolidays } from './config/holidays';
import { DeadlineService } from './deadlines/service';
import { createI18n } from './i18n';
import type { i18n } from 'i18next';
import { createProfileRegistry, type ProfileRegistry } from './policy/profiles';
import type { PolicyProfile } from './policy/schema';
import { StoreComparingConversationState, StoreComparingUserState } from './bot/bot-state';
import type { HandoffReason, Store } from './store/ports';
import { Handover } from './handoff/handover';
import { HandoverCap } from './handoff/cap';
import { handoverOwner, handoverPersons } from './handoff/router-seams';
import { discloseAssistantAfterHandback } from '../dialogs/main/disclosure';
import { HandoffApi } from './handoff/api';
import { AdapterDelivery } from './handoff/delivery';
import { GateStaff } from './handoff/staff-member';
import { StreamClosers } from './handoff/stream';
import { scheduleHandoverTimeouts } from './handoff/timeouts';
import { openEmbeddedStore, openStore } from './store/open';
import { Redelivery } from './bot/redelivery';
import { ResidentLastWrote, replyWindowHours } from './bot/messaging-window';
import { RetentionMiddleware } from './bot/retention';
import { scheduleRetention } from './bot/retention-sweep';
import { Lifecycle } from './lifecycle';
import { startListingRefresh } from './cases/listing-refresh';
import { createServer } from './server';
import { createLogger, type Logger } from './log';
import { RateLimiter } from './rate-limit';
import { longMessageGuard } from './bot/long-message';
import { type Clock, systemClock } from './clock/clock';
import { directLineTarget, WebChatSite } from './webchat/site';
import type { StaffApi } from './staff/api';
import { createStaff } from './staff/create';
import type { StaffGate } from './staff/identity';
import { createDirectLineApi, createStreams, prepareWebsiteChat } from './directline/setup';
import { channelFitting } from './channels/fit';
import { createInstagram } from './channels/instagram';
import { createWhatsApp } from './channels/whatsapp';

export interface Core {
  /** Every store the bot and staff API use, behind the ports of src/store/ports.ts. */
  store: Store;
  profile: PolicyProfile;
  bot: ComplaintsBot;
  updates: CaseUpdates;
  /** The staff API without HTTP (src/staff/): bearer tokens for systems, console sessions for people; 404 everywhere when both are off. */
  staff: StaffApi;
  /** Who is calling a staff route (tokens, sessions): the handover routes ask it too. */
  staffGate: StaffGate;
  i18n: i18n;
  health(): Promise<{ ok: boolean; [k: string]: unknown }>;
  clock: Clock;
  /**
   * Middleware every adapter running the bot must use, in this order, after the transcript's:
   * replies fitted to the channel (src/channels/), retention bookkeeping (and endOfConversation,
   * deleteUserData), then re-delivery.
   */
  turnMiddleware: Middleware[];
}

export interface App extends Core {
  server: restify.Server;
  /** The staff handover routes (src/handoff/api.ts): /staff/handoffs… */
  handoffs: HandoffApi;
  /** The Bot Framework adapter: proactive messages (continueConversationAsync) go through it, to any channel. */
  adapter: CloudAdapter;
  /** Readiness (GET /readyz) and the requests in flight. */
  lifecycle: Lifecycle;
  close(): Promise<void>;
  /**
   * For SIGTERM: readiness fails and new requests get 503 at once, the listener closes, turns in
   * flight get up to `graceMs` to finish, then the retention timer stops and the store is closed
   * (SQLite's group commit flushed, PostgreSQL's pools ended). True when every turn finished.
   */
  shutdown(graceMs: number): Promise<boolean>;
}

function loadRegistry(env: Env): ProfileRegistry {
  const extra: Array<{ data: unknown; origin: string }> = [];
  if (env.POLICY_FILE) {
    try {
      extra.push({ data: JSON.parse(readFileSync(env.POLICY_FILE, 'utf8')), origin: env.POLICY_FILE });
    } catch (e) {
      throw new ConfigError(`POLICY_FILE: cannot read ${env.POLICY_FILE}: ${(e as Error).message}`);
    }
  }
  try {
    return createProfileRegistry(extra);
  } catch (e) {
    throw new ConfigError(`${env.POLICY_FILE ? 'POLICY_FILE' : 'POLICY'}: ${(e as Error).message}`);
  }
}

export interface CoreOptions {
  /** The server's clock; tests and benchmarks fix it. */
  clock?: Clock;
  /** Where the turn middleware reports what it could not record; never personal data. */
  log?: Logger;
  /**
   * The store to run on, opened by openStore (src/store/open.ts). Without one, the embedded
   * SQLite file at DATABASE_PATH is opened here; PostgreSQL needs openStore, which is async.
   */
  store?: Store;
  /** Who has each conversation (dialogs/main/conversation-owner.ts); the bot has all of them unless given. */
  owner?: ConversationOwner;
  /** The triage classifier; the shipped weights unless given (a test can place the complaint bars around a message). */
  classifier?: Classifier;
}

/** The bot and its stores, from validated settings, without any HTTP: tests drive it directly. */
export function createCore(env: Env, options: CoreOptions = {}): Core {
  const clock = options.clock ?? systemClock;
  let holidays;
  try {
    holidays = loadHolidays(env.BANK_HOLIDAYS_PATH);
  } catch (e) {
    throw new ConfigError((e as Error).message);
  }
  const registry = loadRegistry(env);
  if (!registry.has(env.POLICY)) {
    throw new ConfigError(`POLICY: unknown policy "${env.POLICY}"; known policies: ${registry.ids().join(', ')}`);
  }
  const profile = registry.get(env.POLICY);
  const store = options.store ?? openEmbeddedStore(env, clock);
  const conversationState = new StoreComparingConversationState(store.conversationState as Storage);
  const userState = new StoreComparingUserState(store.conversationState as Storage);
  const i18n = createI18n();
  const deadlines = new DeadlineService(registry, holidays);
  const calendar = deadlines.calendar(profile);
  const cases = store.cases;
  const filing = new CaseFiling(cases, deadlines, profile, defaultClassifier(), store.handoffs);
  const handover = new Handover({
    handoffs: store.handoffs,
    transcripts: store.transcripts,
    cases,
    profile,
    calendar,
    hours: env.STAFFED_HOURS.hours,
    i18n,
    draft: (context) => bot.draftAnswers(context),
    // A hub's `completed` gives the conversation back: the router's own words say so.
    handedBack: (context, lang) => discloseAssistantAfterHandback(context, i18n, lang),
    cap: new HandoverCap({ perAddress: env.HANDOVER_MAX_OPEN_PER_ADDRESS, total: env.HANDOVER_MAX_OPEN }),
    hubEventSecret: env.HUB_EVENT_SECRET,
    log: options.log,
  });
  const requestHuman = async (context: TurnContext, reason: HandoffReason) => handover.requestHuman(context, reason, await bot.language.get(context));
  const updates = new CaseUpdates(cases, deadlines, clock);

  const bot: ComplaintsBot = new ComplaintsBot({
    clock,
    conversationState,
    userState,
    repliesAfterState: store.shared,
    i18n,
    enquiry: caseEnquiryServices(cases, updates, deadlines, store.lookupLocks, (context) => filing.today(context), requestHuman),
    triage: new TriageFiling(options.classifier ?? defaultClassifier(), cases, profile, (context) => filing.today(context), calendar),
    handover,
    intake: {
      profile,
      calendar,
      today: (context) => filing.today(context),
      fileCase: (context, state, lang) => filing.fileCase(context, state, lang),
      requestHuman,
      replyWindow: (context) => replyWindowHours(context.activity.channelId) !== undefined,
    },
    // The router's seams (dialogs/main/conversation-owner.ts), read from and sent to the handover queue.
    persons: handoverPersons(handover, i18n, profile),
    owner: options.owner ?? handoverOwner(handover),
  });

  const stateKeys = (context: Parameters<typeof conversationState.getStorageKey>[0]) => ({
    conversation: conversationState.getStorageKey(context) ?? '',
    user: userState.getStorageKey(context) ?? '',
  });
  const turnMiddleware: Middleware[] = [
    // Replies cut to the channel's limits before the re-delivery middleware keeps them (src/channels/).
    channelFitting(),
    new RetentionMiddleware(store.retention, clock, stateKeys, options.log ?? createLogger()),
    new Redelivery(store.turnReplies),
    new ResidentLastWrote(store.cases, clock, options.log ?? createLogger()),
  ];
  const policy = { id: profile.id, version: profile.version, name: profile.name.en, nation: profile.nation };
  const health = async () => {
    const h = await store.health().catch((e: unknown) => ({ ok: false, kind: undefined, schemaVersion: null, error: (e as Error).message }));
    return h.ok
      ? { ok: true, status: 'ok', store: { ok: true, kind: h.kind, schemaVersion: h.schemaVersion }, policy }
      : { ok: false, status: 'unavailable', store: { ok: false, kind: h.kind, error: h.error }, policy: { id: profile.id } };
  };

  const { api: staff, gate: staffGate } = createStaff(env, { store, clock, updates, deadlines });

  return { store, profile, updates, staff, staffGate, bot, health, i18n, clock, turnMiddleware };
}

/** How long shutdown waits, after the turns, for connections no turn counts before closing them. */
const LISTENER_CLOSE_MS = 5_000;

/** Builds everything from validated settings; nothing listens until the caller says so. */
export async function createApp(env: Env, log: Logger = createLogger(env.LOG_LEVEL), options: CoreOptions = {}): Promise<App> {
  // Before the store opens: a logo that cannot be read stops the start with nothing to close.
  const webchat = new WebChatSite(env, { directLine: directLineTarget(env) });
  const store = options.store ?? (await openStore(env, { clock: options.clock ?? systemClock, log }));
  const core = createCore(env, { log, ...options, store });
  const chat = await prepareWebsiteChat(env, store.directLine);
  const adapter = createAdapter(env, core.i18n, log, (context) => core.bot.recoverFromError(context, log), chat.local);
  // First, so a message too long to read reaches neither the transcript nor the bot.
  adapter.use(longMessageGuard(core.i18n, (context) => core.bot.language.get(context)));
  adapter.use(new TranscriptMiddleware(store.transcripts, log, core.clock));
  adapter.use(shareDialogStateConfiguration());
  for (const m of core.turnMiddleware) adapter.use(m);
  const retention = scheduleRetention(store.retention, core.clock, env.RETENTION_DAYS, log);
  const chatRetention = scheduleRetention(store.directLine, core.clock, env.RETENTION_DAYS, log, undefined, 'idle website chat conversations');
  // In the background: residents need none of it, and a big recompute must not delay readiness.
  const listings = startListingRefresh(store.cases, core.updates.deadlines, log);
  const rateLimit = new RateLimiter(env.MESSAGE_RATE_LIMIT, core.clock);
  const lifecycle = new Lifecycle();
  // The staff handover: replies and hand-backs reach the resident proactively through the adapter.
  const metaDeps = { adapter, run: (context: TurnContext) => core.bot.run(context), locks: store.locks, rateLimit, replies: store.turnReplies, appId: env.MicrosoftAppId, log };
  const whatsapp = createWhatsApp(env, metaDeps, core.clock);
  const instagram = createInstagram(env, metaDeps);
  const metaHooks = [whatsapp, instagram];
  const delivery = new AdapterDelivery(adapter, env.MicrosoftAppId, store.locks, (context, resume) => core.bot.resumeAfterHandback(context, resume), (ref) =>
    metaHooks.find((hook) => hook?.channel.channelId === ref.channelId),
  );
  const handoffStreams = new StreamClosers();
  const handoffs = new HandoffApi({
    auth: new GateStaff(core.staffGate),
    handoffs: store.handoffs,
    transcripts: store.transcripts,
    cases: store.cases,
    delivery,
    i18n: core.i18n,
    now: () => core.clock.now(),
    showFirstName: env.HANDOVER_STAFF_FIRST_NAME,
    streams: handoffStreams,
    profile: core.profile,
    deadlines: core.updates.deadlines,
    staffAccounts: store.staffAccounts,
    log,
  });
  const timeouts = scheduleHandoverTimeouts({ handoffs: store.handoffs, clock: core.clock, minutes: env.HANDOVER_ACCEPT_MINUTES, delivery, i18n: core.i18n, log });
  const streams = createStreams(chat, { env, store: store.directLine, clock: core.clock, log });
  const directLine = createDirectLineApi(chat, { env, store: store.directLine, clock: core.clock, log, adapter, run: (c) => core.bot.run(c), locks: store.locks, messageRate: rateLimit, streams });
  const server = createServer({ adapter, bot: core.bot, locks: store.locks, health: core.health, staff: core.staff, handoffs, log, rateLimit, now: () => core.clock.now(), lifecycle, directLine, whatsapp, instagram, webchat, streams, appId: env.MicrosoftAppId, ownServiceUrl: () => chat.local?.serviceUrl(), hubEventSecret: env.HUB_EVENT_SECRET, trustedProxies: env.TRUSTED_PROXIES });
  chat.listening(() => server.address());
  let closing: Promise<boolean> | undefined;
  const within = (p: Promise<void>, ms: number) =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      void p.then(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  const shutdown = (graceMs: number) =>
    (closing ??= (async () => {
      lifecycle.stopAccepting();
      // Website chat streams go now (residents reconnect to another instance); their sockets would hold the listener open.
      await streams?.close();
      // Open staff handover streams end now, or they would hold the drain for the whole grace period.
      handoffStreams.closeAll();
      // Stops listening; idle kept-alive connections are closed, busy ones when their answer is sent.
      const listenerClosed = new Promise<void>((resolve) => server.close(() => resolve()));
      const drained = await lifecycle.drained(graceMs);
      if (!drained) {
        log.warn({ inFlight: lifecycle.inFlight, graceMs }, 'shutdown: turns still running after the grace period; closing anyway');
        server.server.closeAllConnections();
      }
      // Kept-alive connections that went idle once their last answer was sent would otherwise
      // hold the listener open until their keep-alive timeout.
      server.server.closeIdleConnections();
      // A request no turn counts (a client still sending its body, a download) would hold the
      // listener open for ever: a few seconds, then every connection is closed.
      if (!(await within(listenerClosed, LISTENER_CLOSE_MS))) {
        log.warn({ waitedMs: LISTENER_CLOSE_MS }, 'shutdown: connections still open; closing them');
        server.server.closeAllConnections();
        await listenerClosed;
      }
      await retention.stop();
      await timeouts.stop();
      await chatRetention.stop();
      await listings.stop();
      await store.close();
      return drained;
    })());
  return {
    ...core,
    server,
    handoffs,
    adapter,
    lifecycle,
    shutdown,
    async close() {
      await shutdown(30_000);
    },
  };
}
