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
