/**
 * `npm run train:triage`: trains triage on every corpus and writes src/triage/weights.json.
 * Deterministic: run twice, the same bytes. `--check` writes nothing and fails if the committed
 * file differs from what training gives.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createProfileRegistry, DEFAULT_POLICY } from '../policy/profiles';
import { trainTriage } from '../triage/train';
import type { TriageWeights } from '../triage/model';
import { CORPUS_TODAY, loadAll, ruleReader } from './triage-corpora';

export const WEIGHTS_PATH = join(__dirname, '..', 'triage', 'weights.json');

/** One feature a line, so a retrained model reads as a diff. */
export function weightsFile(w: TriageWeights): string {
  const model = (m: TriageWeights['kind']) =>
    `{\n    "labels": ${JSON.stringify(m.labels)},\n    "weights": {\n${Object.entries(m.weights)
      .map(([f, ws]) => `      ${JSON.stringify(f)}: ${JSON.stringify(ws)}`)
      .join(',\n')}\n    }\n  }`;
  return `{\n  "version": ${w.version},\n  "trainedOn": ${JSON.stringify(w.trainedOn)},\n  "thresholds": ${JSON.stringify(w.thresholds)},\n  "kind": ${model(w.kind)},\n  "reason": ${model(w.reason)},\n  "urgent": ${model(w.urgent)},\n  "safeguarding": ${model(w.safeguarding)}\n}\n`;
}

export function trainedWeightsFile(): string {
  return weightsFile(trainTriage(loadAll(), ruleReader(createProfileRegistry().get(DEFAULT_POLICY), CORPUS_TODAY)));
}

if (require.main === module) {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const started = Date.now();
  const text = trainedWeightsFile();
  if (values.check) {
    const same = readFileSync(WEIGHTS_PATH, 'utf8') === text;
    console.log(same ? 'src/triage/weights.json is what training gives' : 'src/triage/weights.json differs from what training gives: run npm run train:triage');
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(WEIGHTS_PATH, text);
    console.log(`wrote ${WEIGHTS_PATH} (${text.length} bytes) in ${Date.now() - started} ms`);
  }
}
