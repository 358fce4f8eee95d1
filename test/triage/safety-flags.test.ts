import { describe, expect, it } from 'vitest';
import { createProfileRegistry } from '../../src/policy/profiles';
import { defaultClassifier } from '../../src/triage';
import { createRuleClassifier } from '../../src/triage/rules';
import { flagThreshold, NEVER, type FlagRow } from '../../src/triage/train';
import type { UrgentTopic } from '../../src/triage/types';

// The safety flags' cue rules (issue #19): urgent and safeguarding recall matters more than
// anything, and a flag raised for an emergency that is not one teaches residents to ignore them.
// Sentences are written for these tests, in a resident's words, not taken from the corpora.
const profile = createProfileRegistry().get('housing-ombudsman-code');
const rules = createRuleClassifier();
const shipped = defaultClassifier();
const ruled = (text: string) => rules.classify(text, profile, {}, { today: '2026-11-23' });

describe('urgent: danger to health or safety now', () => {
  it.each<[string, UrgentTopic]>([
    ['The ceiling in the back bedroom is sagging badly with water and creaking', 'water'],
    ['Part of the ceiling came down in the hall this morning', 'water'],
    ['There is sewage coming up through the toilet and onto the floor', 'water'],
    ['Water is dripping into the light fitting on the landing', 'water'],
    ['Mae carthffosiaeth yn dod i fyny trwy’r bath', 'water'],
    ['Mae dŵr yn dod drwy’r nenfwd ac i mewn i’r golau', 'water'],
    ['Mae darn o’r nenfwd wedi dod i lawr yn y gegin', 'water'],
    ['I keep smelling gas near the meter cupboard', 'gas'],
    ['Our CO alarm keeps beeping in the hall', 'gas'],
    ['Dw i’n arogli nwy yn y lolfa', 'gas'],
    ['The socket by the bed is hot to touch and crackling', 'electric'],
    ['Mae’r soced yn boeth ac yn llosgi', 'electric'],
    ['My nan is 92 and the radiators are stone cold, it is 3 degrees out', 'no_heat_vulnerable'],
    ['Mae Taid yn byw ar ei ben ei hun a’r gwres wedi torri', 'no_heat_vulnerable'],
    ['Someone broke in last night and the back door will not lock now', 'security'],
    ['He hit me again tonight and I am frightened', 'person_at_risk'],
    ['My ex was outside the house last night banging on the window', 'person_at_risk'],
    ['Mae e wedi fy nharo i eto neithiwr', 'person_at_risk'],
    ['Roedd fy nghyn-bartner tu allan i’r drws neithiwr', 'person_at_risk'],
    ['Sometimes I think about taking my life', 'person_at_risk'],
    ['Dw i wedi meddwl am gymryd fy mywyd', 'person_at_risk'],
    ['The man at number 9 has not been seen for a week and his post is piling up', 'person_at_risk'],
  ])('%s → %s', (text, topic) => {
    const r = ruled(text);
    expect(r.urgent).toBe(true);
    expect(r.urgentTopics).toContain(topic);
  });

  it.each([
    // A setting that is not an emergency now.
    'The fire door on our floor does not close properly',
    'If there was a fire we would never get out, the stairwell is full of rubbish',
    'Mae’r drws tân ar y landin wedi torri',
    'Gofynnais am asesiad risg tân a ches i ddim ateb',
    'The fire alarm in the corridor goes off every night for no reason',
    'Weed smoke coming through the vents from next door every evening',
    'We had no heating for a month last winter and nobody apologised',
    'Roedd dim gwres gyda ni am fis y llynedd',
    'Your contractors flooded my kitchen in March and ruined the units, I want them paid for',
    'The garden flooded back in 2019 and I lost my shed',
    'The engineer capped off the gas smell yesterday, now I need a new cooker',
    'Black mould on the window frames again',
    // A lock or door alone is a repair, however annoying.
    'My front door lock is broken and I cannot lock it at night',
    'Dydy’r drws ffrynt ddim yn cloi ers wythnos',
  ])('not urgent: %s', (text) => {
    expect(ruled(text).urgent).toBe(false);
  });

  it('a cue outside the not-now setting still counts in the same message', () => {
    expect(ruled('The fire door is broken and now there is smoke pouring out of the flat below').urgentTopics).toContain('fire');
    expect(ruled('The engineer capped it yesterday but I can still smell gas in the kitchen').urgentTopics).toContain('gas');
    expect(ruled('We have had no heating for nine days and my wife is 79 with COPD').urgentTopics).toContain('no_heat_vulnerable');
  });
});

