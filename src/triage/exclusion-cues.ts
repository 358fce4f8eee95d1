import type { Cue } from './cues';

/**
 * Wording for the exclusion cues (sixth kind round, issue #19), kept apart from cues.ts so the
 * cue lists other rounds edit merge cleanly; cues.ts appends these to its own lists. An
 * exclusion can be read only where a cue grounds it (classify.ts GROUNDS), so a body or a
 * process the resident names in words the lists did not know could never be signposted: these
 * are those words, written by pattern (a body named by what it runs, a request for one's own
 * data in plain words, a decision named by what it refused), in English and everyday Welsh.
 * Same syntax as cues.ts: canonical forms, Welsh in dictionary form, "~" up to three words.
 */
export const EXCLUSION_WORDING: Partial<Record<Cue, { en: string[]; cy: string[] }>> = {
  // Bodies named by the service they run, not by their name: utilities and the street, the
  // council's own housing list, phone networks.
  other_org: {
    en: [
      'water company', 'water board', 'electricity company', 'electricity board', 'power company', 'network operator',
      'power cut ~ street|road|estate|area|everyone|whole', 'whole|entire street|road|estate|area ~ power_cut|no_power|without_power',
      'roadworks', 'road works', 'mobile signal', 'phone signal', 'signal ~ phone|mobile', 'phone network', 'mobile network',
      'council ~ housing_register|register|banding|homeless*|housing_team|housing_options|housing_list|waiting_list',
      'council ~ turned_down|refused|rejected ~ stairlift|priority|banding|band|application|payment|grant',
      'discretionary housing payment', 'blue badge',
    ],
    cy: [
      'cwmni dwr', 'cwmni trydan', 'cwmni pwer', 'cwmni ffon',
      'toriad pwer|trydan ~ stad|stryd|ardal|pawb', 'gwaith ffordd', 'gwaith ar yr ffordd', 'signal ffon', 'signal ~ ffon|symudol', 'rhwydwaith ffon',
      'cofrestr tai y cyngor', 'cofrestr y cyngor', 'rhestr aros y cyngor',
      'cyngor ~ gwrthod ~ lifft_grisiau|blaenoriaeth|band|cais|taliad|grant', 'taliad tai dewisol', 'bathodyn glas',
    ],
  },
  // A request for what the landlord holds on the resident, in plain words.
  data_protection: {
    en: [
      'everything you hold', 'everything you have ~ on_me|about_me', 'hold about me', 'hold on me', 'have on file about me', 'written about me', 'wrote about me',
      'copy of ~ notes|file|records|case_notes', 'see ~ my_file|my_records|my_case_notes', 'warning marker*',
    ],
    cy: [
      'sydd gennych amdana i', 'sy gennych amdana i', 'gennych chi amdana i', 'wedi ysgrifennu amdana i', 'ysgrifennu amdana i', 'amdana i ar ~ system|ffeil',
      'gweld ~ fy_ffeil|ffeil|cofnodion|nodiadau', 'copi o ~ ffeil|nodiadau|cofnodion', 'nodiadau ~ swyddog',
    ],
  },
  // A decision about a tenancy or a move, named by what was refused.
  statutory_review: {
    en: [
      'refused|refuse|refusing|rejected|turned_down my|our application', 'refuse ~ exchange|transfer|succession',
      'decision to refuse', 'take over ~ tenancy', 'taking over ~ tenancy', 'tenancy ~ in my name',
    ],
    cy: ['penderfyniad i gwrthod', 'cymryd ~ tenantiaeth|contract ~ trosodd', 'tenantiaeth ~ yn fy enw'],
  },
  // Charges named by what they pay for.
  service_charge: {
    en: ['heating charge*', 'communal heating charge*', 'major works ~ bill|charge*|invoice|contribution', 'bill|invoice ~ for the ~ roof|works|windows|lift|cladding'],
    cy: ['tal gwres*', 'tal gwresogi', 'taliad gwres*', 'bil ~ gwaith mawr', 'bil ~ am yr ~ to|gwaith|ffenestri|lifft'],
  },
  // A rule disagreed with as a rule.
  policy: {
    en: ['rules say', 'rule says', 'rules state', 'unfair that your', 'unfair rule', 'criteria say', 'your criteria'],
    cy: ['rheolau yn dweud', 'rheol yn dweud', 'annheg bod eich', 'rheol annheg', 'meini prawf'],
  },
  // Goods bought on the landlord's credit or furniture scheme.
  consumer_credit: {
    en: ['furniture scheme', 'on credit', 'credit scheme', 'interest ~ way more|too much|too high'],
    cy: ['cynllun dodrefn', 'ar credyd', 'ar credit', 'llog ~ rhy uchel|gormod'],
  },
  // Belongings told before the harm to them ("my bed and the sofa are ruined").
  damaged_belongings: {
    en: ['belongings|furniture|carpet*|clothes|sofa|bed|tv|laptop ~ ruined|damaged|destroyed|soaked', 'ruined', 'laminate', 'underlay', 'ripped|stained|scratched|smashed my|our'],
    cy: ['dillad|dodrefn|carped|soffa|gwely|teledu ~ wedi difetha|difrodi'],
  },
};
