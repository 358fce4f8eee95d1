import { describe, expect, it } from 'vitest';
import { createProfileRegistry } from '../../src/policy/profiles';
import { createRuleClassifier } from '../../src/triage/rules';
import type { UrgentTopic } from '../../src/triage/types';

// Issue #19, third safety-flag pass: coverage by CATEGORY, not by corpus line. Each category is
// an emergency or a risk a landlord's repairs or safeguarding policy names; each has freshly
// written sentences in English and in everyday north and south Welsh, and near misses (told as
// past, fixed, hypothetical, booked, about a neighbour's old trouble, or another sense of the
// word). None is copied from a corpus: they were written from the category names before the cue
// lists were changed, so a category that fails here is one the cue lists do not know.
const profile = createProfileRegistry().get('housing-ombudsman-code');
const rules = createRuleClassifier();
const read = (text: string) => rules.classify(text, profile, {}, { today: '2026-11-23' });

type Row = [category: string, text: string, topic: UrgentTopic];

const URGENT: Row[] = [
  // Gas smell or leak.
  ['gas', 'There is a strong smell of gas coming from behind the cooker', 'gas'],
  ['gas', 'I think gas is leaking from the pipe by the meter', 'gas'],
  ['gas', 'Mae ’na ogla nwy cryf yn y gegin a dw i wedi agor y ffenestri', 'gas'],
  ['gas', 'Ma’ gwynt nwy yn y tŷ, sa i’n gwybod beth i neud', 'gas'],
  ['gas', 'Mae’r nwy yn gollwng o’r popty', 'gas'],
  // A carbon monoxide alarm sounding, or its symptoms beside the boiler.
  ['co', 'The carbon monoxide detector in the hall is going off and I feel dizzy', 'gas'],
  ['co', 'Our CO alarm won’t stop beeping', 'gas'],
  ['co', 'We all have headaches and feel sick whenever the boiler is on', 'gas'],
  ['co', 'Mae’r larwm carbon monocsid yn canu ac mae gen i gur pen', 'gas'],
  ['co', 'Ma’r larwm CO yn mynd off drwy’r amser', 'gas'],
  ['co', 'Mae gan bawb gur pen ac yn teimlo’n sâl pan mae’r boeler ymlaen', 'gas'],
  // No heating or hot water with someone frail, a baby or illness in the home.
  ['no heat', 'No heating and the baby is only four months old', 'no_heat_vulnerable'],
  ['no heat', 'The boiler has stopped working and my dad is 87 with a bad chest', 'no_heat_vulnerable'],
  ['no heat', 'No heating or hot water and my partner is having chemotherapy', 'no_heat_vulnerable'],
  ['no heat', 'Does dim gwres efo ni ac mae fy mam yn 90', 'no_heat_vulnerable'],
  ['no heat', 'Sdim gwres ’da ni a ma’r plant yn sâl', 'no_heat_vulnerable'],
  ['no heat', 'Mae’r boeler wedi torri a dw i’n feichiog', 'no_heat_vulnerable'],
  // Water into electrics or lights.
  ['water electrics', 'Water is leaking into the plug socket in the kitchen', 'water'],
  ['water electrics', 'Water is running down the wall behind the fuse box', 'water'],
  ['water electrics', 'Mae dŵr yn rhedeg i mewn i’r soced yn y gegin', 'water'],
  ['water electrics', 'Ma’ dŵr yn diferu ar y bocs ffiwsys', 'water'],
  // A leak or flood that cannot be stopped.
  ['flood', 'The pipe under the sink has burst and I can’t turn the water off', 'water'],
  ['flood', 'Water is gushing out from under the bath and I can’t stop it', 'water'],
  ['flood', 'The stopcock won’t turn and the kitchen is filling up with water', 'water'],
  ['flood', 'Mae’r bibell wedi byrstio a fedra i ddim troi’r dŵr i ffwrdd', 'water'],
  ['flood', 'Ma’ dŵr yn tasgu mas o’r bibell a sa i’n gallu ei stopio', 'water'],
  // A ceiling, wall, floor or roof coming down.
  ['structure', 'Part of the back wall has collapsed into the garden', 'emergency_repair'],
  ['structure', 'The bathroom floor has given way under the bath', 'emergency_repair'],
  ['structure', 'The storm has ripped half the roof off', 'emergency_repair'],
  ['structure', 'The ceiling in the bedroom has fallen in', 'water'],
  ['structure', 'Mae rhan o’r wal gefn wedi cwympo', 'emergency_repair'],
  ['structure', 'Mae’r to wedi chwythu i ffwrdd yn y storm', 'emergency_repair'],
  ['structure', 'Mae’r nenfwd wedi dod i lawr yn y llofft', 'water'],
  // Sewage, or the only toilet blocked.
  ['sewage', 'Our only toilet is blocked and overflowing', 'water'],
  ['sewage', 'Sewage is coming out of the drain in the garden', 'water'],
  ['sewage', 'Mae’r unig doiled sydd gynnon ni wedi blocio', 'water'],
  ['sewage', 'Ma’ carthion yn dod lan drwy’r draen tu fas', 'water'],
  // No power or water at all where someone depends on it.
  ['no power', 'We have no electricity at all and my son needs his nebuliser', 'no_heat_vulnerable'],
  ['no power', 'Does dim trydan o gwbl a mae Mam ar ocsigen', 'no_heat_vulnerable'],
  // Sparks, live or bare wires, shocks.
  ['electric', 'The light switch sparks every time I turn it on', 'electric'],
  ['electric', 'There are live wires sticking out of the wall in the kids’ room', 'electric'],
  ['electric', 'I got an electric shock off the bathroom light cord', 'electric'],
  ['electric', 'Mae’r switsh golau yn gwreichioni', 'electric'],
  ['electric', 'Mae gwifrau noeth yn dod allan o’r wal yn llofft y plant', 'electric'],
  ['electric', 'Ges i sioc drydan o’r popty', 'electric'],
  // Fire or smoke.
  ['fire', 'There is smoke coming from under the door of the flat next door', 'fire'],
  ['fire', 'The bins outside are on fire and the smoke is coming up the stairs', 'fire'],
  ['fire', 'Mae mwg yn dod o dan ddrws y fflat drws nesa', 'fire'],
  ['fire', 'Ma’ tân yn y biniau tu fas a mwg yn dod lan y stâr', 'fire'],
  // A door or window that cannot be secured after a break-in or damage.
  ['security', 'Someone smashed the back door last night trying to get in and now it won’t close', 'security'],
  ['security', 'Burglars got in through the bedroom window and it won’t shut', 'security'],
  ['security', 'Mae rhywun wedi trio torri i mewn a dydy’r drws ddim yn cau rŵan', 'security'],
  ['security', 'Ma’ lladron wedi bod mewn neithiwr a sa i’n gallu cloi’r drws', 'security'],
  // Someone trapped, or a lift failure that leaves someone unable to leave.
  ['trapped', 'My neighbour is stuck in the lift and the alarm isn’t working', 'trapped'],
  ['trapped', 'I use a wheelchair, the only lift is broken and I can’t get out of the flat', 'trapped'],
  ['trapped', 'Mae fy nghymydog yn sownd yn y lifft', 'trapped'],
  ['trapped', 'Dw i mewn cadair olwyn a’r lifft wedi torri, fedra i ddim gadael y fflat', 'trapped'],
  // Dangerous trees, falling glass or masonry.
  ['falling', 'The big tree out the front is leaning on the house after the storm and could come down', 'emergency_repair'],
  ['falling', 'Slates are falling off the roof onto the path where the kids play', 'emergency_repair'],
  ['falling', 'The window pane has cracked right across and the glass is coming loose', 'emergency_repair'],
  ['falling', 'Mae’r goeden fawr wedi syrthio ar y tŷ', 'emergency_repair'],
  ['falling', 'Mae llechi yn disgyn oddi ar y to ar y llwybr', 'emergency_repair'],
  ['falling', 'Ma’r gwydr yn y ffenest wedi cracio a mae’n dod yn rhydd', 'emergency_repair'],
];

