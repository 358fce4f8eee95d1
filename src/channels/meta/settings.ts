/**
 * A Meta channel's settings are all given or none: none leaves its route out, some without the
 * others is a mistake named at start-up (never with a value: they are secrets).
 */
export function allOrNone<K extends string>(env: Partial<Record<K, unknown>>, required: readonly K[]): 'none' | 'all' | { missing: K[] } {
  const missing = required.filter((k) => !env[k]);
  if (missing.length === required.length) return 'none';
  return missing.length ? { missing } : 'all';
}

/** The Graph API base with its version, for a channel's `…_GRAPH_URL`; tests point it at a local stand-in. */
export const graphUrlRule = {
  check: (u: string) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol),
  message: 'must be an http(s) URL such as https://graph.facebook.com/v23.0',
  default: 'https://graph.facebook.com/v23.0',
} as const;
