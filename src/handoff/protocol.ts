/**
 * The Bot Framework handoff protocol, as plain data: the `handoff.initiate` event a bot sends when
 * it hands a conversation to a person, and the `handoff.status` events a hub sends back. The
 * shapes are those of botbuilder's EventFactory.createHandoffInitiation / createHandoffStatus,
 * built here without botbuilder (no TurnContext, no uuid, no clock: the caller passes them), so
 * this ports to the Microsoft 365 Agents SDK unchanged. Dynamics 365 Omnichannel, LivePerson and
 * other hubs act on it; channels and Web Chat ignore an event they do not know.
 */
import type { HandoffReason } from '../store/ports';

export const HANDOFF_INITIATE = 'handoff.initiate';
export const HANDOFF_STATUS = 'handoff.status';

export interface ChannelAccountLike {
  id: string;
  name?: string;
  role?: string;
}

/** A conversation reference, as botbuilder's TurnContext.getConversationReference gives it. */
export interface ReferenceLike {
  activityId?: string;
  user?: ChannelAccountLike;
  bot?: ChannelAccountLike;
  conversation: { id: string; [k: string]: unknown };
  channelId: string;
  serviceUrl: string;
  locale?: string;
}

/** What a hub (or the built-in console) needs to pick the conversation up without asking again. */
export interface HandoffContext {
  language: 'cy' | 'en' | null;
  reason: HandoffReason;
  /** The triage reading of what the resident said, with the words that decided it. */
  triage: { kind: string; urgent: boolean; safeguarding: boolean; signals: unknown[] } | null;
  /** The case filed in this conversation, if any. */
  caseReference: string | null;
  /** The intake's answers so far, when a complaint was being made. */
  caseDraft: Record<string, unknown> | null;
  outcomeSought: unknown;
  adjustments: unknown;
  representative: unknown;
  profileId: string;
  /** For a matter the profile sends to staff: which, and the clause that says so. */
  staffMatter?: { id: string; clause: string } | null;
}

/** The intake's answers as the context object carries them: the draft and the three fields hubs look for. */
export function handoffContext(input: {
  language: 'cy' | 'en' | null;
  reason: HandoffReason;
  triage: HandoffContext['triage'] | null;
  caseReference: string | null;
  answers: Record<string, unknown> | null;
  profileId: string;
  staffMatter?: HandoffContext['staffMatter'];
}): HandoffContext {
  const a = input.answers;
  return {
    language: input.language,
    reason: input.reason,
    triage: input.triage,
    caseReference: input.caseReference,
    caseDraft: a && Object.keys(a).length ? a : null,
    outcomeSought: a?.outcomes ?? null,
    adjustments: a?.adjustments ?? null,
    representative: a?.representative ?? null,
    profileId: input.profileId,
    ...(input.staffMatter ? { staffMatter: input.staffMatter } : {}),
  };
}

/** A transcript line as a hub reads it: a message activity, oldest first. */
export interface TranscriptLine {
  at: string;
  direction: 'in' | 'out';
  text: string | null;
}

export interface HandoffInitiation {
  type: 'event';
  name: typeof HANDOFF_INITIATE;
  id: string;
  timestamp: string;
  value: HandoffContext;
  conversation: ReferenceLike['conversation'];
  from?: ChannelAccountLike;
  relatesTo: ReferenceLike;
  replyToId?: string;
  serviceUrl: string;
  channelId: string;
  attachments: Array<{ contentType: 'application/json'; name: 'Transcript'; content: { activities: unknown[] } }>;
  entities: unknown[];
}

/**
 * The event botbuilder's EventFactory.createHandoffInitiation(context, handoffContext, transcript)
 * makes, field for field; the transcript as `{ activities }` of message activities, as
 * botbuilder's Transcript class holds them.
 */
export function handoffInitiation(input: {
  id: string;
  timestamp: string;
  reference: ReferenceLike;
  /** The resident, as the incoming activity's `from`. */
  from?: ChannelAccountLike;
  context: HandoffContext;
  transcript: readonly TranscriptLine[];
}): HandoffInitiation {
  const { reference } = input;
  const activities = input.transcript.map((line) => ({
    type: 'message',
    timestamp: line.at,
    text: line.text ?? '',
    from: line.direction === 'in' ? (reference.user ?? { id: 'resident' }) : (reference.bot ?? { id: 'bot' }),
    conversation: reference.conversation,
    channelId: reference.channelId,
  }));
  return {
    type: 'event',
    name: HANDOFF_INITIATE,
    id: input.id,
    timestamp: input.timestamp,
    value: input.context,
    conversation: reference.conversation,
    from: input.from,
    relatesTo: reference,
    replyToId: reference.activityId,
    serviceUrl: reference.serviceUrl,
    channelId: reference.channelId,
    attachments: [{ contentType: 'application/json', name: 'Transcript', content: { activities } }],
    entities: [],
  };
}

export type HubState = 'accepted' | 'failed' | 'completed';

/**
 * A `handoff.status` event's value, read leniently: `{ state, message? }` as EventFactory makes it
 * (a JSON string too, as some hubs send). Null for anything else: never an error, since a hub's
 * event must never be refused.
 */
export function readHubStatus(value: unknown): { state: HubState; message: string | null } | null {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return null;
    }
  }
  if (!v || typeof v !== 'object') return null;
  const raw = (v as { state?: unknown }).state;
  const state = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (state !== 'accepted' && state !== 'failed' && state !== 'completed') return null;
  const message = (v as { message?: unknown }).message;
  return { state, message: typeof message === 'string' ? message.slice(0, 500) : null };
}