const NOT_URGENT: Array<[category: string, text: string]> = [
  ['gas', 'The gas safety check is booked for Thursday, can you confirm the time?'],
  ['gas', 'Mae’r archwiliad diogelwch nwy wedi’i drefnu ar gyfer dydd Iau'],
  ['gas', 'What should I do if I ever smell gas?'],
  ['gas', 'Beth ddylwn i wneud os bydda i’n clywed ogla nwy?'],
  ['gas', 'The gas fire in the lounge needs a service'],
  ['gas', 'The gas meter reading on my bill is wrong'],
  ['co', 'Can someone come and test our carbon monoxide alarm, it has never been checked'],
  ['co', 'Could you fit a carbon monoxide detector in the new flat please'],
  ['co', 'Allwch chi osod larwm carbon monocsid yn y gegin?'],
  ['no heat', 'The heating takes ages to warm up in the mornings'],
  ['no heat', 'The boiler broke last winter and was fixed the same week, now I want to ask about the bill'],
  ['no heat', 'Mae’r gwres yn cymryd oes i gynhesu yn y bore'],
  ['flood', 'The pipe burst last winter and was fixed the same day, I’d like the ceiling painted now'],
  ['flood', 'Fe fyrstiodd y bibell y gaeaf diwethaf, mae angen peintio’r nenfwd nawr'],
  ['flood', 'The water pressure in the shower is low'],
  ['structure', 'There’s a small crack in the plaster above the door'],
  ['structure', 'Mae crac bach yn y plastr uwchben y drws'],
  ['sewage', 'The downstairs toilet is blocked but we can use the one upstairs'],
  ['sewage', 'The toilet seat is cracked and needs replacing'],
  ['electric', 'The electric meter is running fast, I think'],
  ['electric', 'Can you move the socket in the lounge, it is behind the sofa'],
  ['fire', 'The fire door on the landing is always propped open'],
  ['fire', 'Mae’r drws tân ar y landin wastad ar agor'],
  ['fire', 'I want to complain about the fire safety inspection, nobody told us the results'],
  ['security', 'My neighbour was burgled a few years back, can I have a chain on my door?'],
  ['security', 'Cafodd fy nghymydog ei fwrglera rai blynyddoedd yn ôl, ga i gadwyn ar y drws?'],
  ['security', 'The shed door lock is stiff'],
  ['trapped', 'The lift has been out since Monday and I have to carry my shopping up the stairs'],
  ['trapped', 'When will the lift be fixed? It has been slow for weeks'],
  ['falling', 'The tree in my garden needs cutting back, it blocks the light'],
  ['falling', 'Mae angen tocio’r goeden yn yr ardd gefn'],
  ['falling', 'Can you replace the cracked pane in the shed window'],
];

