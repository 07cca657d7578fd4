import PDFDocument from 'pdfkit';
import type { Jaarverslag, VerslagSignaal } from '../jaarverslag';

const datum = new Intl.DateTimeFormat('nl-BE', {
  timeZone: 'Europe/Brussels',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const dag = (iso: string) => datum.format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));

const STATUS: Record<string, string> = {
  ingediend: 'ingediend, wacht op de wijkmanager',
  'verduidelijking-gevraagd': 'wacht op verduidelijking van de raad',
  'in-behandeling': 'in behandeling bij een dienst',
  beantwoord: 'beantwoord, wacht op terugkoppeling',
  heropend: 'heropend door de raad',
  teruggekoppeld: 'definitief teruggekoppeld',
  duplicaat: 'duplicaat, behandeld via het hoofdsignaal',
  afgesloten: 'afgesloten',
  ingetrokken: 'ingetrokken',
};
const BESLUIT: Record<string, string> = {
  uitgevoerd: 'uitgevoerd',
  ingepland: 'ingepland',
  'in-onderzoek': 'in onderzoek',
  'niet-weerhouden': 'niet weerhouden',
};
const TERMIJN: Record<string, string> = {
  ontvangst: 'behandeling door de wijkmanager',
  'antwoord-dienst': 'antwoord van een dienst',
  terugkoppeling: 'definitieve terugkoppeling',
};

/**
 * The yearly meeting's report as a PDF (pdfkit, standard Helvetica, A4), in Dutch: what is open,
 * what is overdue, what was settled since the last meeting, each with the answers of the diensten
 * and the feedback to the raad.
 */
export function jaarverslagPdf(verslag: Jaarverslag): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: {
      Title: `Jaarlijks overleg ${verslag.raad.naam}`,
      Author: 'Signaalspoor',
      Subject: `Signalen van ${verslag.raad.naam}`,
    },
    lang: 'nl-BE',
    bufferPages: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const klaar = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(18).text(`Jaarlijks overleg ${verslag.raad.naam}`);
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor('#444')
    .text(
      `Overzicht van de signalen, opgemaakt op ${dag(verslag.opgemaaktOp)}. Afgerond sinds ${dag(verslag.sinds)}.`,
    )
    .moveDown()
    .fillColor('black');
  doc
    .fontSize(11)
    .text(
      `${verslag.open.length} open, waarvan ${verslag.overschreden.length} met een overschreden termijn; ` +
        `${verslag.afgerond.length} afgerond sinds het vorige overleg.`,
    );

  const sectie = (titel: string, signalen: VerslagSignaal[], leeg: string) => {
    doc.moveDown(1.2).font('Helvetica-Bold').fontSize(14).text(titel).moveDown(0.4);
    if (signalen.length === 0) doc.font('Helvetica-Oblique').fontSize(10).text(leeg);
    for (const signaal of signalen) signaalBlok(doc, signaal);
  };
  sectie('Overschreden termijnen', verslag.overschreden, 'Geen signalen met een overschreden termijn.');
  sectie(
    'Open signalen',
    verslag.open.filter((s) => !verslag.overschreden.includes(s)),
    'Geen andere open signalen.',
  );
  sectie('Afgerond sinds het vorige overleg', verslag.afgerond, 'Niets afgerond in deze periode.');

  const pages = doc.bufferedPageRange();
  for (let i = pages.start; i < pages.start + pages.count; i++) {
    doc.switchToPage(i);
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#666')
      .text(`Signaalspoor — pagina ${i + 1} van ${pages.count}`, 56, doc.page.height - 40, {
        align: 'center',
        lineBreak: false,
      });
  }
  doc.end();
  return klaar;
}

function signaalBlok(doc: PDFKit.PDFDocument, s: VerslagSignaal): void {
  doc.moveDown(0.6).fillColor('black').font('Helvetica-Bold').fontSize(11).text(s.titel);
  doc
    .font('Helvetica')
    .fontSize(9)
    .fillColor('#444')
    .text(
      `Ingediend ${dag(s.ingediendOp)} · ${s.thema} · ${STATUS[s.status] ?? s.status}` +
        (s.diensten.length ? ` · doorgestuurd naar ${s.diensten.join(', ')}` : ''),
    )
    .fillColor('black');
  if (s.duplicaatVan) doc.text(`Duplicaat van "${s.duplicaatVan}": het antwoord daarop geldt ook hier.`);
  if (s.overschredenTermijnen.length) {
    const termijnen = s.overschredenTermijnen.map((t) => TERMIJN[t.split(':')[0]] ?? t);
    doc
      .fillColor('#a00')
      .text(`Termijn overschreden: ${[...new Set(termijnen)].join(', ')}`)
      .fillColor('black');
  }
  for (const a of s.antwoorden) {
    doc
      .fontSize(10)
      .font('Helvetica-Bold')
      .text(`Antwoord van ${a.dienst} (${dag(a.op)}): ${BESLUIT[a.besluit] ?? a.besluit}`, {
        continued: false,
      })
      .font('Helvetica')
      .text(a.antwoord + (a.verwachteDatum ? ` (verwacht: ${dag(a.verwachteDatum)})` : ''));
  }
  for (const t of s.terugkoppelingen) {
    doc
      .fontSize(10)
      .font('Helvetica-Bold')
      .text(`${t.definitief ? 'Definitieve' : 'Tussentijdse'} terugkoppeling (${dag(t.op)})`)
      .font('Helvetica')
      .text(t.boodschap);
  }
}
