import { describe, expect, it, vi } from 'vitest';
import type { LabelledMessage } from '../../src/triage/train';

// `npm run eval:triage` scores each fresh corpus apart, after the fold. Checked on made-up lines
// put in place of the corpora (the real CORPORA list, so dev7's `fresh` mark is what is tested),
// never by running the evaluation on dev7 itself: its words and figures stay unseen until the
// lead's one run after merging.
const MADE_UP = vi.hoisted(() => {
  const texts: Array<[string, string]> = [
    ['complaint', 'I have reported the leak four times and nobody came, I want to complain'],
    ['complaint', 'Dw i wedi riportio hyn dair gwaith a does neb wedi dod, dw i isio cwyno'],
    ['complaint', 'Your contractor was rude to my mum and left a mess, not good enough'],
    ['service_request', 'My kitchen tap is dripping, can someone come and fix it'],
    ['service_request', 'Mae tap y gegin yn diferu, allwch chi anfon rhywun'],
    ['service_request', 'Can I book a repair for the bathroom light please'],
    ['status_query', 'Any update on my repair job from last week'],
    ['status_query', 'Unrhyw newyddion am y gwaith atgyweirio'],
    ['feedback', 'Thank you to the plumber, brilliant job'],
    ['feedback', 'Diolch yn fawr i’r plymar, gwaith gwych'],
    ['none', 'hello'],
    ['none', 'helo'],
    ['escalation', 'I am not happy with your stage 1 reply and want stage 2'],
    ['escalation', 'Dw i ddim yn hapus efo ateb cam 1, dw i isio cam 2'],
  ];
  const lines: LabelledMessage[] = [];
  // Each text twice, under two sources, so the training split always has some of every kind.
  for (const copy of [0, 1]) {
    texts.forEach(([kind, text], i) => {
      lines.push({ corpus: copy ? 'dev6' : 'casework', id: `m-${copy}-${i}`, lang: /\b(dw|mae|diolch|helo|unrhyw)\b/i.test(text) ? 'cy' : 'en', text, kind: kind as LabelledMessage['kind'], source: `made-up:${copy}:${i}` });
    });
  }
  for (const [i, kind] of (['complaint', 'service_request', 'feedback', 'none'] as const).entries()) {
    lines.push({ corpus: 'dev7', id: `d7-made-${i}`, lang: 'en', text: `zanzibar quokka ${kind} marmalade`, kind, source: `made-up:fresh:${i}` });
  }
  return lines;
});

vi.mock('../../src/cli/triage-corpora', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/cli/triage-corpora')>();
  return { ...actual, loadAll: () => MADE_UP };
});

describe('eval:triage on a fresh corpus (made-up lines)', () => {
  it('prints "fresh: dev7 (wholly held out)" apart from the fold, trained without it, and lists its misses by id only', async () => {
    const argv = process.argv;
    process.argv = [argv[0], 'eval-triage.ts', '--no-cross', '--errors'];
    const out: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      out.push(args.map(String).join(' '));
    });
    try {
      await import('../../src/cli/eval-triage');
    } finally {
      process.argv = argv;
      log.mockRestore();
    }
    const text = out.join('\n');
    const { evalSplit } = await import('../../src/cli/triage-corpora');
    const { train, fold } = evalSplit(MADE_UP);
    expect(train.some((m) => m.corpus === 'dev7')).toBe(false);
    expect(text).toContain(`held-out fold: ${fold.length} messages`);
    expect(text).toContain(`fresh: dev7 (wholly held out): 4 messages, the same model, trained on the ${train.length} training messages`);
    expect(text).toContain('== fresh: dev7 (wholly held out), model, all languages ==');
    expect(text).toMatch(/fresh dev7 misses \(ids only\): /);
    // A fresh line's words never reach the output, even with --errors.
    expect(text).not.toContain('zanzibar');
    expect(text).not.toContain('quokka');
  }, 120_000);
});