describe('safeguarding: someone at risk of harm', () => {
  it.each([
    'Some nights I think about taking my own life',
    'The lads on the corner shout racist abuse at my kids every day',
    'He threatened my daughter in the stairwell',
    'I don’t feel my children are safe in this block any more',
    'Mae o wedi sôn am frifo’i hun',
    'Mae’r cymdogion yn gweiddi pethau hiliol arna i',
    'Ymosododd e arna i ar y grisiau',
  ])('%s', (text) => {
    expect(ruled(text).safeguarding).toBe(true);
  });

  it.each([
    'The service charge keeps going up every year',
    'Mae’r plastr yn swnio’n wag pan dw i’n ei daro',
    'The operative was rude to me on the phone',
  ])('not safeguarding: %s', (text) => {
    expect(ruled(text).safeguarding).toBe(false);
  });

  it('the shipped classifier keeps the rules’ reading of these', () => {
    expect(shipped.classify('Dw i wedi meddwl am gymryd fy mywyd', profile, {}, { today: '2026-11-23' })).toMatchObject({ urgent: true, safeguarding: true });
    expect(shipped.classify('The fire door on our floor does not close properly', profile, {}, { today: '2026-11-23' }).urgentTopics).not.toContain('fire');
  });
});

// Issue #19, second pass: everyday wording the first cue lists did not know (north and south
// Welsh, mixed), self-harm and a child or frail adult left without care, and the settings that
// make an emergency word no emergency now (long past, dealt with, no longer, a detector's battery,
// "tan" meaning until). Written for these tests, not taken from the corpora.
describe('urgent, in everyday Welsh and English', () => {
  it.each<[string, UrgentTopic]>([
    ['Mae ogla nwy cryf yn y gegin ers hanner awr', 'gas'],
    ['Ma gwynt nwy yn y tŷ a dw i ddim yn siŵr beth i neud', 'gas'],
    ['Dw i’n meddwl bod nwy yn dianc o’r popty', 'gas'],
    ['Mae’r tŷ yn drewi o nwy', 'gas'],
    ['Mae’r larwm carbon monocsid yn canu yn y cyntedd', 'gas'],
    ['Mae’r larwm CO wedi bod yn bipian drwy’r bore', 'gas'],
    ['Ma’ larwm nwy yn mynd off yn y gegin', 'gas'],
    ['Dw i’n gallu arogli nwy wrth y mesurydd', 'gas'],
    ['Mae na ogla nwy tu allan i’r drws ffrynt', 'gas'],
    ['Mae dŵr yn dod drwy’r golau yn y gegin', 'water'],
    ['Mae dŵr yn diferu o’r golau yn y stafell molchi', 'water'],
    ['Mae’r to yn gollwng a’r dŵr yn rhedeg i mewn i’r soced', 'water'],
    ['Mae dŵr yn pistyllio drwy’r nenfwd', 'water'],
    ['Mae’r nenfwd yn chwyddo efo dŵr ac mae’n edrych fel tasai’n mynd i ddisgyn', 'water'],
    ['Ma dŵr yn dod lawr trwy’r light yn y landing', 'water'],
    ['Mae pibell wedi byrstio ac mae’r gegin dan ddŵr', 'water'],
    ['Mae dŵr yn llifo drwy’r bocs ffiwsys', 'water'],
    ['Mae’r soced yn y llofft yn gwreichioni', 'electric'],
    ['Ges i sioc o’r switsh golau bore ’ma', 'electric'],
    ['Mae gwifrau noeth yn hongian o’r nenfwd yn y landin', 'electric'],
    ['Ma’ ogla llosgi yn dod o’r bocs ffiwsys', 'electric'],
    ['Mae mwg yn dod o’r plwg yn y gegin', 'fire'],
    ['Mae’r plwg wedi toddi yn y wal', 'electric'],
    ['Mae’r gwifrau’n fyw ac yn y golwg ar ôl i’r trydanwr adael', 'electric'],
    ['Mae’r trydan yn fflachio ac yn clecian bob tro dw i’n troi’r golau ymlaen', 'electric'],
    ['Does dim gwres efo ni ac mae gen i fabi tri mis oed', 'no_heat_vulnerable'],
    ['Sdim gwres ’da ni ac ma’ babi bach ’da fi', 'no_heat_vulnerable'],
    ['Mae’r boeler wedi torri a mae Nain yn 88 ac yn byw efo ni', 'no_heat_vulnerable'],
    ['Dim gwres na dŵr poeth a mae gen i blentyn bach sâl', 'no_heat_vulnerable'],
    ['Mae’r boiler wedi marw a ma’ Mam-gu yn byw ’da ni, mae hi’n 91', 'no_heat_vulnerable'],
    ['Mae’r gwres canolog wedi stopio gweithio ac mae fy nhad yn oedrannus ac yn fregus', 'no_heat_vulnerable'],
    ['Does dim gwresogi o gwbl a mae Taid yn sâl yn ei wely', 'no_heat_vulnerable'],
    ['Mae’n rhewi yn y fflat a mae’r babi newydd ei eni', 'no_heat_vulnerable'],
    ['Mae carthffosiaeth yn codi drwy’r draen yn yr ardd', 'water'],
    ['Mae’r toiled yn gorlifo efo carthion dros y llawr', 'water'],
    ['Mae carthion yn dod yn ôl i fyny drwy’r sinc', 'water'],
    ['Mae’r garthffos wedi blocio a mae carthion ar lawr y stafell molchi', 'water'],
    ['Mae rhywun wedi torri i mewn neithiwr a dydy’r drws ffrynt ddim yn cloi', 'security'],
    ['Torrodd lladron i mewn i’r fflat heddiw, does dim clo ar y drws', 'security'],
    ['Ges i fy mwrglera neithiwr a mae’r ffenest gefn wedi malu', 'security'],
    ['Dwi newydd ddod adra a mae rhywun wedi bod yn y tŷ, mae’r drws wedi’i falu', 'security'],
    ['Mae tân yn y fflat drws nesa', 'fire'],
    ['Mae’r gegin ar dân', 'fire'],
    ['Mae mwg yn llenwi’r grisiau', 'fire'],
    ['Ma mwg yn dod o’r fflat oddi tanom', 'fire'],
    ['Mae fy mam yn sownd yn y lifft rhwng dau lawr', 'trapped'],
    ['Dw i wedi cael fy nghloi yn y fflat, dydy’r drws ddim yn agor a mae’r babi yma', 'trapped'],
    ['Mae hogla nwy yn y gegin', 'gas'],
    ['Ma oglau nwy ofnadwy yn y llofft', 'gas'],
    ['Dw i’n clywed gwynt nwy yn y cwtsh dan stâr', 'gas'],
    ['Mae ’na dân yn y bloc', 'fire'],
    ['Mae dŵr yn gollwng ar y gwifrau yn y to', 'water'],
    ['Mae’r boeler wedi pallu a mae gen i fabi bach', 'no_heat_vulnerable'],
    ['Mae’r gwres wedi nogio a mae Mam yn 84', 'no_heat_vulnerable'],
    ['Mae dŵr brwnt yn codi drwy’r toiled ac ar y llawr', 'water'],
    ['Ma’r trydan wedi mynd i gyd a ma’ Dad ar ocsigen', 'no_heat_vulnerable'],
    ['Ma’ gwreichion yn dod o’r soced', 'electric'],
    ['Mae’r larwm carbon yn sgrechian', 'gas'],
    ['Dwi’n ogleuo nwy', 'gas'],
    ['Mae toriad trydan yn y fflat a mae Dad ar ocsigen', 'no_heat_vulnerable'],
    ['there’s a really strong smell of gas on the landing', 'gas'],
    ['I can smell gas in the kitchen, what do I do', 'gas'],
    ['my carbon monoxide alarm is going off', 'gas'],
    ['water is coming through the light in the bathroom', 'water'],
    ['the ceiling is bulging and dripping over the bed', 'water'],
    ['the socket in the kitchen is sparking', 'electric'],
    ['there are bare wires hanging out of the wall where the light was', 'electric'],
    ['the boiler’s broken and I’ve got a newborn', 'no_heat_vulnerable'],
    ['no heating and my mum is 89 and lives with me', 'no_heat_vulnerable'],
    ['sewage is backing up into the bath', 'water'],
    ['someone kicked my door in and it won’t shut', 'security'],
    ['the kitchen is on fire', 'fire'],
    ['my little boy is stuck in the lift', 'trapped'],
    ['Ma ogla gas yn y gegin, please send someone', 'gas'],
    ['Water yn dod drwy’r ceiling yn y bathroom', 'water'],
    ['Mae’r boiler wedi torri a ma’ gen i baby newydd', 'no_heat_vulnerable'],
    ['The whole flat stinks of gas', 'gas'],
    ['The boiler has packed in and my son is 6 weeks old', 'no_heat_vulnerable'],
    ['They smashed the door in last night and it’s hanging off its hinges', 'security'],
    ['Mae ’na oglau nwy cryf ar y landin ers bore ma', 'gas'],
    ['Mae dŵr yn tywallt trwy’r golau yn y gegin a dw i ofn cyffwrdd y switsh', 'water'],
    ['Mae’r nenfwd yn y llofft wedi disgyn ar y gwely', 'water'],
    ['Ma’r soced tu ôl i’r teledu wedi llosgi’n ddu ac mae’n clecian', 'electric'],
    ['Does dim gwres o gwbl a mae’r babi’n bythefnos oed', 'no_heat_vulnerable'],
    ['Sdim gwres ’da ni ers dydd Gwener a ma’ Mam-gu yn 93', 'no_heat_vulnerable'],
    ['Mae carthion yn dod i fyny drwy’r gawod', 'water'],
    ['Torrodd rhywun i mewn neithiwr, mae’r clo wedi torri a fedra i ddim cloi’r drws', 'security'],
    ['Mae’r larwm CO yn canu a dw i’n teimlo’n benysgafn', 'gas'],
    ['Mae mwg du yn dod allan o’r fflat ar y llawr gwaelod', 'fire'],
    ['Mae gwifrau yn y golwg yn y stafell molchi ac maen nhw’n wlyb', 'electric'],
    ['Water pouring out of the ceiling rose in the front room', 'water'],
    ['There’s gas hissing out of the pipe behind the cooker', 'gas'],
    ['The boiler’s died and my husband is on oxygen', 'no_heat_vulnerable'],
    ['Someone has just forced the back door and I’m scared they’ll come back tonight', 'security'],
    ['The gas leak they said they fixed in March is back, I can smell gas in the hall', 'gas'],
    ['The gas leak hasn’t been fixed and I can still smell it', 'gas'],
    ['Nobody has fixed the gas leak, the whole flat smells', 'gas'],
    ['The engineer said he capped it but the smell of gas is still there', 'gas'],
    ['Water is pouring through the light fitting again, same as last year', 'water'],
    ['The ceiling collapsed in the bathroom an hour ago', 'water'],
    ['Someone broke in last night and I can’t lock the door', 'security'],
    ['We were burgled this morning and the back door is hanging off', 'security'],
    ['Mae arogl nwy yn y gegin eto, fel llynedd', 'gas'],
    ['Dydy’r gollyngiad nwy ddim wedi cael ei drwsio, mae arogl nwy yn y tŷ', 'gas'],
    ['Torrodd rhywun i mewn neithiwr', 'security'],
    ['Mae dŵr yn dod drwy’r golau eto heddiw', 'water'],
    ['Mae’r tân yn y fflat uwchben ac mae mwg yn dod i mewn', 'fire'],
    ['There’s a fire in the bin store downstairs', 'fire'],
    ['Sewage is coming up through the shower tray', 'water'],
    ['Dw i dal yn clywed ogla nwy er bod y peiriannydd wedi bod', 'gas'],
  ])('%s → %s', (text, topic) => {
    const r = ruled(text);
    expect(r.urgent).toBe(true);
    expect(r.urgentTopics).toContain(topic);
  });
});

