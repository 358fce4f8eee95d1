import type { ContactAnswer } from '../../src/cases/intake';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
/** UK numbers: 0 or +44 then 9-10 more digits, with spaces, dashes or brackets between. The one pattern: the self-introduction reader finds the number with it too. */
export const PHONE = /(?:\+44\s?\(?0?\)?|\b0)(?:[\s-]?\(?\d\)?){9,10}\b/;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/i;

/** Pulls a phone number, an email address and a postal address out of one answer. */
export function parseContact(text: string): Pick<ContactAnswer, 'phone' | 'email' | 'address'> | null {
  const email = EMAIL.exec(text)?.[0];
  const phone = PHONE.exec(text)?.[0]?.trim();
  let rest = text;
  if (email) rest = rest.replace(email, ' ');
  if (phone) rest = rest.replace(phone, ' ');
  rest = rest
    .replace(/\b(my|email|e-mail|e-bost|ebost|phone|ffon|ffôn|number|rhif|is|yw|ydy|and|a|ac|or|neu|address|cyfeiriad|post|mobile|symudol)\b[:.]?/gi, ' ')
    .replace(/[\s,;]+/g, ' ')
    .trim();
  // A postal address has a postcode, or a house number and a street name.
  const address = POSTCODE.test(rest) || (/\d/.test(rest) && /[A-Za-z]{3,}/.test(rest) && rest.length >= 8) ? rest : undefined;
  if (!email && !phone && !address) return null;
  const out: Pick<ContactAnswer, 'phone' | 'email' | 'address'> = {};
  if (phone) out.phone = phone.replace(/\s+/g, ' ');
  if (email) out.email = email;
  if (address) out.address = address;
  return out;
}