describe('urgent, by category (both languages)', () => {
  it.each(URGENT)('%s: %s → %s', (_, text, topic) => {
    const r = read(text);
    expect(r.urgent).toBe(true);
    expect(r.urgentTopics).toContain(topic);
  });
  it.each(NOT_URGENT)('%s, not urgent: %s', (_, text) => {
    expect(read(text).urgent).toBe(false);
  });
});

const SAFEGUARDING: Array<[category: string, text: string]> = [
  // Self-harm and suicidal thoughts, in everyday words.
  ['self-harm', 'I’ve started cutting myself again'],
  ['self-harm', 'I have been saving up my tablets'],
  ['self-harm', 'Everyone would be better off if I wasn’t around'],
  ['self-harm', 'Dw i wedi dechrau torri fy hun eto'],
  ['self-harm', 'Bydden nhw i gyd yn well off heb fi'],
  ['self-harm', 'Sa i’n gweld pwynt mewn byw rhagor'],
  // Domestic abuse.
  ['domestic', 'My partner pushed me down the stairs and I’m frightened of him'],
  ['domestic', 'My husband won’t let me leave the house and takes my phone off me'],
  ['domestic', 'He grabbed me by the throat last week'],
  ['domestic', 'Mae fy ngŵr yn fy ngwthio i ac yn gweiddi arna i, mae gen i ofn'],
  ['domestic', 'Ma’ mhartner i’n cymryd fy ffôn a ddim yn gadael i fi fynd mas'],
  ['domestic', 'Gafaelodd o yn fy ngwddf i neithiwr'],
  // A child or a frail adult without care.
  ['no care', 'The little girl next door is always hungry and keeps asking us for food'],
  ['no care', 'My elderly neighbour hasn’t been seen for days and her milk is still on the step'],
  ['no care', 'Mae’r plant drws nesa’n cael eu gadael ar eu pennau eu hunain bob nos'],
  ['no care', 'Dydw i ddim wedi gweld yr hen ŵr drws nesa ers wythnos'],
  // Threats, violence, harassment, hate.
  ['threats', 'The man next door said he will stab me if I report him again'],
  ['threats', 'They shout homophobic abuse at me every time I go out'],
  ['threats', 'Mae’r dyn drws nesa wedi bygwth fy nhrywanu'],
  ['threats', 'Maen nhw’n gweiddi pethau homoffobig arna i bob dydd'],
  // Exploitation: cuckooing, criminal or financial exploitation.
  ['exploitation', 'Some men have moved into my brother’s flat and are dealing drugs from it, he’s too scared to tell them to go'],
  ['exploitation', 'Older lads are making my son carry packages for them'],
  ['exploitation', 'Her carer has been taking money out of her bank account'],
  ['exploitation', 'Mae dynion wedi symud i mewn i fflat fy mrawd ac yn gwerthu cyffuriau oddi yno'],
  ['exploitation', 'Mae rhywun yn cymryd pensiwn Nain bob wythnos'],
  // Hoarding or self-neglect with risk.
  ['self-neglect', 'My neighbour’s flat is piled to the ceiling with rubbish and she isn’t eating'],
  ['self-neglect', 'My uncle is hoarding and can’t get to his bed or the bathroom'],
  ['self-neglect', 'Mae fy ewythr yn celcio a does dim lle i gerdded yn y tŷ'],
  ['self-neglect', 'Dydy’r hen ddyn drws nesa ddim yn bwyta nac yn ymolchi ers wythnosau'],
];

