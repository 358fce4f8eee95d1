import { normalise } from '../../src/language/normalise';

const GREETING = /^(hi|hello|hey|hiya|helo|shwmae|shwmai|sut mae|s'mae|smae|bore da|prynhawn da|noswaith dda|good (?:morning|afternoon|evening)|hia|yo|start|dechrau)\b[\s!.?]*$/;

export function isGreeting(text: string): boolean {
  return GREETING.test(normalise(text));
}
