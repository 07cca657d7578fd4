import { pdfTekst } from '@signaalspoor/exports/testing';
import { apiVoor, bearers, testServers } from '@signaalspoor/testing';
import { startTestAppOnNewDatabase, type TestApp } from './testing/test-app';

const signaal = (titel: string, thema = 'verkeersveiligheid') => ({
  titel,
  omschrijving: 'Omschrijving met een komma, en "aanhalingstekens".',
  thema,
  bron: 'open-forum',
});

/** The body of a binary response as a Buffer (superagent's parser signature). */
const binary = (res: NodeJS.ReadableStream, done: (error: Error | null, body: unknown) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

const csvRijen = (text: string) =>
  text
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\n');

describe.each(testServers())('exports through HTTP on $name PostgreSQL', ({ url }) => {
  let t: TestApp;
  const as: Record<string, string> = {};
  const ids: Record<string, string> = {};
  /** every read reflects the commands before it (X-Positie) */
  const { post, get } = apiVoor(() => t.http, as);

  beforeAll(async () => {
    t = await startTestAppOnNewDatabase(url);
    Object.assign(as, await bearers(['kermt', 'stevoort', 'wmOost', 'mobiliteit', 'awv', 'auditor']));
    ids.kruispunt = (await post('/signalen', 'kermt', signaal('Onveilig kruispunt')).expect(201)).body.id;
    ids.bank = (await post('/signalen', 'kermt', signaal('Bank in het park', 'groen')).expect(201)).body.id;
    ids.andere = (await post('/signalen', 'stevoort', signaal('Andere raad')).expect(201)).body.id;
    const d = (
      await post(`/signalen/${ids.kruispunt}/doorsturingen`, 'wmOost', { dienst: 'mobiliteit' }).expect(201)
    ).body.id;
    await post(`/signalen/${ids.kruispunt}/doorsturingen/${d}/antwoord`, 'mobiliteit', {
      besluit: 'ingepland',
      antwoord: 'Een zebrapad in mei.',
    }).expect(200);
    await post(`/signalen/${ids.kruispunt}/terugkoppelingen`, 'wmOost', {
      boodschap: 'Het zebrapad komt in mei.',
      definitief: true,
    }).expect(200);
    await post(`/signalen/${ids.kruispunt}/afsluiten`, 'kermt').expect(200);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('exports the list a user sees as CSV, with the filters applied', async () => {
    const res = await get('/signalen?formaat=csv&thema=verkeersveiligheid', 'kermt').expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="signalen.csv"');
    expect(res.headers['x-totaal']).toBe('1');
    const [header, ...rijen] = csvRijen(res.text);
    const kolommen = header.split(',');
    expect(kolommen).toEqual(
      expect.arrayContaining(['titel', 'thema', 'status', 'raadId', 'ingediendOp', 'diensten']),
    );
    expect(rijen).toHaveLength(1); // only kermt's, only verkeersveiligheid
    const rij = Object.fromEntries(kolommen.map((k, i) => [k, rijen[0].split(',')[i]]));
    expect(rij).toMatchObject({
      titel: 'Onveilig kruispunt',
      thema: 'verkeersveiligheid',
      status: 'afgesloten',
      diensten: 'mobiliteit',
    });

    // the same through the Accept header; the wijkmanager sees both of kermt's
    const viaAccept = await get('/signalen?raad=dr-kermt', 'wmOost').set('Accept', 'text/csv').expect(200);
    expect(csvRijen(viaAccept.text)).toHaveLength(3);
    // a dienst sees only what was routed to it
    expect(csvRijen((await get('/signalen?formaat=csv', 'mobiliteit').expect(200)).text)).toHaveLength(2);
  });

  it('exports JSON as a download and refuses an unknown format or a filter outside the user’s scope', async () => {
    const res = await get('/signalen?formaat=json', 'kermt').expect(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="signalen.json"');
    expect(res.body.items.map((s: { titel: string }) => s.titel).sort()).toEqual([
      'Bank in het park',
      'Onveilig kruispunt',
    ]);
    expect((await get('/signalen?formaat=xls', 'kermt').expect(400)).body.field).toBe('formaat');
    await get('/signalen?formaat=csv&raad=dr-stevoort', 'kermt').expect(403);
    expect((await get('/signalen?formaat=csv&status=kwijt', 'kermt').expect(400)).body.field).toBe('status');
  });

  it('exports the figures per raad, dienst, thema and year as CSV', async () => {
    for (const per of ['raad', 'thema', 'jaar']) {
      const [header] = csvRijen((await get(`/cijfers?per=${per}&formaat=csv`, 'auditor').expect(200)).text);
      expect(header).toBe(
        'sleutel,signalen,ingetrokken,teruggekoppeld,terugkoppelingsgraad,mediaanDagenTotTerugkoppeling',
      );
    }
    const perDienst = csvRijen((await get('/cijfers?per=dienst&formaat=csv', 'auditor').expect(200)).text);
    expect(perDienst[0]).toBe('sleutel,doorsturingen,beantwoord,teruggestuurd,mediaanDagenTotAntwoord');
    expect(perDienst[1]).toMatch(/^mobiliteit,1,1,0,/);
    const perRaad = csvRijen((await get('/cijfers?per=raad&formaat=csv', 'auditor').expect(200)).text);
    expect(perRaad).toContain('dr-kermt,2,0,1,0.5,0');
  });

  it("serves the yearly meeting's report as a PDF with the open, the settled and the answers", async () => {
    const res = await get('/raden/dr-kermt/agenda.pdf', 'kermt')
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="jaarlijks-overleg-dr-kermt-\d{4}-\d{2}-\d{2}\.pdf"$/,
    );
    const tekst = pdfTekst(res.body as Buffer);
    expect(tekst).toContain('Jaarlijks overleg Dorpsraad Kermt');
    expect(tekst).toContain(
      '1 open, waarvan 0 met een overschreden termijn; 1 afgerond sinds het vorige overleg.',
    );
    expect(tekst).toContain('Bank in het park');
    expect(tekst).toContain('Onveilig kruispunt');
    expect(tekst).toMatch(/Antwoord van Dienst Mobiliteit \(.*\): ingepland/);
    expect(tekst).toContain('Een zebrapad in mei.');
    expect(tekst).toContain('Het zebrapad komt in mei.');
    expect(tekst).not.toContain('Andere raad');

    await get('/raden/dr-kermt/agenda.pdf', 'stevoort').expect(403);
    await get('/raden/dr-kermt/agenda.pdf', 'mobiliteit').expect(403);
    await get('/raden/dr-niemand/agenda.pdf', 'auditor').expect(404);
  });

  it('gives the data of the printable page', async () => {
    const res = await get('/raden/dr-kermt/verslag', 'wmOost').expect(200);
    expect(res.body).toMatchObject({
      raad: { id: 'dr-kermt', naam: 'Dorpsraad Kermt' },
      open: [{ id: ids.bank, titel: 'Bank in het park', thema: 'Groen en natuur' }],
      overschreden: [],
      afgerond: [
        {
          id: ids.kruispunt,
          status: 'afgesloten',
          diensten: ['Dienst Mobiliteit'],
          antwoorden: [
            { dienst: 'Dienst Mobiliteit', besluit: 'ingepland', antwoord: 'Een zebrapad in mei.' },
          ],
          terugkoppelingen: [{ boodschap: 'Het zebrapad komt in mei.', definitief: true }],
        },
      ],
    });
    expect((await get('/raden/dr-kermt/verslag?sinds=gisteren', 'wmOost').expect(400)).body.field).toBe(
      'sinds',
    );
  });

  it('leaves a dienst that sent the signaal back out of the report and its PDF', async () => {
    const id = ids.andere;
    const d = (await post(`/signalen/${id}/doorsturingen`, 'wmOost', { dienst: 'awv' }).expect(201)).body.id;
    await post(`/signalen/${id}/doorsturingen/${d}/terugsturen`, 'awv', { reden: 'Gemeenteweg.' }).expect(
      200,
    );

    const verslag = await get('/raden/dr-stevoort/verslag', 'wmOost').expect(200);
    expect(verslag.body.open).toMatchObject([{ id, titel: 'Andere raad', diensten: [], antwoorden: [] }]);
    const pdf = await get('/raden/dr-stevoort/agenda.pdf', 'wmOost')
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    const tekst = pdfTekst(pdf.body as Buffer);
    expect(tekst).toContain('Andere raad');
    expect(tekst).not.toContain('Agentschap Wegen en Verkeer');
  });
});
