import { describe, expect, it } from 'vitest';
import { parseWhen, type ParsedWhen } from '../../dialogs/parse/dates';

/** Sunday 22 November 2026: the "today" of most cases. */
const TODAY = '2026-11-22';

type Case = [text: string, date: string, precision: ParsedWhen['precision']];

function check(cases: Case[], today = TODAY) {
  it.each(cases)('%s → %s (%s)', (text, date, precision) => {
    const got = parseWhen(text, today);
    expect(got).not.toBeNull();
    expect({ date: got!.date, precision: got!.precision }).toEqual({ date, precision });
  });
}

describe('parseWhen', () => {
  describe('UK numeric dates: day first, always', () => {
    check([
      ['12/03/2026', '2026-03-12', 'day'],
      ['12/3/26', '2026-03-12', 'day'],
      ['12-03-2026', '2026-03-12', 'day'],
      ['12.03.2026', '2026-03-12', 'day'],
      ['2026-03-12', '2026-03-12', 'day'],
      ['01/02/2026', '2026-02-01', 'day'], // 1 February, never 2 January
      ['it was 5/9/25 I think', '2025-09-05', 'day'],
      ['30/11', '2025-11-30', 'day'], // no year: the most recent 30 November
      ['12/11', '2026-11-12', 'day'],
    ]);
  });

  describe('written dates in English and Welsh', () => {
    check([
      ['12 March 2026', '2026-03-12', 'day'],
      ['12th March', '2026-03-12', 'day'],
      ['March 12th', '2026-03-12', 'day'],
      ['12 Mar', '2026-03-12', 'day'],
      ['Tuesday 3rd March 2026', '2026-03-03', 'day'],
      ['12fed Mawrth 2026', '2026-03-12', 'day'],
      ['12 Mawrth', '2026-03-12', 'day'],
      ['1af o Fawrth', '2026-03-01', 'day'],
      ['y 3ydd o Fedi', '2026-09-03', 'day'],
      ['21ain o Ragfyr 2025', '2025-12-21', 'day'],
      ['2il o Fehefin', '2026-06-02', 'day'],
      ['11eg Tachwedd', '2026-11-11', 'day'],
      ['dydd Mawrth 3 Mawrth 2026', '2026-03-03', 'day'], // Tuesday the 3rd of March
      ['12 December', '2025-12-12', 'day'], // December has not come yet this year
      ['on the 12th', '2026-11-12', 'day'],
      ['on the 25th', '2026-10-25', 'day'],
      ['the 3rd of last month', '2026-10-03', 'day'],
    ]);
  });

  describe('a month on its own: the first of the most recent such month', () => {
    check([
      ['in March', '2026-03-01', 'month'],
      ['March', '2026-03-01', 'month'],
      ['since January', '2026-01-01', 'month'],
      ['in November', '2026-11-01', 'month'],
      ['in December', '2025-12-01', 'month'], // said in November: last December
      ['last March', '2026-03-01', 'month'],
      ['March last year', '2025-03-01', 'month'],
      ['March 2025', '2025-03-01', 'month'],
      ["March '25", '2025-03-01', 'month'],
      ['since the end of Sept', '2026-09-01', 'month'],
      ['ym mis Mawrth', '2026-03-01', 'month'],
      ['mis Ionawr', '2026-01-01', 'month'],
      ['ers mis Medi', '2026-09-01', 'month'],
      ['fis Mai', '2026-05-01', 'month'],
      ['o Fehefin', '2026-06-01', 'month'],
      ['ers Ionawr', '2026-01-01', 'month'],
      ['mis Gorffennaf', '2026-07-01', 'month'],
      ['yn Awst', '2026-08-01', 'month'],
      ['i Fedi', '2026-09-01', 'month'],
      ['yn Nhachwedd', '2026-11-01', 'month'],
      ['ers mis Hydref', '2026-10-01', 'month'],
      ['o ddechrau mis Rhagfyr', '2025-12-01', 'month'],
      ['mis Mawrth y llynedd', '2025-03-01', 'month'],
      ['Mawrth diwethaf', '2026-03-01', 'month'],
    ]);
  });

  describe('days counted back from today', () => {
    check([
      ['today', '2026-11-22', 'day'],
      ['heddiw', '2026-11-22', 'day'],
      ['this morning', '2026-11-22', 'day'],
      ["bore 'ma", '2026-11-22', 'day'],
      ['bore ma', '2026-11-22', 'day'],
      ['yesterday', '2026-11-21', 'day'],
      ['ddoe', '2026-11-21', 'day'],
      ['last night', '2026-11-21', 'day'],
      ['neithiwr', '2026-11-21', 'day'],
      ['the day before yesterday', '2026-11-20', 'day'],
      ['echdoe', '2026-11-20', 'day'],
      ['3 days ago', '2026-11-19', 'day'],
      ['dri diwrnod yn ôl', '2026-11-19', 'day'],
      ['pum niwrnod yn ôl', '2026-11-17', 'day'],
    ]);
  });

  describe('weekdays: the most recent one before today (a Sunday)', () => {
    check([
      ['on Monday', '2026-11-16', 'day'],
      ['last Tuesday', '2026-11-17', 'day'],
      ['on Sunday', '2026-11-15', 'day'],
      ['Monday last week', '2026-11-09', 'day'],
      ['Friday before last', '2026-11-13', 'day'],
      ['dydd Llun', '2026-11-16', 'day'],
      ['ddydd Mawrth diwethaf', '2026-11-17', 'day'],
      ['dydd Mawrth', '2026-11-17', 'day'], // Tuesday, not March
      ['nos Wener', '2026-11-20', 'day'],
      ['bore dydd Sadwrn', '2026-11-21', 'day'],
    ]);
  });

  describe('calendar periods: from their first day', () => {
    check([
      ['last week', '2026-11-09', 'week'], // the Monday of last week
      ['wythnos diwethaf', '2026-11-09', 'week'],
      ['yr wythnos diwethaf', '2026-11-09', 'week'],
      ['yr wythnos ddiwethaf', '2026-11-09', 'week'],
      ['wsnos dwetha', '2026-11-09', 'week'],
      ['this week', '2026-11-16', 'week'],
      ['the week before last', '2026-11-02', 'week'],
      ['last month', '2026-10-01', 'month'],
      ['mis diwethaf', '2026-10-01', 'month'],
      ['mis dwetha', '2026-10-01', 'month'],
      ['last year', '2025-01-01', 'year'],
      ['llynedd', '2025-01-01', 'year'],
      ['y llynedd', '2025-01-01', 'year'],
      ['eleni', '2026-01-01', 'year'],
      ['2024', '2024-01-01', 'year'],
      ['since 2023', '2023-01-01', 'year'],
    ]);
  });

  describe('"N units ago": the same day that far back', () => {
    check([
      ['3 months ago', '2026-08-22', 'approx'],
      ['3 mis yn ôl', '2026-08-22', 'approx'],
      ['tri mis yn ol', '2026-08-22', 'approx'],
      ['3 mis nôl', '2026-08-22', 'approx'],
      ['2 weeks ago', '2026-11-08', 'approx'],
      ['pythefnos yn ôl', '2026-11-08', 'approx'],
      ['2 wythnos yn ôl', '2026-11-08', 'approx'],
      ['2 wk ago', '2026-11-08', 'approx'],
      ['a fortnight ago', '2026-11-08', 'approx'],
      ['a year ago', '2025-11-22', 'approx'],
      ['blwyddyn yn ôl', '2025-11-22', 'approx'],
      ['a few weeks ago', '2026-11-01', 'approx'], // "a few" is 3
      ['ychydig wythnosau yn ôl', '2026-11-01', 'approx'],
      ['a couple of months ago', '2026-09-22', 'approx'],
      ['about 6 months ago', '2026-05-22', 'approx'],
      ['tua 6 mis yn ôl', '2026-05-22', 'approx'],
      ['3-4 weeks ago', '2026-10-25', 'approx'], // a range: the earlier end
      ['two or three months ago', '2026-08-22', 'approx'],
      ['over a year', '2025-11-22', 'approx'],
      ['dros flwyddyn', '2025-11-22', 'approx'],
      ['for 3 weeks', '2026-11-01', 'approx'],
      ['ers tri mis', '2026-08-22', 'approx'],
    ]);
  });

  describe('number words in both languages, with Welsh mutations', () => {
    check([
      ['one week ago', '2026-11-15', 'approx'],
      ['five months ago', '2026-06-22', 'approx'],
      ['twelve weeks ago', '2026-08-30', 'approx'],
      ['eleven months ago', '2025-12-22', 'approx'],
      ['un mis yn ôl', '2026-10-22', 'approx'],
      ['dau fis yn ôl', '2026-09-22', 'approx'],
      ['dwy flynedd yn ôl', '2024-11-22', 'approx'],
      ['tair wythnos yn ôl', '2026-11-01', 'approx'],
      ['bedwar mis yn ôl', '2026-07-22', 'approx'],
      ['pedair wythnos yn ôl', '2026-10-25', 'approx'],
      ['pum mlynedd yn ôl', '2021-11-22', 'approx'],
      ['chwe mis yn ôl', '2026-05-22', 'approx'],
      ['saith diwrnod yn ôl', '2026-11-15', 'day'],
      ['wyth wythnos yn ôl', '2026-09-27', 'approx'],
      ['naw mis yn ôl', '2026-02-22', 'approx'],
      ['deg diwrnod yn ôl', '2026-11-12', 'day'],
      ['un ar ddeg mis yn ôl', '2025-12-22', 'approx'],
      ['deuddeg mis yn ôl', '2025-11-22', 'approx'],
    ]);
  });

  describe('festivals and seasons', () => {
    check([
      ['since Christmas', '2025-12-25', 'day'],
      ['ers y Nadolig', '2025-12-25', 'day'],
      ['since xmas', '2025-12-25', 'day'],
      ['Christmas 2024', '2024-12-25', 'day'],
      ['since the summer', '2026-06-01', 'approx'],
      ['ers yr haf', '2026-06-01', 'approx'],
      ['ers yr hydref', '2026-09-01', 'approx'], // "yr hydref" is the autumn; "Hydref" is October
      ['last winter', '2025-12-01', 'approx'],
    ]);
  });

  describe('text-speak, typos and case', () => {
    check([
      ['yday', '2026-11-21', 'day'],
      ['yesterdy', '2026-11-21', 'day'],
      ['YESTERDAY', '2026-11-21', 'day'],
      ['2day', '2026-11-22', 'day'],
      ['lst week', '2026-11-09', 'week'],
      ['3 mnths ago', '2026-08-22', 'approx'],
      ['3months ago', '2026-08-22', 'approx'],
      ['2wks ago', '2026-11-08', 'approx'],
      ['since septmber', '2026-09-01', 'month'],
      ['febuary', '2026-02-01', 'month'],
      ['wendsday', '2026-11-18', 'day'],
    ]);
  });

  describe('dates inside sentences and mixed-language messages', () => {
    check([
      ['it started about 3 months ago when the boiler went', '2026-08-22', 'approx'],
      ['dechreuodd e ym mis Mawrth', '2026-03-01', 'month'],
      ['it was ym mis Mawrth I think', '2026-03-01', 'month'],
      ['dechreuodd e 3 weeks ago', '2026-11-01', 'approx'],
      ['since dydd Llun', '2026-11-16', 'day'],
      ["ma' fe wedi bod ers last month", '2026-10-01', 'month'],
      ['about tri mis yn ol', '2026-08-22', 'approx'],
      ["dwi'n credu mai ym mis Mehefin", '2026-06-01', 'month'], // "mai" here is "that", not May
      ['it may have been 2 weeks ago', '2026-11-08', 'approx'], // "may" here is not May
      ['The damp came back at 10:30 on 12/10/2026', '2026-10-12', 'day'],
      // Two dates: the earlier is when it started.
      ['It started in January and I reported it yesterday', '2026-01-01', 'month'],
      ['noticed it last week, but it began 2 months ago', '2026-09-22', 'approx'],
    ]);
  });

  describe('never after today', () => {
    it('returns null for a full date in the future', () => {
      expect(parseWhen('12/12/2026', TODAY)).toBeNull();
      expect(parseWhen('3 December 2026', TODAY)).toBeNull();
      expect(parseWhen('December 2026', TODAY)).toBeNull();
    });
    it('does not read the year out of a future or impossible date', () => {
      expect(parseWhen('31/02/2026', TODAY)).toBeNull();
      expect(parseWhen('12/12/2026', TODAY)).toBeNull();
    });
    it('rolls a month without a year back to last year', () => {
      expect(parseWhen('Rhagfyr', TODAY)).toMatchObject({ date: '2025-12-01', precision: 'month' });
    });
    it('does not read future time as a date', () => {
      expect(parseWhen('in 3 weeks', TODAY)).toBeNull();
      expect(parseWhen('next week', TODAY)).toBeNull();
      expect(parseWhen('tomorrow', TODAY)).toBeNull();
    });
  });

  describe('no date', () => {
    it.each([
      'no idea',
      'dim syniad',
      'ages',
      'ages ago',
      'months ago',
      'ers misoedd',
      "dunno, it's been a while",
      'once a month',
      'every 2 weeks',
      'it happens 24/7',
      'Mae ar fai', // "ar fai" is "to blame", not May
      'Flat 3, 12 Park Road',
      '',
    ])('%j → null', (text) => {
      expect(parseWhen(text, TODAY)).toBeNull();
    });
  });

  describe('other todays', () => {
    // Monday 2 March 2026
    check(
      [
        ['in December', '2025-12-01', 'month'],
        ['in March', '2026-03-01', 'month'],
        ['last March', '2025-03-01', 'month'], // said in March: the one before
        ['ym mis Mai', '2025-05-01', 'month'],
        ['12 March', '2025-03-12', 'day'],
        ['last week', '2026-02-23', 'week'],
        ['last month', '2026-02-01', 'month'],
        ['on Monday', '2026-02-23', 'day'], // said on a Monday: a week ago
        ['dydd Llun', '2026-02-23', 'day'],
        ['yesterday', '2026-03-01', 'day'],
        ['1 month ago', '2026-02-02', 'approx'],
        ['3 weeks ago', '2026-02-09', 'approx'],
        ['since Christmas', '2025-12-25', 'day'],
        ['since the summer', '2025-06-01', 'approx'],
        ['29 Feb', '2024-02-29', 'day'], // the most recent 29 February
      ],
      '2026-03-02',
    );
    // Sunday 31 March 2024: month arithmetic clamps to the month's end.
    check(
      [
        ['a month ago', '2024-02-29', 'approx'],
        ['last year', '2023-01-01', 'year'],
        ['summer', '2023-06-01', 'approx'],
      ],
      '2024-03-31',
    );
    // Monday 23 November 2026, as in the bot's own conversation tests.
    check(
      [
        ['3 weeks ago', '2026-11-02', 'approx'],
        ['3 mis yn ôl', '2026-08-23', 'approx'],
        ['wythnos diwethaf', '2026-11-16', 'week'],
      ],
      '2026-11-23',
    );
  });

  describe('matched words', () => {
    it('reports the words read, in normal spelling', () => {
      expect(parseWhen('it started about 3 months ago when the boiler went', TODAY)?.matched).toBe('about 3 months ago');
      expect(parseWhen('Ym mis Mawrth', TODAY)?.matched).toBe('ym mis mawrth');
      expect(parseWhen('wsnos dwetha', TODAY)?.matched).toBe('wythnos diwethaf');
      expect(parseWhen('12/03/2026', TODAY)?.matched).toBe('12/03/2026');
    });
  });

  describe('the language hint', () => {
    it('reads Welsh "am" ("for") only when the conversation is not in English', () => {
      expect(parseWhen('am wythnos', TODAY, 'cy')).toMatchObject({ date: '2026-11-15', precision: 'approx' });
      expect(parseWhen('I am a week late with this', TODAY, 'en')).toBeNull();
    });
    it('reads either language whatever the hint', () => {
      expect(parseWhen('ddoe', TODAY, 'en')?.date).toBe('2026-11-21');
      expect(parseWhen('yesterday', TODAY, 'cy')?.date).toBe('2026-11-21');
    });
  });

  it('reads words that name built-in object properties as plain words', () => {
    expect(parseWhen('constructor', TODAY)).toBeNull();
    expect(parseWhen('toString yesterday', TODAY)?.date).toBe('2026-11-21');
  });

  it('rejects a malformed today', () => {
    expect(() => parseWhen('yesterday', '22/11/2026')).toThrow(RangeError);
  });
});
