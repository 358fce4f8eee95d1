import type { TurnContext } from 'botbuilder';
import type { FiledCase, IntakeState } from '../../dialogs/intake/intake-dialog';
import type { DeadlineService } from '../deadlines/service';
import { listingAtFiling } from '../cases/updates';
import type { Lang } from '../i18n';
import type { PolicyProfile } from '../policy/schema';
import type { CaseStore } from '../store/ports';
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
    return { reference: record.reference, timeline: record.deadlines as FiledCase['timeline'], created };
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