describe('a person at risk now: urgent and safeguarding', () => {
  it.each([
    'Dw i’n methu cario mlaen, honestly I can’t cope anymore',
    'I can’t see any way out of this, I just want it to be over',
    'Dw i wedi cael llond bol, dw i isio marw',
    'Mae’r hogyn bach drws nesa wedi bod ar ben ei hun ers neithiwr',
    'The lady downstairs has dementia and nobody has been in to see her since Thursday',
    'I can’t go on like this any more',
    'Honestly I can’t take any more, I just want it all to stop',
    'I have nothing left to live for',
    'Some days I think there’s no reason to live',
    'I’ve been thinking about ending it',
    'I don’t want to wake up tomorrow',
    'I just want to disappear for good',
    'Dw i ddim isio byw fel hyn ddim mwy',
    'Sa i moyn byw rhagor',
    'Sa i’n moyn bod ’ma ragor',
    'Fedra i ddim cario mlaen fel hyn',
    'Does gen i ddim byd i fyw amdano',
    'Dw i’n meddwl am ladd fy hun',
    'Dw i isio rhoi diwedd ar bob dim',
    'Weithiau dw i’n meddwl y bydden nhw’n well hebdda i',
    'Dw i ddim isio deffro fory',
    'The kids next door have been home alone all night and the youngest is about four',
    'Nobody is looking after the little ones in the flat above, the parents went off on Friday',
    'My neighbour has dementia and her carer hasn’t been for three days',
    'The old man upstairs is wandering the landing at night in his pyjamas and nobody is looking after him',
    'Mae’r plant drws nesa ar eu pennau eu hunain drwy’r nos',
    'Does neb yn edrych ar ôl y plant bach yn y fflat uwchben',
    'Dydy gofalwr yr hen ddyn drws nesa ddim wedi bod ers dyddiau',
    'Mae’r hen wraig drws nesa yn crwydro allan yn y nos a neb yn gofalu amdani',
    'Mae’r babi drws nesa’n crio ers oriau a does neb adref',
    'Mae fy nghyn-bartner yn fy mygwth i ar ffôn bob dydd',
    'Mae o’n fy nghuro i ac mae gen i ofn mynd adra',
  ])('%s', (text) => {
    expect(ruled(text)).toMatchObject({ urgent: true, safeguarding: true, urgentTopics: expect.arrayContaining(['person_at_risk']) });
  });

  // Sixteenth safety pass (docs/triage/flags.md): "no point living" was safeguarding alone here,
  // while "dw i ddim isio byw" above is urgent too; read as the same thought, it is urgent as well.
  it.each([
    'Does dim pwynt byw',
  ])('no point living: urgent as well as safeguarding: %s', (text) => {
    expect(ruled(text)).toMatchObject({ urgent: true, safeguarding: true });
  });
});

