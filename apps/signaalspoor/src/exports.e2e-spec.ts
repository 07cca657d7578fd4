import { parse } from 'csv-parse/sync';
import { ValueType, Workbook } from 'exceljs';
import { pdfTekst } from '@signaalspoor/exports/testing';
import { testServers } from '@signaalspoor/testing';
import { suiteApi } from './testing/test-app';

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

/** A CSV as a spreadsheet reads it: a BOM, then records keyed by the header row. */
function alsSpreadsheet(text: string, delimiter = ';'): Record<string, string>[] {
  expect(text.startsWith('\ufeff')).toBe(true);
  return parse(text, { bom: true, delimiter, columns: true });
}

/** "15-03-2027 14:05": an instant as a nl-BE spreadsheet shows it in Brussels, computed by Intl. */
function brusselseTijd(iso: string): string {
  const delen = Object.fromEntries(
    new Intl.DateTimeFormat('nl-BE', {
      timeZone: 'Europe/Brussels',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map(({ type, value }) => [type, value]),
  );
  return `${delen.day}-${delen.month}-${delen.year} ${delen.hour}:${delen.minute}`;
}

describe.each(testServers())('exports through HTTP on $name PostgreSQL', ({ url }) => {
  const ids: Record<string, string> = {};
  const { post, get } = suiteApi(url, ['kermt', 'stevoort', 'wmOost', 'mobiliteit', 'awv', 'auditor']);

  beforeAll(async () => {
    ids.kruispunt = (
      await post('/signalen', 'kermt', {
        ...signaal('Onveilig kruispunt'),
        locatie: { omschrijving: 'Kerkstraat x Schoolstraat' },
      }).expect(201)
    ).body.id;
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

  it('exports the list a user sees as CSV that a nl-BE spreadsheet opens: ;, BOM, labels, Brussels time', async () => {
    const res = await get('/signalen?formaat=csv&thema=verkeersveiligheid', 'kermt').expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="signalen.csv"');
    expect(res.headers['x-totaal']).toBe('1');
    const rijen = alsSpreadsheet(res.text);
    expect(rijen).toHaveLength(1); // only kermt's, only verkeersveiligheid
    const { body: kruispunt } = await get(`/signalen/${ids.kruispunt}`, 'kermt').expect(200);
    expect(rijen[0]).toMatchObject({
      Id: ids.kruispunt,
      Raad: 'Dorpsraad Kermt',
      Titel: 'Onveilig kruispunt',
      Omschrijving: 'Omschrijving met een komma, en "aanhalingstekens".',
      Locatie: 'Kerkstraat x Schoolstraat',
      Thema: 'Verkeersveiligheid',
      Bron: 'Open forum',
      Status: 'Afgesloten',
      'Bal bij': 'Niemand',
      Diensten: 'Dienst Mobiliteit',
      'Ingediend op': brusselseTijd(kruispunt.ingediendOp),
      'Gewijzigd op': brusselseTijd(kruispunt.gewijzigdOp),
    });

    // a comma or a tab on request; the same through the Accept header; the wijkmanager sees both of kermt's
    const komma = await get('/signalen?formaat=csv&scheidingsteken=,', 'kermt').expect(200);
    expect(
      alsSpreadsheet(komma.text, ',')
        .map((r) => r.Titel)
        .sort(),
    ).toEqual(['Bank in het park', 'Onveilig kruispunt']);
    const tab = await get('/signalen?formaat=csv&scheidingsteken=tab', 'kermt').expect(200);
    expect(alsSpreadsheet(tab.text, '\t')).toHaveLength(2);
    const viaAccept = await get('/signalen?raad=dr-kermt', 'wmOost').set('Accept', 'text/csv').expect(200);
    expect(alsSpreadsheet(viaAccept.text)).toHaveLength(2);
    // a dienst sees only what was routed to it
    expect(alsSpreadsheet((await get('/signalen?formaat=csv', 'mobiliteit').expect(200)).text)).toHaveLength(
      1,
    );
    for (const fout of [
      'formaat=csv&scheidingsteken=|',
      'formaat=json&scheidingsteken=,',
      'scheidingsteken=;',
    ]) {
      expect((await get(`/signalen?${fout}`, 'kermt').expect(400)).body.field).toBe('scheidingsteken');
    }
  });

  it('exports the list as an Excel workbook with real date cells in Brussels local time', async () => {
    const res = await get('/signalen?formaat=xlsx&thema=verkeersveiligheid', 'kermt')
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toBe('attachment; filename="signalen.xlsx"');
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(res.body as Buffer).buffer);
    const blad = workbook.worksheets[0];
    const kolommen = (blad.getRow(1).values as unknown[]).slice(1);
    expect(kolommen).toEqual(expect.arrayContaining(['Raad', 'Titel', 'Status', 'Bal bij', 'Ingediend op']));
    expect(blad.rowCount).toBe(2);
    const cel = (kolom: string) => blad.getRow(2).getCell(kolommen.indexOf(kolom) + 1);
    expect(cel('Titel').value).toBe('Onveilig kruispunt');
    expect(cel('Raad').value).toBe('Dorpsraad Kermt');
    expect(cel('Status').value).toBe('Afgesloten');
    const { body: kruispunt } = await get(`/signalen/${ids.kruispunt}`, 'kermt').expect(200);
    const ingediend = cel('Ingediend op');
    expect(ingediend.type).toBe(ValueType.Date);
    expect(ingediend.numFmt).toBe('dd-mm-yyyy hh:mm');
    // the cell holds the Brussels wall-clock time (a spreadsheet has no time zone)
    const klok = ingediend.value as Date;
    const [dag, maand, jaar] = brusselseTijd(kruispunt.ingediendOp).slice(0, 10).split('-');
    expect(klok.toISOString().slice(0, 16)).toBe(
      `${jaar}-${maand}-${dag}T${brusselseTijd(kruispunt.ingediendOp).slice(11)}`,
    );
  });

  it('exports an empty list as an Excel workbook with an empty sheet, not a 500', async () => {
    const res = await get('/signalen?formaat=xlsx&thema=groen&status=ingetrokken', 'kermt')
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(res.body as Buffer).buffer);
    expect(workbook.worksheets[0].actualRowCount).toBe(0);
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
      const [header] = (await get(`/cijfers?per=${per}&formaat=csv`, 'auditor').expect(200)).text
        .slice(1)
        .split('\n');
      expect(header).toBe(
        'Sleutel;Signalen;Ingetrokken;Teruggekoppeld;Terugkoppelingsgraad;Mediaan dagen tot terugkoppeling',
      );
    }
    const perDienst = alsSpreadsheet(
      (await get('/cijfers?per=dienst&formaat=csv', 'auditor').expect(200)).text,
    );
    expect(perDienst[0]).toMatchObject({ Sleutel: 'mobiliteit', Doorsturingen: '1', Beantwoord: '1' });
    const perRaad = alsSpreadsheet((await get('/cijfers?per=raad&formaat=csv', 'auditor').expect(200)).text);
    expect(perRaad).toContainEqual(
      expect.objectContaining({ Sleutel: 'dr-kermt', Signalen: '2', Terugkoppelingsgraad: '0,5' }),
    );
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
