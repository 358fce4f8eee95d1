import { TurnContext } from 'botbuilder';
import type { CaseRepository } from '../cases/repository';
import type { Lang } from '../i18n';
import type { PolicyProfile } from '../policy/schema';
import type { Db } from '../store/database';
import type { Classifier, TriageResult } from '../triage';
import type { TriageServices } from './complaints-bot';
import { conversationKey } from './transcript-logger';
import { userKey } from './identity';

/**
 * Triage at the edge: classifies with today's London date, and records service requests,
 * exclusions (the Code requires landlords to keep them) and feedback as cases of their kind.
 */
export class TriageFiling implements TriageServices {
  constructor(
    private readonly classifier: Classifier,
    private readonly cases: CaseRepository,
    private readonly profile: PolicyProfile,
    private readonly db: Db,
    private readonly today: (context: TurnContext) => string,
  ) {}

  classify(context: TurnContext, text: string): TriageResult {
    return this.classifier.classify(text, this.profile, {}, { today: this.today(context) });
  }

  async record(context: TurnContext, kind: 'service_request' | 'excluded' | 'feedback', text: string, result: TriageResult, lang: Lang): Promise<string> {
    const activity = context.activity;
    const receivedAt = activity.timestamp ? new Date(activity.timestamp).toISOString() : new Date().toISOString();
    const { record } = this.cases.file({
      idempotencyKey: `${conversationKey(activity)}:${activity.id ?? receivedAt}`,
      kind,
      policyId: this.profile.id,
      policyVersion: this.profile.version,
      language: lang,
      channelId: activity.channelId,
      userKey: userKey(context),
      conversationKey: conversationKey(activity),
      conversationRef: TurnContext.getConversationReference(activity),
      receivedAt,
      details: { description: text, chatLanguage: lang },
      triage: result,
      deadlines: null,
      actor: 'bot',
    });
    return record.reference;
  }

  async requestHuman(context: TurnContext, reason: 'safeguarding', lang: Lang): Promise<void> {
    const activity = context.activity;
    this.db
      .prepare('INSERT INTO handoff_requests (conversation_key, conversation_ref, language, reason, at) VALUES (?, ?, ?, ?, ?)')
      .run(conversationKey(activity), JSON.stringify(TurnContext.getConversationReference(activity)), lang, reason, new Date().toISOString());
  }
}
