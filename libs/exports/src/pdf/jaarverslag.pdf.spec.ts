import { pdfTekst } from '../testing/pdf-tekst';
import type { Jaarverslag, VerslagSignaal } from '../jaarverslag';
import { jaarverslagPdf } from './jaarverslag.pdf';

const signaal = (over: Partial<VerslagSignaal>): VerslagSignaal => ({
  id: 's',
  titel: 'Titel',
  thema: 'Verkeersveiligheid',
  status: 'in-behandeling',
  ingediendOp: '2026-03-02T09:00:00.000Z',
  diensten: [],
  overschredenTermijnen: [],
  antwoorden: [],
  terugkoppelingen: [],
  ...over,
});

describe('jaarverslagPdf', () => {
  it('writes a Dutch PDF with what is overdue, open and settled, with the answers and feedback', async () => {
    const traag = signaal({
      id: 's1',
      titel: 'Onveilig kruispunt aan de school',
      diensten: ['Dienst Mobiliteit'],
      overschredenTermijnen: ['antwoord-dienst:d1'],
    });
    const verslag: Jaarverslag = {
      raad: { id: 'dr-kermt', naam: 'Dorpsraad Kermt' },
      sinds: '2025-11-30T00:00:00.000Z',
      opgemaaktOp: '2026-11-30T08:00:00.000Z',
      open: [traag, signaal({ id: 's2', titel: 'Bank in het park', status: 'ingediend' })],
      overschreden: [traag],
      afgerond: [
        signaal({
          id: 's3',
          titel: 'Zwerfvuil aan het station',
          status: 'afgesloten',
          antwoorden: [
            {
              dienst: 'Dienst Netheid',
              besluit: 'uitgevoerd',
              antwoord: 'Extra vuilbakken geplaatst.',
              op: '2026-04-01T10:00:00.000Z',
            },
          ],
          terugkoppelingen: [
            { boodschap: 'De vuilbakken staan er.', definitief: true, op: '2026-04-02T10:00:00.000Z' },
          ],
        }),
      ],
    };
    const pdf = await jaarverslagPdf(verslag);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const tekst = pdfTekst(pdf);
    expect(tekst).toContain('Jaarlijks overleg Dorpsraad Kermt');
    expect(tekst).toContain(
      '2 open, waarvan 1 met een overschreden termijn; 1 afgerond sinds het vorige overleg.',
    );
    const volgorde = [
      'Overschreden termijnen',
      'Onveilig kruispunt aan de school',
      'Termijn overschreden: antwoord van een dienst',
      'Open signalen',
      'Bank in het park',
      'Afgerond sinds het vorige overleg',
      'Zwerfvuil aan het station',
      'Antwoord van Dienst Netheid (1 april 2026): uitgevoerd',
      'Extra vuilbakken geplaatst.',
      'Definitieve terugkoppeling (2 april 2026)',
      'De vuilbakken staan er.',
    ];
    const posities = volgorde.map((deel) => tekst.indexOf(deel));
    expect(posities.every((p) => p >= 0)).toBe(true);
    expect([...posities].sort((a, b) => a - b)).toEqual(posities);
    expect(tekst).toContain('pagina 1 van 1');
  });
});
