import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveInProcess, type ServedInProcess } from './in-process';
import { postMessage } from './server';

/**
 * Activities shaped as the channels send them, through the production server: Twilio SMS
 * (`channelId: "sms"`, phone numbers as ids) and Facebook Messenger (`channelData` with sender,
 * recipient and the message), neither of which sends a conversationUpdate first.
 */
let seq = 0;
const sms = (from: string) => ({
  conversation: from,
  user: from,
  extra: { channelId: 'sms', recipient: { id: '+441632960000' }, conversation: { id: from } },
});
const messenger = (psid: string, page = '104857600000000') => ({
  conversation: `${psid}-${page}`,
  user: psid,
  channelData: (text: string) => ({ sender: { id: psid }, recipient: { id: page }, timestamp: 1795000000000, message: { mid: `m_${seq}`, text } }),
  extra: { channelId: 'facebook', recipient: { id: page }, conversation: { id: `${psid}-${page}` } },
});

describe('the first message on channels without conversationUpdate, through the real server', () => {
  let bot: ServedInProcess;
  beforeAll(async () => {
    // Staffed always: a request for a person is then a wait, whatever day the suite runs (the real clock).
    bot = await serveInProcess({ MESSAGE_RATE_LIMIT: '0', STAFFED_HOURS: 'always' });
  }, 180_000);
  afterAll(async () => {
    await bot?.stop();
  });
  const db = () => new Database(bot.dbPath, { readonly: true, fileMustExist: true });

  async function send(who: { conversation: string; user: string; extra: Record<string, unknown>; channelData?: (t: string) => unknown }, text: string) {
    const extra = who.channelData ? { ...who.extra, channelData: who.channelData(text) } : who.extra;
    const r = await postMessage(bot.url, { conversation: who.conversation, user: who.user, text, id: `a-${seq++}`, extra });
    expect(r.status).toBe(200);
    return r.text;
  }

  const rows: Array<{ name: string; who: () => ReturnType<typeof sms> | ReturnType<typeof messenger>; text: string; expect: RegExp[]; not?: RegExp; handoff?: boolean }> = [
    {
      name: 'SMS: "I want to speak to a person" asks for a person, in English',
      who: () => sms('+447700900001'),
      text: 'I want to speak to a person',
      expect: [/^Hello! I'm an automated assistant/, /member of staff/],
      not: /Cynorthwyydd|aelod o staff/,
      handoff: true,
    },
    {
      name: 'SMS: "Ga i siarad â pherson plis" asks for a person, in Welsh',
      who: () => sms('+447700900004'),
      text: 'Ga i siarad â pherson plis',
      expect: [/^Shwmae! Cynorthwyydd awtomatig/, /aelod o staff/],
      not: /automated assistant|member of staff/,
      handoff: true,
    },
    {
      name: 'SMS: "person", which shows no language, is answered in both',
      who: () => sms('+447700900005'),
      text: 'person',
      expect: [/Cynorthwyydd awtomatig[\s\S]*automated assistant/, /aelod o staff[\s\S]*member of staff/],
      handoff: true,
    },
    {
      name: 'SMS: a whole complaint starts the intake with it as the description, in its language',
      who: () => sms('+447700900002'),
      text: 'My boiler has been broken for three weeks and nobody has come to fix it',
      expect: [/^Hello! I'm an automated assistant/, /You told me: "My boiler has been broken/, /Where is the problem/],
      not: /Cymraeg neu'n Saesneg/,
    },
    {
      name: 'Messenger: "Cymraeg" picks the language',
      who: () => messenger('7000000000000001'),
      text: 'Cymraeg',
      expect: [/^Shwmae! Cynorthwyydd awtomatig/, /barhau yn Gymraeg/, /Beth sydd wedi mynd o'i le/],
      not: /automated assistant/,
    },
    {
      name: 'Messenger: a Welsh complaint starts the intake in Welsh',
      who: () => messenger('7000000000000002'),
      text: "Mae'r boeler wedi torri ers tair wythnos a does neb wedi dod i'w drwsio",
      expect: [/^Shwmae! Cynorthwyydd awtomatig/, /Dywedoch chi/, /Ble mae'r broblem/],
    },
    {
      name: 'SMS: "hi" gets the bilingual greeting, which says it is automated, in one segment (since trial12)',
      who: () => sms('+447700900003'),
      text: 'hi',
      expect: [/^Shwmae! Cynorthwyydd cwynion awtomatig[\s\S]*Automated complaints assistant[\s\S]*1 Cymraeg\n2 English$/],
    },
  ];

  it.each(rows)('$name', async (row) => {
    const who = row.who();
    const reply = await send(who, row.text);
    for (const e of row.expect) expect(reply).toMatch(e);
    if (row.not) expect(reply).not.toMatch(row.not);
    const d = db();
    const handoffs = d.prepare('SELECT reason FROM handoff_requests WHERE conversation_key = ?').all(`${who.extra.channelId}:${who.conversation}`);
    d.close();
    expect(handoffs).toHaveLength(row.handoff ? 1 : 0);
  });

  it('a Facebook comment gets one reply asking for a private message, and nothing of it is kept', async () => {
    const post = {
      type: 'message',
      id: 'comment-1',
      text: 'My flat at 12 Park Road has had mould for months, Sam Jones',
      channelId: 'facebook',
      serviceUrl: 'http://localhost',
      deliveryMode: 'expectReplies',
      from: { id: '7000000000000009', name: 'Sam Jones' },
      recipient: { id: '104857600000000' },
      conversation: { id: 'comment-thread-1' },
      channelData: {
        field: 'feed',
        value: { item: 'comment', verb: 'add', post_id: '104857600000000_1', comment_id: '1_2', from: { id: '7000000000000009', name: 'Sam Jones' }, message: 'My flat…' },
      },
    };
    const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(post) });
    const body = (await res.json()) as { activities: Array<{ text: string }> };
    expect(body.activities).toHaveLength(1);
    expect(body.activities[0].text).toMatch(/private message/);
    expect(body.activities[0].text).not.toMatch(/Sam|Park Road/);
    const d = db();
    const kept = (sql: string) => (d.prepare(sql).get('facebook:comment-thread-1') as { n: number }).n;
    expect(kept('SELECT COUNT(*) AS n FROM transcripts WHERE conversation_key = ?')).toBe(0);
    expect(kept('SELECT COUNT(*) AS n FROM conversation_activity WHERE conversation_key = ?')).toBe(0);
    expect(kept("SELECT COUNT(*) AS n FROM bot_state WHERE key LIKE '%' || ? || '%'")).toBe(0);
    expect(kept('SELECT COUNT(*) AS n FROM cases WHERE conversation_key = ?')).toBe(0);
    // Not even an empty user-state row under the commenter's id.
    expect((d.prepare("SELECT COUNT(*) AS n FROM bot_state WHERE key LIKE '%7000000000000009%'").get() as { n: number }).n).toBe(0);
    d.close();
  });

  it('on Messenger, asks for an email or phone before filing and says why; the case keeps the channel and when the resident last wrote', async () => {
    const who = messenger('7000000000000003');
    await send(who, 'hi');
    await send(who, 'English');
    for (const a of ['The boiler keeps breaking and nobody has come', 'Flat 3, 12 Park Road', '3 weeks ago', 'no', 'No hot water', 'no', '1', 'none', "I'm the resident", 'Sam Jones']) {
      await send(who, a);
    }
    expect(await send(who, 'Flat 3, 12 Park Road, CF10 1AA')).toMatch(/Which language should we write to you in/);
    const asked = await send(who, 'English');
    expect(asked).toMatch(/24 hours after your last message[\s\S]*email address or phone number/);
    expect(await send(who, 'what?')).toMatch(/couldn't find an email address/);
    const summary = await send(who, 'sam@example.com');
    expect(summary).toMatch(/sam@example\.com/);
    expect(await send(who, 'yes')).toMatch(/CMP-/);
    const d = db();
    const row = d.prepare('SELECT channel_id, received_at, resident_last_at, details FROM cases WHERE conversation_key = ?').get(`facebook:${who.conversation}`) as {
      channel_id: string;
      resident_last_at: string | null;
      details: string;
    };
    d.close();
    expect(row.channel_id).toBe('facebook');
    expect(JSON.parse(row.details).contact).toMatchObject({ email: 'sam@example.com', address: expect.stringMatching(/CF10 1AA/) });
    expect(row.resident_last_at).not.toBeNull();
    // Server time, not the channel's timestamp (1795000000000 is in 2026-11).
    expect(Math.abs(Date.parse(row.resident_last_at!) - Date.now())).toBeLessThan(10 * 60_000);
  });

  it('on SMS, which has no reply window, does not ask', async () => {
    const who = sms('+447700900004');
    await send(who, 'hi');
    await send(who, 'English');
    for (const a of ['The boiler keeps breaking and nobody has come', 'Flat 3, 12 Park Road', '3 weeks ago', 'no', 'No hot water', 'no', '1', 'none', "I'm the resident", 'Sam Jones']) {
      await send(who, a);
    }
    await send(who, 'Flat 3, 12 Park Road, CF10 1AA');
    const next = await send(who, 'English');
    expect(next).not.toMatch(/24 hours/);
    expect(next).toMatch(/Is this right|Ydy hyn yn gywir|summary|What went wrong/i);
  });
});