describe('no emergency now, and no one at risk', () => {
  it.each([
    'Mae’r bil trydan wedi mynd i fyny eto a mae gen i fabi bach',
    'Mae fy mam yn 84 a mae hi eisiau symud i fflat ar y llawr gwaelod',
    'The heating was off for a day in October but it’s been fine since',
    'Please can someone check the smoke alarm, it was installed years ago',
    'I’d like to complain about how my gas safety check was handled',
    'Can you fix the dripping tap in the bathroom',
    'The fire door closer is broken again',
    'Mae’r gwres yn gweithio’n iawn nawr, diolch am ddod mor gyflym',
    'The boiler was fixed on Tuesday, thanks',
    'The boiler packed in last winter and I’m still waiting for the compensation you promised',
    'The cupboard door is hanging off',
    'We had a gas leak two years ago and the cooker was never reconnected properly',
    'Mae’r tân trydan yn y lolfa ddim yn gweithio',
    'Mae’r golau yn y gegin wedi stopio gweithio',
    'I’d like the smoke alarm in the hall moved, it goes off every time I cook',
    'Roedd carthion yn yr ardd ym mis Awst a does neb wedi glanhau',
    'The lock on the shed is broken',
    'Dw i eisiau cwyno am y peiriannydd nwy, roedd e’n anghwrtais',
    'My daughter is 3 and the bedroom is damp, please can someone look at it',
    'Mae’r ffenest yn y gegin wedi malu ers yr haf, mae angen gwydr newydd',
    'The radiator in the bathroom is cold at the top',
    'Ges i sioc pan weles i’r llythyr am yr ôl-ddyledion',
    'Mae’r toiled wedi malu ers wythnos, plis dewch i’w drwsio',
    'Mae handlen y ffenest wedi malu',
    'Dim pwynt ffonio chi, does neb yn ateb',
    'Does dim pwynt cwyno i chi',
    'Mae’r grisiau tu allan ddim yn saff pan mae’n rhewi',
    'Dydy’r balconi ddim yn ddiogel, mae’r rheilen yn rhydd',
    'Ges i sioc pan welais i’r bil rhent newydd',
    'Dw i wedi llosgi fy llaw ar y rheiddiadur achos does dim gorchudd',
    'Arhoson ni tan yn hwyr am y plymwr ac ni ddaeth neb',
    'Roedd lladrad yn y bloc llynedd a dw i eisiau camera',
    'Torrodd rhywun i mewn i’r sied dair blynedd yn ôl, dw i eisiau gwell clo',
    'Roedd arogl nwy fis diwethaf ond mae’r peiriannydd wedi trwsio’r bibell',
    'Cafodd y gollyngiad nwy ei drwsio ddoe, ond mae angen ail-osod y popty',
    'Mae’r larwm mwg yn bipian achos mae angen batri newydd',
    'Mae’r larwm carbon monocsid angen batri newydd',
    'Mae dŵr yn diferu o’r tap yn y gegin',
    'Dim dŵr poeth yn y gawod ond mae’r gwres yn iawn',
    'Mae’r plant yn oer yn y llofft achos mae’r ffenest yn gadael drafft',
    'Mae’r boeler yn swnllyd iawn',
    'Cawson ni lifogydd llynedd a dydy’r carped ddim wedi cael ei newid',
    'Mae’r golau yn y gegin yn fflachio weithiau',
    'Dw i eisiau cwyno am y ffordd y deliodd y swyddog â’r tân yn y bin llynedd',
    'Roedd y nenfwd wedi dod i lawr y llynedd a dydy’r plastr byth wedi cael ei orffen',
    'Mae’r ffens wedi malu yn y gwynt',
    'Roedd y tŷ dan ddŵr ym mis Ionawr, dw i eisiau iawndal am y dodrefn',
    'Mae’r drws ffrynt wedi chwyddo a dydy o ddim yn cau yn iawn',
    'We were burgled two years ago and I still want a better lock on the back door',
    'After the break-in last year you promised a new door and it never came',
    'There was a gas leak in October which the engineer fixed, but I want compensation for the days without a cooker',
    'The fire last year left the hallway black and nobody has redecorated it',
    'The kitchen flooded in March when the pipe burst, it’s dry now but the floor is ruined',
    'My CO alarm needs a new battery',
    'The smoke alarm keeps chirping, I think it needs a battery',
    'No point ringing you, nobody answers',
    'The steps outside aren’t safe when it’s icy',
    'I got a shock when I saw the rent statement',
    'There’s no hot water in the shower but the heating is fine',
    'I can’t take any more time off work for missed appointments',
    'The light in the hall flickers sometimes',
    'My fence is smashed after the storm',
    'I burnt my hand on the uncovered radiator pipe last week',
    'The electrician left the job unfinished and there’s no cover on the light switch',
    'I had to call 999 for the ambulance last month and they couldn’t get the stretcher down the stairs',
    'The gas engineer turned up three hours late for the annual service',
    'I’m sick of chasing you about the leak in the bathroom',
    'The gas leak was fixed yesterday, thank you to the engineer',
    'The burst pipe was repaired last week but the ceiling still needs painting',
    'Mae’r peiriannydd wedi trwsio’r nwy, diolch',
    'I no longer smell gas since the engineer came',
    'Cawson ni ein lladrata flynyddoedd yn ôl, dw i eisiau camera ar y drws',
    'Mae gennych chi tan ddydd Gwener i ateb fy nghwyn',
    'There was a small fire in the kitchen in 2021 and the extractor was never replaced',
    'Roedd y gegin dan ddŵr llynedd ac mae’r llawr yn dal i godi',
    'Dw i ddim yn clywed ogla nwy bellach, diolch i’r peiriannydd',
    'The engineer made it safe yesterday, the gas smell has gone',
    'So I come home, smell gas, ring you, the engineer comes out and caps it, and then nobody comes back to fit a new hob for three weeks',
    'I smell gas, the engineer comes and caps it',
    'I smelled gas and the engineer capped it',
  ])('%s', (text) => {
    expect(ruled(text)).toMatchObject({ urgent: false, safeguarding: false });
  });
});

