/**
 * Roughly how long a resident may wait for a person, from the queue as it stands: the median of
 * recent waits (request to acceptance) for each conversation ahead and this one, or a default
 * per conversation when nobody has been accepted lately. Rounded up to 5 minutes, never under 5:
 * a resident told "about 5 minutes" is not let down by 6. Pure.
 */
export function estimateWaitMinutes(recentWaits: readonly number[], ahead: number, perConversationDefault = 10): number {
  const sorted = [...recentWaits].filter((n) => Number.isFinite(n) && n >= 0).sort((a, b) => a - b);
  const median = sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : perConversationDefault;
  const per = Math.max(median, 1);
  const raw = per * (Math.max(ahead, 0) + 1);
  return Math.max(5, Math.ceil(raw / 5) * 5);
}
