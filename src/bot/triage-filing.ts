import { NO_DATES_BASIS } from '../cases/listing';
import type { TurnContext } from 'botbuilder';
import type { WorkingCalendar } from '../deadlines/calendar';
import type { Lang } from '../i18n';
import type { PolicyProfile } from '../policy/schema';
import type { CaseStore } from '../store/ports';
import type { Classifier, TriageResult } from '../triage';
import type { TriageServices } from './complaints-bot';
import { turnInstant } from '../clock/turn-instant';
import { userKey } from './identity';
import { caseOrigin } from './turn-case';

/**
 * Triage at the edge: classifies with today's London date, and records service requests,
 * exclusions (the Code requires landlords to keep them) and feedback as cases of their kind.
 */
export class TriageFiling implements TriageServices {
  constructor(
    private readonly classifier: Classifier,
    private readonly cases: CaseStore,
    private readonly profile: PolicyProfile,
    private readonly today: (context: TurnContext) => string,
    /** The bot's own working-day calendar, so a landlord's newer bank-holiday file counts here too. */
    private readonly calendar: WorkingCalendar,
  ) {}

  /** This instance's readings of the turn, in the turn's own state (gone with the turn). */
  private readonly readingsKey = Symbol('triage readings this turn');

  /**
   * One reading of a text a turn: the router, the safety check and the offer each ask for the
   * same message's reading (up to five times a turn, each a whole classification). The reading
   * is a function of the text, the answers and today (the profile and calendar are this
   * instance's), so those are the key; whether the resident has a complaint is still looked up
   * each time, since filing one mid-turn changes it. Callers only read the result.
   */
  async classify(context: TurnContext, text: string, forSafetyOnly = false): Promise<TriageResult> {
    const answers = !forSafetyOnly && (await this.cases.hasComplaint(userKey(context))) ? { hasComplaint: true } : {};
    const today = this.today(context);
    let readings = context.turnState.get(this.readingsKey) as Map<string, TriageResult> | undefined;
    if (!readings) context.turnState.set(this.readingsKey, (readings = new Map()));
    const key = `${today}|${answers.hasComplaint ? 'complaint' : '-'}|${text}`;
    const read = readings.get(key);
    if (read) return read;
    const result = this.classifier.classify(text, this.profile, answers, { today, calendar: this.calendar });
    readings.set(key, result);
    return result;
  }

  async record(context: TurnContext, kind: 'service_request' | 'excluded' | 'feedback', text: string, result: TriageResult, lang: Lang, location?: string): Promise<string> {
    const receivedAt = turnInstant(context).toISOString();
    const { record } = await this.cases.file({
      ...caseOrigin(context, this.profile, receivedAt),
      kind,
      language: lang,
      details: { description: text, ...(location ? { location } : {}), chatLanguage: lang },
      triage: result,
      deadlines: null,
      actor: 'bot',
      listing: { next: null, basis: NO_DATES_BASIS },
    });
    return record.reference;
  }

  async addLocation(context: TurnContext, reference: string, location: string): Promise<boolean> {
    const who = userKey(context);
    const recorded = await this.cases.recordEvent(reference, 'resident', (record) => {
      // Only the resident's own request, and only a request: a complaint's location is the intake's.
      if (record.kind !== 'service_request' || record.userKey !== who) throw new NotTheirRequest();
      return { event: { type: 'location_given', data: { location } }, stage: record.stage, state: record.state, listing: { next: null, basis: NO_DATES_BASIS }, result: null };
    }).catch((e: unknown) => {
      if (e instanceof NotTheirRequest) return undefined;
      throw e;
    });
    return recorded !== undefined;
  }

  async addDetail(context: TurnContext, reference: string, words: string): Promise<boolean> {
    const who = userKey(context);
    const recorded = await this.cases.recordEvent(reference, 'resident', (record) => {
      // As with an address: only the resident's own request, and only a request.
      if (record.kind !== 'service_request' || record.userKey !== who) throw new NotTheirRequest();
      return { event: { type: 'detail_given', data: { words } }, stage: record.stage, state: record.state, listing: { next: null, basis: NO_DATES_BASIS }, result: null };
    }).catch((e: unknown) => {
      if (e instanceof NotTheirRequest) return undefined;
      throw e;
    });
    return recorded !== undefined;
  }

  async requestReview(context: TurnContext, reference: string, words: string): Promise<boolean> {
    const who = userKey(context);
    const recorded = await this.cases.recordEvent(reference, 'resident', (record) => {
      // Only the resident's own exclusion: a decision about someone else's matter is not theirs to reopen here.
      if (record.kind !== 'excluded' || record.userKey !== who) throw new NotTheirRequest();
      return { event: { type: 'review_requested', data: { words } }, stage: record.stage, state: record.state, listing: { next: null, basis: NO_DATES_BASIS }, result: null };
    }).catch((e: unknown) => {
      if (e instanceof NotTheirRequest) return undefined;
      throw e;
    });
    return recorded !== undefined;
  }
}

class NotTheirRequest extends Error {}
