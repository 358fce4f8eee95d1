/** A word or phrase made safe to put inside a regular expression, matched as written. */
export const escapePattern = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
