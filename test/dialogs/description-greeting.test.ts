import { describe, expect, it } from 'vitest';
import { all, chat } from '../bot/harness';

// Found trying the website chat as a resident (eleventh session): "hello" typed after choosing a
// language was taken as what went wrong, and reached the landlord as the whole complaint.
describe('a greeting in answer to "what has gone wrong?" is not the description', () => {
  it.each([
    { lang: 'en', start: ['hi', 'English'], greeting: 'hello', again: /Hello! What has gone wrong\?/, matter: 'The bathroom extractor fan has stopped working' },
    { lang: 'en', start: ['hi', 'English'], greeting: 'Good morning!', again: /Hello! What has gone wrong\?/, matter: 'The bathroom extractor fan has stopped working' },
    { lang: 'cy', start: ['helo', 'Cymraeg'], greeting: 'shwmae', again: /Helo! Beth sydd wedi mynd o'i le\?/, matter: "Mae'r ffan yn yr ystafell ymolchi wedi stopio gweithio" },
    { lang: 'cy', start: ['helo', 'Cymraeg'], greeting: 'bore da', again: /Helo! Beth sydd wedi mynd o'i le\?/, matter: "Mae'r ffan yn yr ystafell ymolchi wedi stopio gweithio" },
  ] as const)('$lang: "$greeting" asks again, and the next message is what went wrong', async ({ start, greeting, again, matter }) => {
    const c = chat();
    for (const m of start) await c.say(m);
    const reply = all(await c.say(greeting));
    expect(reply).toMatch(again);
    const next = all(await c.say(matter));
    expect(next).not.toMatch(again);
    // The matter is read as the description now: no greeting is echoed back as what went wrong.
    expect(next).not.toMatch(new RegExp(`"${greeting}"`, 'i'));
  });

  it('a description that starts with a greeting is kept as written', async () => {
    const c = chat();
    await c.say('hi');
    await c.say('English');
    const reply = all(await c.say('hello, the bathroom extractor fan has stopped working'));
    expect(reply).not.toMatch(/Hello! What has gone wrong\?/);
  });
});
