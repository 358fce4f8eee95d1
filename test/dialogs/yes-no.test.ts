import { describe, expect, it } from 'vitest';
import { summaryDecision } from '../../dialogs/intake/summary-answer';
import { readAnswer } from '../../dialogs/parse/yes-no';
import { YES_NO_ANSWERS } from '../fixtures/yes-no-answers';

const reading = (text: string) => {
  const r = readAnswer(text);
  return r.answer === 'yes' && !r.clear ? 'yes+' : r.answer;
};

describe('one reader for every yes/no question', () => {
  it('has a table of at least 100 real answers in both languages', () => {
    expect(YES_NO_ANSWERS.length).toBeGreaterThanOrEqual(100);
  });

  it.each(YES_NO_ANSWERS)('reads %j as %s', (text, want) => {
    expect(reading(text)).toBe(want);
  });

  it.each(YES_NO_ANSWERS.filter(([, want]) => want !== 'yes'))('does not file the summary on %j', (text) => {
    expect(summaryDecision(text).kind).not.toBe('file');
  });

  it.each(YES_NO_ANSWERS.filter(([, want]) => want === 'yes'))('files the summary on %j', (text) => {
    expect(summaryDecision(text).kind).toBe('file');
  });

  // A negation anywhere, in any position, beside any yes-word: never a yes.
  const yesWords = ['yes', 'yep', 'ydy', 'yndi', 'odi', 'ie', 'ia', 'oes', 'do', 'correct', 'cywir', "that's right"];
  const negations = ['no', 'not', 'wrong', 'nope', 'nah', 'nac', 'nag', 'na', 'ddim', 'dim', 'anghywir', "isn't", 'never'];
  it.each(yesWords.flatMap((y) => negations.flatMap((n) => [`${y} ${n}`, `${n} ${y}`, `${y}, the date is ${n}`])))('never reads %j as yes', (text) => {
    expect(readAnswer(text).answer).not.toBe('yes');
    expect(summaryDecision(text).kind).not.toBe('file');
  });

  it.each([
    ["Nac ydi, ma'r cyfeiriad yn anghywir", 'location'],
    ['yes but the phone number is wrong', 'contact'],
    ['newid y dyddiad', 'when'],
    ['change the address', 'location'],
    ["ydy ond mae'r rhif ffôn yn anghywir", 'contact'],
  ] as const)('reads %j at the summary as a change to %s', (text, field) => {
    expect(summaryDecision(text)).toEqual({ kind: 'change', field });
  });

  it.each(["No, that's not right", 'naddo', 'nope'])('asks which answer to change after %j', (text) => {
    expect(summaryDecision(text)).toEqual({ kind: 'which' });
  });

  it.each(['yes I rang twice last month', 'what do you mean', 'hmm', 'not sure'])('asks the summary again after %j', (text) => {
    expect(summaryDecision(text)).toEqual({ kind: 'ask_again' });
  });
});
