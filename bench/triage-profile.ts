/**
 * What to profile triage with (`node --cpu-prof`): bench/triage-cpu.ts's 2,000-character messages
 * and rounds, with static imports so esbuild can bundle it (triage-cpu.ts loads a checkout chosen
 * at run time, which a bundle cannot). Bundle it two folders below the checkout, where the corpus
 * loader finds the fixtures (it reads `../..` from its own file):
 *
 *   npx esbuild bench/triage-profile.ts --bundle --platform=node --outfile=.prof/bundle/triage.js
 *   node --cpu-prof --cpu-prof-dir=.prof .prof/bundle/triage.js 10 [en|cy|corpus]
 *
 * The second argument picks the messages: `en` or `cy` builds the 2,000-character messages from
 * one language's corpus lines only (a long Welsh message is read differently: mutations taken
 * back, clitics split), `corpus` reads every corpus line as written; without it, the bench's
 * mixed messages. Prints the CPU milliseconds per message of each round (user + system, warm).
 */
import { createProfileRegistry, DEFAULT_POLICY } from '../src/policy/profiles';
import { createClassifier } from '../src/triage/classify';
import { CORPUS_TODAY, loadAll } from '../src/cli/triage-corpora';
import { longMessages } from './triage-texts';

const profile = createProfileRegistry().get(DEFAULT_POLICY);
const which = process.argv[3];
const all = loadAll();
const texts =
  which === 'corpus'
    ? all.map((m) => m.text)
    : longMessages(all.filter((m) => !which || m.lang === which).map((m) => m.text));
const classifier = createClassifier();
const rounds = Number(process.argv[2] ?? 8);
const figures: string[] = [];
for (let r = 0; r < rounds; r++) {
  const before = process.cpuUsage();
  // A suffix a round: distinct texts, so the classifier's memory of recent lines does not flatter it.
  for (const t of texts) classifier.classify(`${t} r${r}`, profile, {}, { today: CORPUS_TODAY });
  const used = process.cpuUsage(before);
  figures.push(((used.user + used.system) / 1000 / texts.length).toFixed(3));
}
const what = which === 'corpus' ? 'corpus message' : `2,000-character${which ? ` ${which}` : ''} message`;
console.log(`CPU ms per ${what}, ${rounds} rounds of ${texts.length}: ${figures.join(' / ')}`);
