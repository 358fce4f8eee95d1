import type { i18n } from 'i18next';
import type { PersonRequests } from '../../dialogs/main/conversation-owner';
import { humanMessages } from '../../dialogs/intake/messages';
import type { PolicyProfile } from '../policy/schema';
import { LANGS } from '../i18n';
import type { CaseFiling } from './case-filing';

/**
 * "Speak to a person", as it stands before the staff handover (issue #18): the request is kept in
 * handoff_requests for the contact centre, and the resident is told so, with the complaints
 * team's own contact details, in their language (Welsh then English before they have chosen).
 */
export function personRequests(filing: Pick<CaseFiling, 'requestHuman'>, i18n: i18n, profile: PolicyProfile): PersonRequests {
  return {
    async request(context, reason, lang) {
      await filing.requestHuman(context, reason, lang);
      for (const l of lang ? [lang] : LANGS) {
        for (const m of humanMessages(i18n.getFixedT(l), l, profile)) await context.sendActivity(m);
      }
    },
  };
}
