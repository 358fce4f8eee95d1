/** One JSON Lines request parsed, keeping its id (when it has one) for the error answer. */
export type ParsedLine = { ok: true; json: unknown; id?: string } | { ok: false; error: { error: string } };

export function parseJsonLine(line: string, lineNo: number): ParsedLine {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { ok: false, error: { error: `line ${lineNo}: not valid JSON` } };
  }
  const id = typeof json === 'object' && json && typeof (json as { id?: unknown }).id === 'string' ? (json as { id: string }).id : undefined;
  return { ok: true, json, id };
}

/** An error answer that carries the request's id when it had one. */
export function lineError(id: string | undefined, error: string): { id?: string; error: string } {
  return id === undefined ? { error } : { id, error };
}
