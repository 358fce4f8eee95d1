/**
 * `npm run train:triage`: trains triage on every corpus and writes src/triage/weights.json, and
 * the danger question's learned safeguarding trigger on the training split (never the held-out
 * fold) into src/triage/danger-words.json. Deterministic: run twice, the same bytes. `--check`
 * writes nothing and fails if either committed file differs from what training gives.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createProfileRegistry, DEFAULT_POLICY } from '../policy/profiles';
import { dangerWordsFile, trainDangerWords } from '../triage/danger-words';
import { trainTriage } from '../triage/train';
import type { TriageWeights } from '../triage/model';
import { CORPUS_TODAY, isHeldOut, loadAll, ruleReader } from './triage-corpora';

export const WEIGHTS_PATH = join(__dirname, '..', 'triage', 'weights.json');
export const DANGER_WORDS_PATH = join(__dirname, '..', 'triage', 'danger-words.json');

/** One feature a line, so a retrained model reads as a diff. */
export function weightsFile(w: TriageWeights): string {
  const model = (m: TriageWeights['kind']) =>
    `{\n    "labels": ${JSON.stringify(m.labels)},\n    "weights": {\n${Object.entries(m.weights)
      .map(([f, ws]) => `      ${JSON.stringify(f)}: ${JSON.stringify(ws)}`)
      .join(',\n')}\n    }\n  }`;
  return `{\n  "version": ${w.version},\n  "trainedOn": ${JSON.stringify(w.trainedOn)},\n  "thresholds": ${JSON.stringify(w.thresholds)},\n  "kind": ${model(w.kind)},\n  "reason": ${model(w.reason)},\n  "urgent": ${model(w.urgent)},\n  "safeguarding": ${model(w.safeguarding)}\n}\n`;
}

const defaultReader = () => ruleReader(createProfileRegistry().get(DEFAULT_POLICY), CORPUS_TODAY);

export function trainedWeightsFile(all = loadAll(), read = defaultReader()): string {
  return weightsFile(trainTriage(all, read));
}

/**
 * The danger question's safeguarding trigger (src/triage/danger-words.ts), trained on the training
 * split as scripts/safety-model-curve.ts measured it: the held-out fold stays unseen by it.
 */
export function trainedDangerWordsFile(all = loadAll(), read = defaultReader()): string {
  return dangerWordsFile(trainDangerWords(all.filter((m) => !isHeldOut(m)), read));
}

if (require.main === module) {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  let failed = false;
  // The corpora loaded and read by the rules once for both files.
  const all = loadAll();
  const read = defaultReader();
  for (const [path, train] of [[WEIGHTS_PATH, trainedWeightsFile], [DANGER_WORDS_PATH, trainedDangerWordsFile]] as const) {
    const started = Date.now();
    const text = train(all, read);
    const name = `src/triage/${path.slice(path.lastIndexOf('/') + 1)}`;
    if (values.check) {
      const same = readFileSync(path, 'utf8') === text;
      console.log(same ? `${name} is what training gives` : `${name} differs from what training gives: run npm run train:triage`);
      failed ||= !same;
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${path} (${text.length} bytes) in ${Date.now() - started} ms`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}
