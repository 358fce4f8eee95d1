import { describe, expect, it, vi } from 'vitest';
import type { LabelledMessage } from '../../src/triage/train';

// `npm run eval:triage` scores each fresh corpus apart, after the fold. Checked on made-up lines
// put in place of the corpora (the real CORPORA list, so the `fresh` mark in it is what is tested),
// never by running the evaluation on a fresh corpus itself: its words and figures stay unseen until
// the lead's one run after merging. Between rounds no corpus is fresh, and then no fresh section
// may be printed: the last made-up corpus is trained on like any other.
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
    lines.push({ corpus: 'FRESH', id: `fx-made-${i}`, lang: 'en', text: `zanzibar quokka ${kind} marmalade`, kind, source: `made-up:fresh:${i}` });
  }
  return lines;
});

vi.mock('../../src/cli/triage-corpora', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/cli/triage-corpora')>();
  // The made-up "fresh" lines take the name of the corpus CORPORA marks fresh, if one is.
  const fresh = actual.CORPORA.find((c) => c.fresh)?.name ?? actual.CORPORA.at(-1)!.name;
  return { ...actual, loadAll: () => MADE_UP.map((m) => (m.corpus === 'FRESH' ? { ...m, corpus: fresh } : m)) };
});

async function runEval(): Promise<string> {
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
  return out.join('\n');
}

describe('eval:triage and the fresh corpus (made-up lines)', () => {
  it('scores a fresh corpus apart from the fold, trained without it, listing its misses by id only; with none fresh, prints no fresh section', async () => {
    const text = await runEval();
    const { CORPORA, evalSplit, loadAll } = await import('../../src/cli/triage-corpora');
    const freshName = CORPORA.find((c) => c.fresh)?.name;
    const lines = loadAll();
    const { train, fold } = evalSplit(lines);
    expect(text).toContain(`held-out fold: ${fold.length} messages`);
    if (freshName) {
      expect(train.some((m) => m.corpus === freshName)).toBe(false);
      expect(text).toContain(`fresh: ${freshName} (wholly held out): 4 messages, the same model, trained on the ${train.length} training messages`);
      expect(text).toContain(`== fresh: ${freshName} (wholly held out), model, all languages ==`);
      expect(text).toMatch(new RegExp(`fresh ${freshName} misses \\(ids only\\): `));
      // A fresh line's words never reach the output, even with --errors.
      expect(text).not.toContain('zanzibar');
      expect(text).not.toContain('quokka');
    } else {
      // Rotated in: the last corpus's made-up lines are split by source like the rest.
      expect(text).not.toMatch(/fresh: /);
      expect(train.some((m) => m.corpus === CORPORA.at(-1)!.name)).toBe(true);
    }
  }, 120_000);
});