describe('the flag model’s threshold: at most 1 false alarm in 20 it adds, counting one it has not made yet', () => {
  const rows = (spec: Array<[p: number, yes: boolean, ruled?: boolean]>): FlagRow[] => spec.map(([p, yes, r]) => ({ p, yes, ruled: r ?? false }));
  const trues = (n: number, p: number) => Array.from({ length: n }, () => [p, true] as [number, boolean]);

  it.each<[string, FlagRow[], number]>([
    ['19 true flags above every false one: the lowest threshold that still leaves the false ones out', rows([...trues(19, 0.95), [0.3, false], [0.2, false]]), 0.35],
    ['a few added flags, none false, prove nothing: the model adds nothing', rows([[0.95, true], [0.9, true], [0.3, false], [0.2, false]]), NEVER],
    ['one false among 40 added is allowed', rows([...trues(39, 0.6), [0.6, false], [0.1, false]]), 0.12],
    ['one false among 20 is not: the model waits above it', rows([...trues(19, 0.85), [0.55, false]]), 0.6],
    ['flags the rules raise are not the model’s to answer for', rows([[0.9, false, true], ...trues(19, 0.9)]), 0.05],
    ['a false alarm above every true one: the model adds nothing', rows([[0.99, false], ...trues(30, 0.5)]), NEVER],
  ])('%s', (_, given, expected) => {
    expect(flagThreshold(given)).toBe(expected);
  });
});
