import { describe, expect, it } from 'vitest';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { featuresOf } from '../../src/triage/features';
import { createRuleClassifier } from '../../src/triage/rules';
import { cy, mutated } from '../../src/triage/welsh-forms';

const profile = createProfileRegistry().get(DEFAULT_POLICY);
const rules = createRuleClassifier();
const families = (text: string) => [...featuresOf(text, rules.analyse(text), rules.classify(text, profile), {}, () => false).keys()].filter((f) => f.startsWith('k:'));

describe('Welsh forms', () => {
  it.each([
    ['cyfrif', ['cyfrif', 'gyfrif', 'nghyfrif', 'chyfrif']],
    ['llythyr', ['llythyr', 'lythyr']],
    ['ateb', ['ateb', 'hateb']],
    ['gwaith', ['gwaith', 'waith', 'ngwaith']],
  ])('%s is also written %j', (word, forms) => {
    expect(mutated(word).sort()).toEqual([...forms].sort());
  });

  it('matches a mutated form as a whole word only', () => {
    const re = new RegExp(`\\b${cy('cyfrif')}\\b`);
    expect(re.test('fy nghyfrif rhent')).toBe(true);
    expect(re.test('cyfrifiadur')).toBe(false);
  });
});

// Each family in English and Welsh (everyday and mutated forms), and a message that must not raise it.
describe('feature families', () => {
  it.each([
    ['k:no_reply', 'I have emailed three times and had no reply', 'The repair was booked for Tuesday'],
    ['k:no_rush', 'The bath panel has come off. No rush, whenever is convenient', 'The bath panel came off in May and nobody has fixed it'],
    ['k:no_rush', "Mae'r handlen wedi dod yn rhydd, dim brys, pan fydd yn gyfleus", "Mae'r handlen yn rhydd ers mis Mai"],
    ['k:no_reply', "Does neb wedi ffonio'n ôl ers wythnos", 'Diolch am ffonio ddoe'],
    ['k:no_reply', 'My housing officer never called back', 'Please call me back on this number'],
    ['k:records', 'The arrears letter is wrong, I paid every week', 'I got your letter about the gas check'],
    ['k:records', "Mae camgymeriad yn fy nghyfrif rhent i", 'Sut dw i’n talu rhent?'],
    ['k:adjustment', "I'm deaf and I asked you to text me instead, but you keep ringing", 'Can I have a new front door key?'],
    ['k:adjustment', "Gofynnais am addasiadau i'r gawod a does dim byd wedi digwydd", 'Mae’r gawod yn gollwng'],
    ['k:charge_unserved', "We pay for communal cleaning and nobody has cleaned the stairs since June", 'How do I pay my rent?'],
    ['k:charge_level', 'My service charge has gone up by 40% and I want a breakdown', 'The lift is broken'],
    ['k:responsibility', "Since your contractors did the roof we've had mice, and now you say it's my problem", 'There are mice in the kitchen'],
    ['k:responsibility', "Ers i'r gweithwyr fod yma mae llygod yn y gegin", 'Mae llygod yn y gegin'],
    ['k:responsibility', "Maen nhw'n deud mai fy mai i ydy o", 'Ym mis Mai daeth y gweithwyr'],
    ['k:fault_disputed', "I don't accept that the mould is down to our lifestyle", 'There is mould on the bathroom ceiling'],
    ['k:fault_disputed', "You keep blaming me for the condensation but I open the windows every day", 'The windows are stiff to open'],
    ['k:fault_disputed', "Dw i ddim yn cytuno mai fy mai i ydy'r llwydni", "Mae llwydni yn y llofft"],
    ['k:fault_disputed', "Dach chi'n fy meio i am y tamprwydd", "Mae tamprwydd yn y gegin"],
    ['k:neighbour', 'The family downstairs bang on the ceiling every night', 'The ceiling in the downstairs toilet has a crack'],
    ['k:neighbour', "A gang of youths hang around the bin store", 'The bin store door is broken'],
    ['k:neighbour', "Mae fy nghymydog yn parcio o flaen y garej", "Mae drws y garej wedi torri"],
    ['k:neighbour', "Mae criw o fechgyn yn yfed ar y grisiau", "Mae'r golau ar y grisiau wedi torri"],
    ['k:offer_low', "Thanks for the apology but fifty pounds after three months without a bath is an insult", 'Thank you for the apology, that is all I wanted'],
    ['k:offer_low', "The compensation you offered is nowhere near enough, it is not enough for what we went through", 'I would like to claim compensation'],
    ['k:offer_low', "Diolch am yr ymddiheuriad ond dydy £20 o iawndal ddim yn ddigon", 'Diolch am yr ymddiheuriad'],
    ['k:records', 'Mae gwall yn fy llythyr rhent', 'The lads kick a ball against my wall'],
    ['k:case_handling', 'I reported the noise and the ASB case was closed with no action', 'The people upstairs play loud music every night'],
    ['k:case_handling', "Dw i wedi cadw dyddiadur ers misoedd a does dim byd yn newid", 'Mae cymydog yn chwarae cerddoriaeth yn uchel'],
    ['k:answer_unhappy', "I'm not happy with your stage 1 response, it ignored the mould", 'Thank you for your response'],
    ['k:answer_unhappy', "Dw i ddim yn cytuno â'ch ymateb i'm cwyn", 'Diolch am eich ymateb'],
    ['k:ombudsman_wish', 'I want to take this to the Ombudsman', 'The boiler is broken'],
    ['k:ombudsman_wish', "Dw i isio mynd at yr Ombwdsmon", 'Mae’r boeler wedi torri'],
    ['k:other_body_only', 'My GP surgery keeps cancelling my appointments', 'The repairs team ignored the letter from my GP'],
    ['k:other_body_only', "Mae'r feddygfa yn canslo fy apwyntiadau", 'Mae’r tap yn diferu'],
    ['k:other_body_and_landlord', 'The repairs team ignored the letter from my GP', 'My GP surgery keeps cancelling my appointments'],
    ['k:first_time', "First time I've reported it: the gutter is hanging off", 'The gutter has been hanging off for years'],
    ['k:first_time', "Dw i newydd sylwi ar lwydni yn y llofft", 'Mae llwydni yn y llofft ers blynyddoedd'],
    ['k:since_when', 'The heating has been off since June', 'The heating is off'],
    ['k:since_when', "Mae'r gwres wedi bod i ffwrdd ers mis Mawrth", 'Mae’r gwres i ffwrdd'],
    ['k:yet', 'Has the contractor ordered the part yet?', 'The contractor left the part in the hall'],
    ['k:yet', "Ydi'r contractwr wedi archebu'r darn eto?", 'Mae’r contractwr yma'],
    ['k:over_now', 'In March 2024 the plumber was rude to me. It has been fixed since but I still want to complain', 'The plumber was rude to me this morning'],
    ['k:over_now', "Mae'r boeler wedi'i drwsio ers hynny ond dw i isio cwyno am 2023", 'Mae’r boeler wedi torri ers ddoe'],
    ['k:pay_me', 'Your workmen broke my telly and I want you to pay for a new one', 'Your workmen broke my telly'],
    ['k:pay_me', 'Dw i isio i chi dalu am y carped newydd', 'Mae’r carped newydd yn wlyb'],
    ['k:suggest', 'It would be really helpful if you put a bench by the shops', 'The bench by the shops is broken'],
    ['k:suggest', "Basa'n braf cael mainc yn yr ardd", 'Mae’r fainc wedi torri'],
    // Suggestions asked as questions, and wishes for residents at large (issue #19, third round).
    ['k:suggest', 'Would it be possible to have a notice board in the lobby?', 'Would it be possible to fix my back door?'],
    ['k:suggest', 'Have you thought about a community garden?', 'Have you fixed the boiler yet?'],
    ['k:suggest', "Fyddai hi'n bosib cael mainc wrth y siop?", 'Mae’r siop ar gau'],
    ['k:suggest', 'Dylech chi ystyried gwasanaeth testun', 'Dw i wedi anfon neges destun'],
    ['k:for_all', 'A bench for the older residents would be lovely', 'My bench in the garden is broken'],
    ['k:for_all', 'Lots of the tenants here do not use email', 'I do not use email'],
    ['k:for_all', "Allech chi roi mainc wrth y siop? I'r bobl hŷn.", 'Allech chi drwsio fy nrws cefn?'],
    ['k:for_all', 'Mae pawb yn y bloc yn cytuno', 'Dw i ddim yn cytuno'],
    // Fourth round: status questions on fresh writing, another body's own service complained of,
    // a claim already made, a reply nobody came back with (issue #19).
    ['k:progress', 'Has anyone been booked to look at the damp?', 'Can someone be booked to look at the damp?'],
    ['k:progress', 'When is the surveyor coming?', 'The surveyor came on Monday'],
    ['k:progress', 'You said my case would be reviewed at the end of the month. Has that happened?', 'You said my case would be reviewed and nothing happened.'],
    ['k:progress', 'Any news on the new fence?', 'The new fence has blown down'],
    ['k:progress', "Oes rhywun wedi trefnu i ddod i weld y lleithder?", 'Allwch chi drefnu i rywun ddod i weld y lleithder?'],
    ['k:progress', "Pryd fydd y lifft yn ôl?", "Mae'r lifft wedi torri"],
    ['k:progress', "Oes dyddiad wedi'i drefnu i osod y drws?", "Mae angen drws newydd"],
    ['k:progress', "Ga i wybod pryd mae'r contractwr yn dod?", "Mae'r contractwr wedi bod"],
    ['k:complain_other', 'How do I complain about my GP surgery?', 'I want to complain about the repairs team'],
    ['k:complain_other', 'The police never came when I reported the car break-in', 'The repairs team never came'],
    ['k:complain_other', "Sut dw i'n cwyno am y feddygfa?", "Dw i isio cwyno am y tîm trwsio"],
    ['k:complain_other', "Mae fy mudd-dal tai wedi'i atal", "Mae'r golau wedi'i atal"],
    ['k:claim_made', "I've got a claim in with your insurers for the water damage", 'The water damaged my carpet'],
    ['k:claim_made', 'Who do I send the repair bill to?', 'Can you repair the door?'],
    ['k:claim_made', "Mae fy nghyfreithiwr wedi anfon llythyr", "Mae'r llythyr wedi cyrraedd"],
    ['k:claim_made', "Dw i wedi gwneud hawliad gyda'ch yswiriant", "Dw i wedi gwneud paned"],
    ['k:no_reply', "Does neb wedi dod yn ôl ata i", "Mae'r lleithder wedi dod yn ôl"],
  ])('%s: raised by %j, not by %j', (family, yes, no) => {
    expect(families(yes)).toContain(family);
    expect(families(no)).not.toContain(family);
  });
});