const NOT_SAFEGUARDING: Array<[category: string, text: string]> = [
  ['self-harm', 'This damp is killing me, when are you coming?'],
  ['self-harm', 'I cut my finger on the sharp edge of the kitchen unit'],
  ['domestic', 'My partner and I want to add his name to the tenancy'],
  ['domestic', 'Mae fy ngŵr eisiau gwybod pryd mae’r plymwr yn dod'],
  ['no care', 'The kids next door play football against my wall until late'],
  ['no care', 'Mae plant drws nesa yn chwarae pêl tan yn hwyr'],
  ['threats', 'You threatened me with court over £40 of arrears, I want to complain'],
  ['threats', 'The letter threatening eviction was sent to the wrong address'],
  ['exploitation', 'Can my carer ring you on my behalf about the rent?'],
  ['self-neglect', 'There is rubbish piled up by the bins again'],
];

describe('safeguarding, by category (both languages)', () => {
  it.each(SAFEGUARDING)('%s: %s', (_, text) => {
    expect(read(text).safeguarding).toBe(true);
  });
  it.each(NOT_SAFEGUARDING)('%s, not safeguarding: %s', (_, text) => {
    expect(read(text).safeguarding).toBe(false);
  });
});

describe('told as history, an emergency is not one now', () => {
  it.each([
    // A next-stage request tells of something already reported and answered.
    'The stage 1 reply ignores that the ceiling came down on my bed. I want stage 2',
    'Dw i ddim yn hapus efo’r ymateb am y gwifrau noeth. Ewch â’r gŵyn i’r cam nesa plis',
    // Years of it, told as a history.
    'Water has been coming through the bathroom ceiling since 2019 and you keep patching it',
    'Mae dŵr wedi bod yn dod drwy’r nenfwd ers 2020 a does neb wedi ei drwsio’n iawn',
    // A month gone, a season gone.
    'Last March our CO alarm went off and the engineer took two days to come',
    'In the summer someone put petrol through our letterbox; you moved us and I want to know what happened to the report',
  ])('%s', (text) => {
    expect(read(text).urgent).toBe(false);
  });

  it.each<[string, UrgentTopic]>([
    // Said to be happening now, or repeated, it still counts.
    ['I asked for stage 2 last week and the ceiling is coming down again today', 'water'],
    ['We’ve had no heating for nine days and my wife is 79 with COPD. Every time I ring I’m told it’s been escalated', 'no_heat_vulnerable'],
    ['Dw i isio mynd â hyn i’r cam nesa, mae ogla nwy yn y gegin eto heddiw', 'gas'],
  ])('still urgent: %s', (text, topic) => {
    expect(read(text).urgentTopics).toContain(topic);
  });
});

