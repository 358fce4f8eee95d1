import { normalise } from '../../src/language/normalise';

export type OtherBody = 'gp' | 'police' | 'council';

// A complaint, or a question about making one, in either language.
const COMPLAINING = /\b(complain|complaining|complaint|not happy|unhappy|fed up|cwyn|cwyno|gwyno|nghwyn|anhapus|ddim yn hapus)\b/;
// The landlord has a part in it: then it is the landlord's complaint, not a signpost.
// Neighbours, noise and anti-social behaviour are the landlord's to deal with too (the police
// "won't help either" does not make it a complaint about the police: found by trial11), and so is the home.
const LANDLORD = /\b(landlord|housing association|housing officer|repairs?|contractor|tenancy|cymdeithas dai|swyddog tai|atgyweirio|trwsio|contractwr|tenantiaeth|contract meddiannaeth|neighbours?|neighbors?|noise|noisy|anti ?social|asb|damp|mould|mold|leak\w*|boiler|heating|cymydog|cymdogion|cymdoges|swn|swnllyd|gwrthgymdeithasol|lleithder|llwydni|gollwng|boeler|gwres)\b/;
const BODIES: Array<[OtherBody, RegExp]> = [
  ['gp', /\b(gp|gps|doctor|doctors|surgery|gp practice|medical practice|meddyg|feddyg|meddygon|meddygfa|feddygfa|practis)\b/],
  ['police', /\b(police|policeman|policewoman|pcso|heddlu|plismon|plismones)\b/],
  ['council', /\b(council|cyngor|gyngor)\b.*\b(bins?|bin collection|rubbish collection|recycling|council tax|potholes?|roads?|street ?lights?|parking|planning|benefits?|schools?|biniau|casglu sbwriel|ailgylchu|treth gyngor|ffyrdd|tyllau|goleuadau stryd|parcio|cynllunio|budd-daliadau|ysgol)\b|\b(bins?|bin collection|biniau)\b.*\b(council|cyngor|gyngor)\b|\b(council tax|treth gyngor|treth y cyngor)\b|\b(council|cyngor|gyngor)\b.*\b(blue badge|bathodyn glas|fathodyn glas|social services|social worker|gwasanaethau cymdeithasol|gweithiwr cymdeithasol)\b/],
];

/**
 * A complaint about another body's own service (a GP surgery, the police, the council's bins or
 * council tax) with nothing the landlord did in it: signposted, not filed.
 */
export function complaintAboutOtherBody(text: string): OtherBody | null {
  const n = normalise(text).replace(/'/g, '');
  if (!COMPLAINING.test(n) || LANDLORD.test(n)) return null;
  return BODIES.find(([, re]) => re.test(n))?.[0] ?? null;
}
