/**
 * What an operator reads when something fails: an error logged through the process's logger
 * keeps its type, code and stack frames, and never its message (which can quote a resident).
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, safeError } from '../../src/log';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      done();
    },
  });
  return { log: createLogger('info', stream), lines };
}

describe('errors in the logs', () => {
  it('keeps the type, code and stack of an error passed through safeError, as every caller does', () => {
    const { log, lines } = capture();
    const e = Object.assign(new Error("ENOENT: no such file, open '/home/Sam Jones/notes'"), { code: 'ENOENT' });
    log.fatal({ err: safeError(e) }, 'cannot start');
    const err = lines[0].err as Record<string, unknown>;
    expect(err.type).toBe('Error');
    expect(err.code).toBe('ENOENT');
    expect(String(err.stack)).toMatch(/^at /);
    expect(JSON.stringify(lines[0])).not.toContain('Sam Jones');
  });

  it('describes an error given raw to the logger the same way', () => {
    const { log, lines } = capture();
    log.error({ err: new TypeError('the resident wrote: my flat is damp') }, 'failed');
    const err = lines[0].err as Record<string, unknown>;
    expect(err.type).toBe('TypeError');
    expect(JSON.stringify(lines[0])).not.toContain('damp');
  });

  it('gives a thrown non-error only its type', () => {
    expect(safeError('a resident typed this')).toEqual({ type: 'string' });
    expect(safeError(safeError(new RangeError('x'))).type).toBe('RangeError');
  });
});