// Written after the category table had been made to pass, and scored once before anything was
// changed for them (rules: urgent 16/28 with 1 false alarm, safeguarding 4/10): new wording the
// cue lists had not met. What they missed was then added by category (a water tank, a wall or
// chimney about to come down, a branch, sewage bubbling up, a socket that went bang, a window
// broken to get in, "killing myself", all the tablets, a child crying for hours with nobody
// there, a threat to set fire to a home, cuckooing of an old neighbour, rubbish up to the
// ceiling, children out at midnight), so they are no longer unseen.
const LATER: Array<[text: string, want: 'u' | 's' | 'us' | '-']> = [
  ['The hall smells really strongly of gas and my eyes are stinging', 'u'],
  ['Gas is hissing from the back of the hob', 'u'],
  ['Ma ogla nwy ofnadwy tu allan i’r fflat ers hanner awr', 'u'],
  ['Dwi’n meddwl bod y boeler yn gollwng nwy, mae’r plant yn teimlo’n benysgafn', 'u'],
  ['Our carbon monoxide detector keeps going off and the baby is drowsy', 'u'],
  ['There’s water coming out of the ceiling light in the kitchen', 'u'],
  ['Mae’r tanc dŵr yn y llofft wedi byrstio ac mae dŵr ym mhob man', 'u'],
  ['The pipe behind the washing machine has split and water is spraying everywhere', 'u'],
  ['Mae’r wal yn yr ardd gefn wedi dymchwel ar y llwybr', 'u'],
  ['The chimney stack looks like it is about to come down after the wind', 'u'],
  ['A big branch has come down on the roof and smashed the skylight', 'u'],
  ['Sewage is bubbling up from the manhole in our garden and the kids play out there', 'u'],
  ['Mae’r toiled wedi blocio a does gynnon ni ddim un arall, mae pump ohonon ni', 'u'],
  ['The plug socket behind the fridge went bang and there is a black mark on the wall', 'u'],
  ['Mae’r golau yn y stafell molchi yn gwreichioni pan dw i’n ei droi ymlaen', 'u'],
  ['My flat is filling with smoke from the flat below', 'u'],
  ['Mae’r sied drws nesa ar dân ac mae’r fflamau yn agos at ein ffens ni', 'u'],
  ['Somebody forced the front door overnight and the frame is split so it won’t lock', 'u'],
  ['Torrodd rhywun y ffenest gefn neithiwr i ddod i mewn, a does dim modd ei chau', 'u'],
  ['My mum is stuck in the lift at her block and she has dementia', 'u'],
  ['No heating since yesterday and my daughter is 10 days old', 'u'],
  ['Mae’r gwres wedi mynd ac mae fy ngŵr yn cael cemotherapi', 'u'],
  ['I can’t stop thinking about killing myself', 'us'],
  ['Mae bywyd yn ormod, dw i’n meddwl am gymryd yr holl dabledi', 'us'],
  ['My boyfriend hit me last night and he is coming back later', 'us'],
  ['Mae fy mhartner yn fy nharo i ac mae gen i ofn', 's'],
  ['The toddler upstairs has been screaming for hours and nobody is answering the door', 'us'],
  ['Someone keeps putting notes through my door saying they will set fire to my flat because I am Polish', 'us'],
  ['The man downstairs is selling drugs from the flat of the old lady he moved in with, she looks terrified', 's'],
  ['Mae fy mam yn 84 ac mae rhywun wedi bod yn cymryd arian o’i chyfrif banc', 's'],
  ['My neighbour never leaves his flat, there is rubbish up to the windows and a smell', 's'],
  ['The kids in the next flat are out on the street at midnight with nobody watching them', 's'],
  ['The gas engineer is booked to service the boiler on Monday', '-'],
  ['I smelled gas last year and you fixed it, thanks, but the hob is still not reconnected', '-'],
  ['Can you check the smoke alarm and CO alarm during the annual service?', '-'],
  ['The ceiling has a brown stain from the leak you fixed in the summer', '-'],
  ['Mae angen sbio ar y goeden yn yr ardd, mae’n mynd yn rhy fawr', '-'],
  ['The roof was repaired after the storm last winter, but the gutter still drips', '-'],
  ['Dw i eisiau cwyno am y ffordd y deliwyd â’r lladrad yn y bloc ddwy flynedd yn ôl', '-'],
  ['My partner and I want to swap to a bigger flat', '-'],
  ['This heat is killing me, can you fix the window that won’t open', '-'],
  ['The lift is slow and noisy but it works', '-'],
];

describe('written later, by category', () => {
  it.each(LATER)('%s → %s', (text, want) => {
    const r = read(text);
    expect(r.urgent).toBe(want.includes('u'));
    expect(r.safeguarding).toBe(want.includes('s'));
  });
});

