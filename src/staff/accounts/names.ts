/**
 * A sign-in name: a short name (alys, alys.jones) or the e-mail address an OpenID provider gives
 * (alys.jones@landlord.example). Kept lower case, so Alys and alys are one account.
 */
const NAME = /^[a-z0-9][a-z0-9._@+-]{0,127}$/;

export function normaliseStaffName(name: string): string {
  return name.trim().normalize('NFC').toLowerCase();
}

export function staffNameProblem(name: string): string | null {
  return NAME.test(name) ? null : 'must be 1-128 letters, digits, ".", "_", "@", "+" or "-", starting with a letter or digit';
}

/** What a resident may be told of who is writing: the first word of the display name, and no more. */
export function firstName(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] ?? '';
}

/**
 * The name staff are shown by (the console's "signed in as", and the first word to residents when
 * a person joins a conversation): a person's name, with letters, spaces, apostrophes, hyphens and
 * full stops ("Siân O'Neill-Jones", "Dr. A. Smith"), so nothing in it can be read as markup or
 * formatting on a resident's channel. Runs of spaces become one.
 */
export function normaliseDisplayName(displayName: string): string {
  return displayName.normalize('NFC').trim().replace(/\s+/g, ' ').replace(/\u2019/g, "'");
}

const DISPLAY_NAME = /^\p{L}[\p{L}\p{M} '.-]*$/u;

export function displayNameProblem(displayName: string): string | null {
  if (!displayName) return 'is empty';
  if ([...displayName].length > 100) return 'is longer than 100 characters';
  return DISPLAY_NAME.test(displayName) ? null : 'must start with a letter and have only letters, spaces, apostrophes, hyphens and full stops';
}
