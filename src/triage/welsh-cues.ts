import type { Cue } from './cues';

/**
 * Welsh counterparts of English cue phrases the Welsh lists lacked (seventh Welsh round, issue
 * #19), kept apart from cues.ts so the cue lists other rounds edit merge cleanly; cues.ts appends
 * these to its own lists. Same syntax: canonical forms, Welsh in dictionary form (the tokeniser
 * undoes mutations and spells out north and south forms: "wedoch chi" is "dwedoch chi"), "~" up
 * to three words.
 */
export const WELSH_WORDING: Partial<Record<Cue, { en: string[]; cy: string[] }>> = {
  failure: {
    en: [],
    cy: [
      // "said they would …", "still broken", "still leaking", "nothing has been fixed", "never came".
      'dwedoch|dwedodd|dwedon|dweud ~ bydde|byddai|bydda|basai|basa|fasa|bysa|fysa ~ rhywun|nhw|chi|o|e|hi|fo|fe',
      'dal wedi torri', 'dal yn torri', 'dal yn gollwng', 'dal i gollwng', 'dal yn diferu', 'dal heb ei trwsio', 'dal ddim wedi',
      'dim byd wedi ei trwsio', 'dim byd wedi newid', 'erioed wedi dod|ffonio|cysylltu|ateb', 'neb erioed',
    ],
  },
  dissatisfaction: {
    en: [],
    // "fed up", "worn out by it", "heartbroken", told the Welsh way.
    cy: ['wedi blino yn lan', 'wedi cael hen ddigon', 'torri fy? calon', 'dw i wedi cael digon'],
  },
};