// A third set, written after the second had been made to pass, in a looser hand (no capitals,
// typos, long settings) and scored once first: urgent 14/26 with 2 false alarms, safeguarding
// 5/9 with 1 false (the lists shipped before this work: urgent 10/26, safeguarding 3/9). The
// misses were then added by category (water down a wall by a switch, plaster dropping on a bed,
// a toilet backing up, burning plastic, a smoking meter cupboard, a jemmied door, "twymo", a baby
// weeks old, "don't want to be alive", "dod â'r cyfan i ben", children alone since yesterday,
// being made to sell drugs, a partner who controls the money, "at Christmas" and "in the
// spring" as past settings).
const THIRD: Array<[text: string, want: 'u' | 's' | 'us' | '-']> = [
  ['hi theres a gas smell in the stairwell been there since this morning can someone come', 'u'],
  ['Dw i’n siŵr mod i’n clywed ogla nwy wrth y boeler, be ddylwn i neud?', 'u'],
  ['my co alarm went off twice tonight and now my head is pounding', 'u'],
  ['Ma’r larwm carbon monocsid wedi dechrau sgrechen, ni wedi mynd mas i’r ardd', 'u'],
  ['Water is pouring down the wall next to the light switch in the hallway', 'u'],
  ['Ma’ dŵr yn llifo lawr y wal wrth ymyl y switsh golau', 'u'],
  ['The flat upstairs has flooded and it is coming through our ceiling fast', 'u'],
  ['Mae’r fflat uwchben dan ddŵr ac mae’n dod drwy’n nenfwd ni', 'u'],
  ['There’s a massive crack across the bedroom ceiling and bits of plaster keep dropping on the bed', 'u'],
  ['Mae darnau o’r nenfwd yn disgyn ar wely’r plant', 'u'],
  ['Toilet is backing up with sewage every time next door flushes', 'u'],
  ['The electrics keep tripping and the socket in the kitchen smells like burning plastic', 'u'],
  ['Mae’r switsh yn y gegin yn boeth ac yn drewi o blastig yn llosgi', 'u'],
  ['the meter cupboard is smoking', 'u'],
  ['Mae mwg yn dod o’r cwpwrdd mesurydd trydan', 'u'],
  ['The back door was jemmied last night and the lock is hanging off', 'u'],
  ['Mae’r drws cefn wedi cael ei orfodi neithiwr a does dim clo arno fo rŵan', 'u'],
  ['Boiler’s dead, its minus 3 outside and I have a 6 week old', 'u'],
  ['Sdim twymo o gwbl ac ma Mam-gu yn 89 ac yn byw gyda ni', 'u'],
  ['my neighbour’s in a wheelchair and the lift has been broken all day, she can’t get down to go to dialysis', 'u'],
  ['A tree has come down across the path to the flats and is resting on the power line', 'u'],
  ['I don’t want to be alive any more', 'us'],
  ['Sa i’n gallu neud hyn rhagor, dw i’n mynd i ddod â’r cyfan i ben heno', 'us'],
  ['My ex has turned up at the flat and is kicking the door', 'us'],
  ['Ma’r cyn-ŵr tu fas i’r drws yn gweiddi ac yn bygwth', 'us'],
  ['The two little ones next door have been left on their own since yesterday morning', 'us'],
  ['My son is being made to sell drugs by a gang who hang around the block', 's'],
  ['Mae’r hen wraig drws nesa yn byw mewn budreddi, does ganddi ddim bwyd yn y tŷ', 's'],
  ['He controls all our money and I have to ask him for anything', 's'],
  ['Mae rhywun yn sgrifennu sarhad hiliol ar ein drws ni bob wythnos', 's'],
  ['The gas man is coming next Tuesday to do the safety check', '-'],
  ['We had a small fire in the oven at Christmas, all fine, but the extractor still doesn’t work', '-'],
  ['The smoke alarm goes off whenever I make toast', '-'],
  ['Mae’r larwm mwg yn canu bob tro dw i’n coginio', '-'],
  ['There was sewage in the garden in the spring and the grass is still dead', '-'],
  ['Please can you replace the cracked toilet seat', '-'],
  ['The wind knocked the fence panel down', '-'],
  ['My son is 4 and I’d like his bedroom decorated', '-'],
  ['The kids upstairs run around all day and it’s so noisy', '-'],
  ['I want to complain that the electrician left a mess after rewiring', '-'],
];

describe('a third set, by category', () => {
  it.each(THIRD)('%s → %s', (text, want) => {
    const r = read(text);
    expect(r.urgent).toBe(want.includes('u'));
    expect(r.safeguarding).toBe(want.includes('s'));
  });
});

