import { describe } from 'vitest';
import { checkNewCorpus } from './new-corpus-checks';

// Issue #19's fifth development set (docs/triage/corpora.md: dev5), kept to the checks it was written against.
describe('triage-dev5.jsonl, the fifth development set', () => {
  checkNewCorpus({ name: 'dev5', file: 'test/fixtures/triage-dev5.jsonl', idPrefix: 'd5', minLines: 230, minUrgent: 20, minSafeguarding: 10 });
});
