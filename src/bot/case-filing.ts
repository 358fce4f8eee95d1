import type { TurnContext } from 'botbuilder';
import type { FiledCase, IntakeState } from '../../dialogs/intake/intake-dialog';
import type { DeadlineService } from '../deadlines/service';
import { listingAtFiling } from '../cases/updates';
import type { Lang } from '../i18n';
import type { PolicyProfile } from '../policy/schema';
import type { CaseStore, Handoffs } from '../store/ports';
import { carriedHandBacks, decideHandedBack, type FinishedHandover } from '../cases/handback-record';
import { londonDate } from '../clock/clock';
import { turnInstant } from '../clock/turn-instant';
import { type Classifier, triageAnswersFromIntake } from '../triage';
import { caseOrigin } from './turn-case';

/** Turns a confirmed intake into a case, with its deadlines from the shared engine. */
export class CaseFiling {
  constructor(
    private readonly cases: CaseStore,
    private readonly deadlines: DeadlineService,
    private readonly profile: PolicyProfile,
    private readonly classifier: Classifier,
    private readonly handoffs?: Handoffs,
  ) {}

  async fileCase(context: TurnContext, state: IntakeState, lang: Lang): Promise<FiledCase> {
    const timeline = this.deadlines.timeline(this.profile.id, { stage: 1, received: state.receivedAt });
    const answers = state.answers;
    const today = this.today(context);
    const contact = answers.contact ? { ...answers.contact, letterLanguage: answers.contact.letterLanguage ?? lang } : undefined;
    // Both readings: the resident's words and their answers. The case stays a complaint (they
    // confirmed it); an exclusion reading here is for staff to decide on, with its clause.
    const triage = this.classifier.classify(answers.description ?? '', this.profile, triageAnswersFromIntake(answers, today), {
      today,
      calendar: this.deadlines.calendar(this.profile),
    });
    // Settles once kept (with the turn's state, in one commit, on SQLite): the reference is told only then.
    const { record, created } = await this.cases.file({
      ...caseOrigin(context, this.profile, state.receivedAt),
      kind: 'complaint',
      language: lang,
      details: { ...answers, ...(contact ? { contact } : {}), chatLanguage: lang },
      triage,
      deadlines: timeline,
      actor: 'bot',
      // Its first next date, kept with it so staff listings need not replay its events.
      listing: listingAtFiling(this.deadlines, { kind: 'complaint', policyId: this.profile.id, receivedAt: state.receivedAt }),
    });
    if (created) await this.carryHandBacks(record.reference, record.conversationKey, state.receivedAt);
    return { reference: record.reference, timeline: record.deadlines as FiledCase['timeline'], created };
  }

  /**
   * A member of staff who handed the conversation back to let the assistant carry on asking may
   * have recorded a note or answers; the case filed afterwards carries them in its own events, so
   * its history says a person took part. Best effort: the case is filed and the resident told
   * either way; the handover's own events keep what was recorded.
   */
  private async carryHandBacks(reference: string, conversationKey: string, intakeStarted: string): Promise<void> {
    if (!this.handoffs) return;
    try {
      const finished = (await this.handoffs.list({ conversationKey })).filter((h) => h.outcome === 'handed_back' && h.caseReference === null);
      if (!finished.length) return;
      const withData: FinishedHandover[] = [];
      for (const h of finished) withData.push({ ...h, handedBack: await this.handedBackData(h.id) });
      for (const { actor, data } of carriedHandBacks(withData, intakeStarted)) {
        await this.cases.recordEvent(reference, actor, (record, events) => decideHandedBack(this.deadlines, record, events, data));
      }
    } catch {
      // Recorded on the handover already; a failure here must not undo a filing the resident was told of.
    }
  }

  /** The data of a handover's `handed_back` event, read page by page (a long chat has many events). */
  private async handedBackData(handoffId: number): Promise<unknown> {
    let after = 0;
    for (;;) {
      const page = await this.handoffs!.eventsAfter(after, 200, handoffId);
      const found = page.find((e) => e.kind === 'handed_back');
      if (found) return found.data;
      if (page.length < 200) return undefined;
      after = page.at(-1)!.id;
    }
  }

  private todayHour = NaN;
  private todayDate = '';

  /** London date of the turn, by the server's clock (never the channel's claimed timestamp). */
  today(context: TurnContext): string {
    const ms = turnInstant(context).getTime();
    // London is a whole number of hours off UTC and changes its clocks on the UTC hour, so each
    // UTC hour has one London date: worked out once an hour, not several times a turn.
    const hour = Math.floor(ms / 3_600_000);
    if (hour !== this.todayHour) {
      this.todayDate = londonDate(new Date(ms));
      this.todayHour = hour;
    }
    return this.todayDate;
  }
}