// A fourth set, written to read unlike the others (no cue word a resident would not use: "rotten
// eggs", "a tingle", "fizzing", "lying on his floor", "taken loads of tablets") and scored once
// first: urgent 8/29 with 2 false alarms, safeguarding 0/9. That is the honest measure of the cue
// lists on wording they have not met, after three rounds of work. Its misses were then added by
// category, as pairs of word sets (water words near electrical ones, waste near a bath, someone
// near a lift, a smell near "like rotten eggs"), so these too are no longer unseen.
const FOURTH: Array<[text: string, want: 'u' | 's' | 'us' | '-']> = [
  ['I can smell something like rotten eggs near the boiler cupboard', 'u'],
  ['Mae ’na arogl fel wyau drwg yn y gegin, dw i’n meddwl mai nwy ydy o', 'u'],
  ['The gas pipe outside got hit by the mower and is hissing', 'u'],
  ['Our detector says carbon monoxide and the numbers keep going up', 'u'],
  ['There’s water leaking right onto the extension lead where the telly is plugged in', 'u'],
  ['Mae’r dŵr yn diferu ar y plygiau o dan y ddesg', 'u'],
  ['The bath upstairs is leaking through to the kitchen and the spotlights have gone off', 'u'],
  ['The kitchen ceiling is about to cave in, it is soaked', 'u'],
  ['Mae’r nenfwd yn y gegin yn hongian i lawr ac yn wlyb socian', 'u'],
  ['The cold water pipe in the loft has split, I’ve got water coming down the stairs', 'u'],
  ['Mae dŵr yn dod i lawr y grisiau o’r atig', 'u'],
  ['The drains have backed up and there is raw waste in the bath', 'u'],
  ['Mae’r draeniau wedi blocio a mae’r gwastraff yn dod yn ôl i fyny i’r bath', 'u'],
  ['Every time I touch the tap I get a tingle, I think it’s live', 'u'],
  ['There’s a fizzing sound coming from the consumer unit', 'u'],
  ['Mae sŵn suo a chlecian yn dod o’r bocs ffiwsys', 'u'],
  ['There are flames coming out of the back of the tumble dryer', 'u'],
  ['Mae’r bin tu allan i’r drws wedi cael ei roi ar dân', 'u'],
  ['Someone got into the flat while I was at work and the door frame is split', 'u'],
  ['Dw i newydd ddod adre ac mae’r drws ffrynt ar agor a’r clo wedi’i dorri', 'u'],
  ['My dad is 92, the heating’s been off since Friday and it’s freezing in his bungalow', 'u'],
  ['Does dim gwres gan Mam ers tridiau, mae hi’n 88 ac yn sâl yn ei gwely', 'u'],
  ['There is a man stuck between floors in the lift and he is panicking', 'u'],
  ['Half the garden wall has fallen onto the pavement', 'u'],
  ['I’m standing on the ledge of my balcony and I don’t know what to do', 'us'],
  ['Dw i wedi cymryd llwyth o dabledi', 'us'],
  ['He says if I leave he will kill me', 'us'],
  ['Mae o’n dweud y bydd o’n fy lladd i os dw i’n gadael', 'us'],
  ['The old man at 14 has been lying on his floor all night, I can see him through the window', 'us'],
  ['My daughter’s boyfriend won’t let her see her friends and checks her phone', 's'],
  ['A gang has been using my neighbour’s flat to store stuff and she looks scared of them', 's'],
  ['Mae rhywun yn gwneud i fy mab gario pecynnau iddyn nhw', 's'],
  ['Ever since I came out the family downstairs call me names and spit at me', 's'],
  ['Please can I book the annual gas service', '-'],
  ['I had a gas leak in 2022 which you fixed quickly, just wanted to say thanks', '-'],
  ['Mae’r golau ar y landin wedi chwythu, plis newidiwch y bylb', '-'],
  ['Do you have a fire safety leaflet in Welsh?', '-'],
  ['My mum is 90 and would like a grab rail in the bathroom', '-'],
  ['The drain in the street is blocked with leaves', '-'],
  ['I was burgled in my old flat before I moved here, could you fit a door chain', '-'],
];

describe('a fourth set, by category', () => {
  it.each(FOURTH)('%s → %s', (text, want) => {
    const r = read(text);
    expect(r.urgent).toBe(want.includes('u'));
    expect(r.safeguarding).toBe(want.includes('s'));
  });
});
