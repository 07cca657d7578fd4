import { DEMO_REFERENCE_DATA, parseReferenceData, ReferenceData } from '@signaalspoor/reference-data';
import { kolomnaam, naarTabel, Tijdstip } from './tabel';

const reference = new ReferenceData(parseReferenceData(DEMO_REFERENCE_DATA));

describe('naarTabel', () => {
  it('names columns in Dutch and shows names and labels instead of codes', () => {
    const tabel = naarTabel(
      [
        {
          raadId: 'dr-kermt',
          titel: 'Onveilig kruispunt',
          thema: 'verkeersveiligheid',
          bron: 'open-forum',
          status: 'in-behandeling',
          balBij: 'dienst',
          openDiensten: ['mobiliteit', 'awv'],
          locatie: { omschrijving: 'Kerkstraat' },
          onbekend: 'dr-kermt',
        },
      ],
      reference,
    );
    expect(tabel.kolommen).toEqual([
      'Raad',
      'Titel',
      'Thema',
      'Bron',
      'Status',
      'Bal bij',
      'Open bij',
      'Locatie',
      'Onbekend',
    ]);
    expect(tabel.rijen).toEqual([
      [
        'Dorpsraad Kermt',
        'Onveilig kruispunt',
        'Verkeersveiligheid',
        'Open forum',
        'In behandeling',
        'Dienst',
        'Dienst Mobiliteit; Agentschap Wegen en Verkeer',
        'Kerkstraat',
        'dr-kermt',
      ],
    ]);
  });

  it('reads times and dates in Brussels local time, in winter and in summer, and never free text', () => {
    const [[winter, zomer, datum, titel]] = naarTabel([
      {
        ingediendOp: '2027-01-15T23:30:00.000Z',
        gewijzigdOp: '2027-07-01T10:00:00Z',
        verwachteDatum: '2027-04-30',
        titel: '2027-04-30',
      },
    ]).rijen;
    expect(String(naarTabel([{ volgendeTermijn: { uiterlijk: '2027-03-15T13:05:00Z' } }]).rijen[0][0])).toBe(
      '15-03-2027 14:05',
    );
    expect(winter).toEqual(new Tijdstip(new Date('2027-01-16T00:30:00.000Z'), true));
    expect(String(winter)).toBe('16-01-2027 00:30');
    expect(String(zomer)).toBe('01-07-2027 12:00');
    expect(String(datum)).toBe('30-04-2027');
    expect(titel).toBe('2027-04-30');
  });

  it('makes a column name of a field name', () => {
    expect(kolomnaam('ingediendOp')).toBe('Ingediend op');
    expect(kolomnaam('volgendeTermijn.vervaltOp')).toBe('Volgende termijn vervalt op');
    expect(kolomnaam('raadId')).toBe('Raad');
  });
});
