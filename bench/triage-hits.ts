/**
 * `npx tsx bench/triage-hits.ts [--root <checkout>]`: CPU microseconds per 2,000-character message
 * of each piece of the reading on its own (tokens made beforehand): the cue automaton (`hits`) and
 * the tokeniser. Smaller pieces vary less than the whole under load, which makes A/B steps visible.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { root: { type: 'string' }, rounds: { type: 'string' } } });
const root = resolve(values.root ?? resolve(__dirname, '..'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = (path: string) => require(resolve(root, path));
const { createMatcher } = load('src/triage/matcher');
const { loadAll } = load('src/cli/triage-corpora');
const { longMessages } = require('./triage-texts') as typeof import('./triage-texts');

const long = longMessages(loadAll().map((m: { text: string }) => m.text));
const matcher = createMatcher();
const tokens = long.map((t) => matcher.tokens(t));
const cpu = (f: () => void) => {
  const b = process.cpuUsage();
  f();
  const u = process.cpuUsage(b);
  return ((u.user + u.system) / long.length).toFixed(0);
};
const hits: string[] = [];
const toks: string[] = [];
let tag = 0;
for (let r = 0; r < Number(values.rounds ?? 8); r++) {
  hits.push(cpu(() => tokens.forEach((t: unknown) => matcher.hits(t))));
  const texts = long.map((t) => `${t} h${tag++}`);
  toks.push(cpu(() => texts.forEach((t) => matcher.tokens(t))));
}
console.log(`${root}: µs per message, hits ${hits.join(' / ')}; tokens ${toks.join(' / ')}`);
