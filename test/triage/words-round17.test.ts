import { table } from './feature-table';

// Issue #19, seventeenth session (en17): English as residents write it. A message that opens a
// conversation or takes one back and tells nothing yet (openers.ts `k:opener`), and a grievance asked
// so the landlord hears it rather than for an answer (english-families.ts `k:asked_grievance`, its
// new forms), each with the messages that must not raise it, in both languages. Made-up sentences,
// not corpus lines.

table(
  'k:opener',
  [
    'hiya can i ask you something',
    'hold on my daughter has the letter, back in a sec',
    'Sorry ignore my last message',
    'please disregard the previous one, wrong flat',
    'oops ignore that',
    'meant to send that to my husband sorry',
    'My name is Gareth Price, flat 12',
    "it's about the garden at number 6",
    're the car park -',
    'Ga i ofyn rhywbeth?',
    'Arhoswch funud, dw i’n chwilio am y llythyr',
    'Anwybyddwch fy neges ddiwethaf',
    'Fy enw i yw Elin Morgan, fflat 7',
    "Ynglŷn â'r ardd gefn",
  ],
  [
    "It's about the damp in the back bedroom, I've reported it four times since March and nobody has come",
    'You ignore my last three emails and then tell me I never got in touch',
    "One minute it's boiling, the next it's freezing, the boiler needs looking at",
    "I can't hang on much longer with no heating and a baby",
    'The shelf bracket will not hang on the wall',
    'This is absolutely disgusting',
    'Quick question, is the gas check still on for Monday?',
    "Cwestiwn bach, ydy'r archwiliad nwy dal ymlaen ddydd Llun?",
    "Mae'r gwres yn mynd un funud ac yn dod yn ôl y funud nesaf",
    "Dach chi'n anwybyddu fy negeseuon ers mis",
  ],
);

table(
  'k:asked_grievance',
  [
    'Does anyone actually read these messages or do they just get deleted?',
    'Is it normal for a family of five to wait two months without a working cooker?',
    'How can you call the flat fit to live in when the window frames are rotten?',
    'Who is going to pay for my carpet that your plumber soaked?',
    'How many more appointments before someone actually fixes the extractor?',
    "Ydych chi hyd yn oed yn darllen y negeseuon 'ma?",
    "Dw i wedi gyrru tri e-bost. Ydach chi'n gwrando o gwbl?",
    "Ydy hi'n arferol i deulu aros tri mis heb gegin?",
    "Sut allwch chi ddweud bod y to'n iawn pan mae'n gollwng?",
    'Faint mwy o ymweliadau cyn i rywun drwsio hwn?',
  ],
  [
    'Is it normal for the boiler to click when the heating comes on?',
    'Do you read the meters yourselves or should I send a photo?',
    'How can you tell if it is damp or condensation?',
    'How many more forms do I need to fill in for the transfer?',
    'Ydy hi’n arferol i’r boeler wneud sŵn clicio?',
    "Dach chi'n darllen y mesurydd nwy neu ydw i?",
    'Sut alla i wybod os ydy o’n damp?',
  ],
);
