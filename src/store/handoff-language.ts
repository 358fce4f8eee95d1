/**
 * What an event does to a handover's language (`handoff_requests.language`): the resident chose
 * another language while the handover was open ("Cymraeg" typed to the officer, the website's
 * switch), recorded as `language_chosen` with `data.language`. The queue and the conversation view
 * show the handover's language as the one staff should reply in, and staff replies are prefixed in
 * it; left as the language the request was made in, they showed the one the resident had left
 * (trial18). Kept by the store beside the event, in its transaction, as the safety alert is.
 */
export function languageAfter(kind: string, data: unknown): 'cy' | 'en' | null {
  if (kind !== 'language_chosen') return null;
  const language = typeof data === 'object' && data !== null ? (data as { language?: unknown }).language : undefined;
  return language === 'cy' || language === 'en' ? language : null;
}
