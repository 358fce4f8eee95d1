import { describe, expect, it } from 'vitest';
import { all, chat, sayInTurn } from './harness';

describe("y broses gwyno yn Gymraeg (the intake in Welsh)", () => {
  it('takes a complaint in Welsh, with Welsh dates and mutations, to a filed case', async () => {
    const c = chat();
    await c.say('Shwmae');
    expect(all(await c.say('Cymraeg'))).toMatch(/barhau yn Gymraeg[\s\S]*Beth sydd wedi mynd o'i le/);
    expect(all(await c.say("Ma'r boeler wedi torri eto a does neb wedi dod i'w drwsio"))).toMatch(/Ble mae'r broblem/);
    expect(all(await c.say('Fflat 2, 5 Heol y Castell'))).toMatch(/Pryd ddigwyddodd hyn/);
    expect(all(await c.say('3 mis yn ôl'))).toMatch(/nodi mai tua mis Awst 2026 oedd hyn, sef tri mis yn ôl[\s\S]*rhoi gwybod i ni am hyn o'r blaen/);
    expect(all(await c.say('do'))).toMatch(/Pryd a sut rhoesoch chi wybod/);
    expect(all(await c.say('Ffoniais i ddwywaith ym mis Medi'))).toMatch(/effeithio arnoch chi/);
    expect(all(await c.say('Dim dŵr poeth i fy mhlant'))).toMatch(/hawliad llys/);
    expect(all(await c.say('nac oes'))).toMatch(/unioni pethau[\s\S]*1\. Trwsio'r broblem/);
    expect(all(await c.say('trwsio ac ymddiheuriad'))).toMatch(/haws i chi/);
    expect(all(await c.say('dim'))).toMatch(/Ai chi yw'r preswylydd/);
    expect(all(await c.say('fi'))).toMatch(/Beth yw eich enw/);
    expect(all(await c.say('Siân Owen'))).toMatch(/Sut gallwn ni gysylltu/);
    expect(all(await c.say('sian@enghraifft.cymru'))).toMatch(/Ym mha iaith/);
    const summary = all(await c.say('Cymraeg'));
    expect(summary).toMatch(/Dyma beth sydd gen i/);
    expect(summary).toMatch(/Beth hoffech chi: Trwsio'r broblem; Ymddiheuriad/);
    expect(summary).toMatch(/Iaith llythyrau: Cymraeg/);
    expect(all(await c.say('newid y dyddiad'))).toMatch(/Pryd ddigwyddodd hyn/);
    expect(all(await c.say('ym mis Mawrth'))).toMatch(/nodi mis Mawrth 2026[\s\S]*Pryd: mis Mawrth 2026/);
    const filed = all(await c.say('ydy'));
    expect(filed).toMatch(/Eich cyfeirnod yw CMP-/);
    expect(filed).toMatch(/ei chydnabod erbyn dydd Llun 30 Tachwedd 2026 \(ymhen pum diwrnod gwaith\)/);
    expect(filed).toMatch(/o fewn deg diwrnod gwaith i'w chydnabod: erbyn dydd Llun 14 Rhagfyr 2026/);
    expect(filed).toMatch(/gysylltu â'r Ombwdsmon, sef Gwasanaeth yr Ombwdsmon Tai/);
    const ref = /cyfeirnod yw (CMP-\w{4}-\w{4})/.exec(filed)![1];
    const stored = (await c.core.store.cases.byReference(ref))!;
    expect(stored.language).toBe('cy');
    expect(stored.details.contact).toMatchObject({ letterLanguage: 'cy', email: 'sian@enghraifft.cymru' });
    expect(stored.details.outcomes).toEqual({ codes: ['repair', 'apology'] });
  });

  it('switches language at any question and repeats the question', async () => {
    const c = chat();
    await c.say('helo');
    await c.say('Cymraeg');
    // No room named (since trial12 a room in what went wrong answers "where?"), so "where?" is the question switched at.
    await c.say('Mae llwydni ar y waliau ers misoedd a does neb wedi dod i edrych');
    const en = all(await c.say('English'));
    expect(en).toMatch(/carry on in English[\s\S]*Where is the problem/);
    await c.say('bedroom');
    const cy = all(await c.say('Cymraeg'));
    expect(cy).toMatch(/barhau yn Gymraeg[\s\S]*Pryd ddigwyddodd hyn/);
    expect(all(await c.say('wythnos diwethaf'))).toMatch(/Ydych chi wedi rhoi gwybod/);
  });

  it('offers Welsh to someone who chose English but writes in Welsh', async () => {
    const c = chat();
    await c.say('hi');
    await c.say('English');
    const reply = all(await c.say("Dw i wedi ffonio tair gwaith am y to sy'n gollwng a does neb wedi dod"));
    expect(reply).toMatch(/Hoffech chi barhau yn Gymraeg\? Teipiwch "Cymraeg"/);
    expect(reply).toMatch(/Where is the problem/);
  });

  it('starts in the language of a first message that already describes the problem', async () => {
    const c = chat();
    await c.say('Shwmae');
    const reply = all(await c.say("Mae'r gwres canolog wedi torri ers wythnos a does neb wedi ffonio fi nôl"));
    expect(reply).toMatch(/Dywedoch chi: "Mae'r gwres canolog wedi torri ers wythnos a does neb wedi ffonio fi nôl"[\s\S]*Ble mae'r broblem/);
  });

  it('understands Welsh commands', async () => {
    const c = chat();
    await c.say('helo');
    await c.say('Cymraeg');
    expect(all(await c.say('cymorth'))).toMatch(/dechrau eto[\s\S]*Beth sydd wedi mynd o'i le/);
    expect(all(await c.say('siarad â pherson'))).toMatch(/aelod o staff/);
    await c.say("Dw i wedi cwyno am y drws ffrynt ddwywaith yn barod");
    expect(all(await c.say('dechrau eto'))).toMatch(/ddechrau eto[\s\S]*Beth sydd wedi mynd o'i le/);
    expect(all(await c.say('canslo'))).toMatch(/Does dim byd wedi'i anfon/);
  });
  it("doesn't ask when and how when the answer already said it", async () => {
    const c = chat();
    const opening = ['Shwmae', 'Cymraeg', "Mae dŵr yn dod drwy nenfwd y gegin a does neb wedi dod i'w drwsio", 'Fflat 2, 5 Heol y Bont', 'ers mis Medi'];
    expect(await sayInTurn(c, ...opening)).toMatch(/rhoi gwybod i ni am hyn o'r blaen/);
    expect(all(await c.say('Do, ffoniais i dair gwaith ym mis Hydref'))).toMatch(/effeithio arnoch chi/);
  });

  it('offers an out-of-time matter as a complaint in Welsh, and asks once more if the answer is neither', async () => {
    const c = chat();
    const reply = await sayInTurn(c, 'Shwmae', 'Cymraeg', 'canslo', "Gadawodd y tîm trwsio rwbel yn fy ngardd yn 2023 a ddaethon nhw byth yn ôl i'w glirio");
    expect(reply).toMatch(/Hoffech chi wneud y gŵyn beth bynnag\?$/);
    expect(all(await c.say('14 Heol y Dderwen'))).toMatch(/doeddwn i ddim yn deall hynny\. Hoffech chi wneud cwyn amdano\?/);
    expect(all(await c.say('ie'))).toMatch(/Ble mae'r broblem/);
  });
  it('gives emergency instructions when the answer about the household makes it urgent', async () => {
    const c = chat();
    await sayInTurn(c, 'Shwmae', 'Cymraeg', "Ma'r gwres canolog wedi torri a sa i'n gallu cael neb i ddod mas", '7 Stryd y Farchnad', 'ddoe', 'do', 'ffonies i nhw ddoe');
    expect(all(await c.say("Mae gen i fabi mis oed ac mae'r tŷ yn rhewi"))).toMatch(/999[\s\S]*hawliad llys/);
  });

  async function toSummaryCy(c: ReturnType<typeof chat>, settings?: unknown) {
    void settings;
    return sayInTurn(c, 'Shwmae', 'Cymraeg', "Ma'r boeler wedi torri a does neb wedi dod", 'Fflat 2, 5 Heol y Castell', 'ddoe', 'nac ydw',
      'Dim dŵr poeth', 'nac oes', '1', 'dim', 'fi', 'Siân Owen', 'sian@enghraifft.cymru', 'Cymraeg');
  }

  it.each([
    ["Nac ydi, ma'r cyfeiriad yn anghywir", /Ble mae'r broblem/],
    ["na, ma'r enw'n anghywir", /Beth yw eich enw/],
    ['nadi', /Beth hoffech chi ei newid/],
    ["ydy ond mae'r dyddiad yn anghywir", /Pryd ddigwyddodd hyn/],
  ])('does not file at the summary on %j', async (answer, next) => {
    const c = chat();
    expect(await toSummaryCy(c)).toMatch(/Dyma beth sydd gen i/);
    const reply = all(await c.say(answer));
    expect(reply).not.toMatch(/cyfeirnod/);
    expect(reply).toMatch(next);
    expect((await c.core.store.cases.count())).toBe(0);
  });

  it.each(['ydw', 'Ydw', 'yndw', 'odw', 'yndi', 'Odi wir', 'ie, diolch', 'ydy'])('files at the summary on %j, and the button says what the prompt asks for', async (answer) => {
    const c = chat();
    // "Ydych chi'n hapus…?" is answered "ydw": the prompt, its hint and the button agree.
    expect(await toSummaryCy(c)).toMatch(/Ydych chi'n hapus i mi anfon[^]*Dywedwch "ydw"/);
    expect(c.lastActivities.at(-1)?.suggestedActions?.actions.map((a) => a.title)).toEqual(['Ydw']);
    expect(all(await c.say(answer))).toMatch(/Eich cyfeirnod yw CMP-/);
  });

  it('reads everyday Welsh yes, no and unsure at the intake questions', async () => {
    const c = chat();
    await sayInTurn(c, 'Shwmae', 'Cymraeg', "Dw i wedi cael llond bol, mae'r lifft wedi torri ers mis a does neb wedi'i drwsio", 'Cwrt y Parc');
    expect(all(await c.say("sa i'n siŵr"))).toMatch(/effeithio arnoch chi/);
    expect(all(await c.say('Mae hi’n anodd efo’r pram'))).toMatch(/hawliad llys/);
    expect(all(await c.say('nagoes'))).toMatch(/unioni pethau/);
    const c2 = chat();
    await sayInTurn(c2, 'Shwmae', 'Cymraeg', "Dw i wedi cael llond bol, mae'r lifft wedi torri ers mis a does neb wedi'i drwsio", 'Cwrt y Parc');
    expect(all(await c2.say('yndw'))).toMatch(/Pryd a sut rhoesoch chi wybod/);
    const c3 = chat();
    await sayInTurn(c3, 'Shwmae', 'Cymraeg', "Dw i wedi cael llond bol, mae'r lifft wedi torri ers mis a does neb wedi'i drwsio", 'Cwrt y Parc');
    expect(all(await c3.say('ydw ond ddim eto'))).toMatch(/Gallwch deipio "ydw", "nac ydw" neu "ddim yn siŵr"/);
  });

  it("doesn't take an address before the language question is answered as choosing Welsh", async () => {
    const c = chat();
    await c.say('Shwmae');
    const reply = all(await c.say('Tŷ Gwyn, Heol Fawr'));
    expect(reply).not.toMatch(/barhau yn Gymraeg/);
    expect(reply).toMatch(/Cymraeg[\s\S]*English/);
    expect(all(await c.say('1'))).toMatch(/barhau yn Gymraeg[\s\S]*Beth sydd wedi mynd o'i le/);
  });

  it('says so in Welsh when "canslo" has nothing to cancel', async () => {
    const c = chat();
    await sayInTurn(c, 'Shwmae', 'Cymraeg', 'canslo');
    const reply = all(await c.say('canslo'));
    expect(reply).toMatch(/^Does dim byd ar y gweill i'w ganslo/);
    expect(reply).not.toMatch(/Beth sydd wedi mynd o'i le/);
  });

  it("doesn't ask whether it was reported when the description said so", async () => {
    const c = chat();
    await sayInTurn(c, 'Shwmae', 'Cymraeg', "Mae'r to'n gollwng. Dw i wedi ffonio dair gwaith ym mis Hydref.", '3 Stryd Fawr');
    expect(all(await c.say('ers mis Medi'))).toMatch(/effeithio arnoch chi/);
  });

  it('tells an anonymous resident the same thing before and after filing', async () => {
    const c = chat();
    await sayInTurn(c, 'Shwmae', 'Cymraeg', "Roedd y gofalwr yn anghwrtais", 'Bloc B', 'ddoe', 'nac ydw', 'Wedi ypsetio', 'nac oes', '2', 'dim', 'fi');
    expect(all(await c.say('dienw'))).toMatch(/allwn ni ddim ei chydnabod/);
    const filed = all(await c.say('ydy'));
    expect(filed).toMatch(/Eich cyfeirnod yw CMP-/);
    expect(filed).toMatch(/fydd y landlord ddim yn ei chydnabod/);
    expect(filed).not.toMatch(/Rhaid i'r landlord ei chydnabod erbyn/);
    expect(filed).not.toMatch(/gallwch chi gysylltu â'r Ombwdsmon/);
    expect(filed).toMatch(/Mae'r Ombwdsmon, sef Gwasanaeth yr Ombwdsmon Tai, yn edrych ar gwynion gan y person sydd wedi cael ei effeithio[\s\S]*Gan nad ydych chi wedi rhoi eich enw, fydd yr Ombwdsmon ddim yn gallu edrych ar hyn i chi/);
  });

  it('under bron-afon, says an anonymous concern is not a formal complaint, before and after', async () => {
    const c = chat({ POLICY: 'bron-afon' });
    await sayInTurn(c, 'Shwmae', 'Cymraeg', "Roedd y gofalwr yn anghwrtais", 'Bloc B', 'ddoe', 'nac ydw', 'Wedi ypsetio', 'nac oes', '2', 'dim', 'fi');
    expect(all(await c.say('dienw'))).toMatch(/fyddwn ni ddim yn ei gofnodi fel cwyn ffurfiol/);
    const filed = all(await c.say('ydy'));
    expect(filed).toMatch(/fel pryder yn hytrach na chwyn ffurfiol/);
    expect(filed).toMatch(/Mae eich pryder wedi'i anfon\. Eich cyfeirnod yw CMP-/);
    expect(filed).not.toMatch(/Mae eich cwyn wedi'i hanfon/);
    expect(filed).not.toMatch(/erbyn dydd/);
    // A concern nobody can reply to is not one the Public Services Ombudsman can take up for them.
    expect(filed).not.toMatch(/gallwch chi gysylltu â'r Ombwdsmon/);
    expect(filed).toMatch(/sef Ombwdsmon Gwasanaethau Cyhoeddus Cymru[\s\S]*fydd yr Ombwdsmon ddim yn gallu edrych ar hyn i chi/);
  });

  it('takes "Be sy n digwydd efo nghwyn i?" as asking after a complaint, not making one', async () => {
    const c = chat();
    await sayInTurn(c, 'Shwmae', 'Cymraeg');
    const reply = all(await c.say('Be sy n digwydd efo nghwyn i?'));
    expect(reply).not.toMatch(/Ble mae'r broblem/);
    expect(reply).toMatch(/I ddod o hyd i.ch cwyn/);
  });

  it("records an Aelod o'r Senedd as a representative, with the profile's consent rule", async () => {
    const c = chat({ POLICY: 'psow-model' });
    await sayInTurn(c, 'Shwmae', 'Cymraeg', "Dw i'n cwyno ar ran etholwr: mae'r landlord wedi anwybyddu'r llwydni ers misoedd", '4 Stryd y Bont', 'ers mis Medi', 'ydw');
    // "ar ran etholwr": who is complaining is asked before the effect, which is then asked about the resident.
    expect(all(await c.say('ffoniodd hi ym mis Medi'))).toMatch(/Ai chi yw'r preswylydd/);
    expect(all(await c.say("Aelod o'r Senedd"))).toMatch(/caniatâd[\s\S]*effeithio ar y preswylydd/);
    expect(await sayInTurn(c, 'Asthma', 'nac oes', '1', 'dim')).toMatch(/Beth yw eich enw/);
    const filed = await sayInTurn(c, 'dienw', 'ydy');
    const ref = /cyfeirnod yw (CMP-\w{4}-\w{4})/.exec(filed)![1];
    expect((await c.core.store.cases.byReference(ref))!.details.representative).toMatchObject({ isResident: false, kind: 'ms', consentNeeded: true });
  });
});
