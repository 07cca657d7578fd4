import { describe, expect, it } from '@jest/globals';
import { nieuwSinds } from './bezoek';
import {
  balUitspraak,
  balZin,
  opsomming,
  statusTekst,
  statusUitleg,
  type Lezer,
  type Stand,
} from './woorden';

const dienst = (id: string) => ({ mob: 'Dienst Mobiliteit', groen: 'Dienst Groen' })[id] ?? id;
const raad: Lezer = { rol: 'raad' };
const wijkmanager: Lezer = { rol: 'wijkmanager' };
const stand = (s: Partial<Stand>): Stand => ({
  status: 'ingediend',
  balBij: 'wijkmanager',
  diensten: [],
  openDiensten: [],
  ...s,
});

describe('the words about a signaal, per reader', () => {
  it('addresses the raad as "jullie" when the raad reads about itself', () => {
    const teruggekoppeld = stand({ status: 'teruggekoppeld', balBij: 'raad', diensten: ['mob'] });
    expect(balUitspraak(teruggekoppeld, raad, dienst)).toBe(
      'De bal ligt bij jullie: aanvaard de definitieve terugkoppeling, of heropen het signaal als ze niet volstaat.',
    );
    expect(balUitspraak(teruggekoppeld, wijkmanager, dienst)).toBe(
      'De bal ligt bij de raad: de definitieve terugkoppeling wacht op aanvaarding.',
    );
    expect(balUitspraak(stand({ status: 'verduidelijking-gevraagd', balBij: 'raad' }), raad, dienst)).toBe(
      'De bal ligt bij jullie: de wijkmanager vraagt om verduidelijking.',
    );
    expect(statusUitleg('jullie').teruggekoppeld).toContain('Nu is het aan jullie');
    expect(statusUitleg('de raad').teruggekoppeld).toContain('Nu is het aan de raad');
  });

  it('addresses the wijkmanager and a dienst as "jou" and "jouw dienst"', () => {
    expect(balUitspraak(stand({}), wijkmanager, dienst)).toBe(
      'De bal ligt bij jou: stuur het signaal door naar een dienst.',
    );
    expect(balUitspraak(stand({}), raad, dienst)).toBe(
      'De bal ligt bij de wijkmanager: het signaal wacht op doorsturing.',
    );
    const bijDiensten = stand({ status: 'in-behandeling', balBij: 'dienst', diensten: ['mob', 'groen'] });
    bijDiensten.openDiensten = ['mob', 'groen'];
    expect(balZin(bijDiensten, raad, dienst)).toBe('De bal ligt bij Dienst Mobiliteit en Dienst Groen');
    expect(balZin(bijDiensten, { rol: 'dienst', dienst: 'groen' }, dienst)).toBe(
      'De bal ligt bij Dienst Mobiliteit en jouw dienst',
    );
  });

  it('never says "de bal ligt afgerond" nor "Niemand: ..."', () => {
    const afgesloten = stand({ status: 'afgesloten', balBij: 'niemand' });
    expect(balZin(afgesloten, raad, dienst)).toBe('Afgerond');
    expect(balUitspraak(afgesloten, raad, dienst)).toBe('Afgerond: niemand moet nog iets doen.');
    expect(balUitspraak(stand({ status: 'ingetrokken', balBij: 'niemand' }), raad, dienst)).toBe(
      'Ingetrokken: niemand moet nog iets doen.',
    );
    expect(balUitspraak(stand({ status: 'duplicaat', balBij: 'niemand' }), raad, dienst)).toBe(
      'De bal ligt bij het hoofdsignaal: dit signaal is een duplicaat en wordt via het hoofdsignaal behandeld.',
    );
  });

  it('tells a send-back by every dienst from a new signaal', () => {
    const teruggestuurd = stand({ diensten: ['mob'] });
    expect(statusTekst(teruggestuurd)).toBe('Teruggestuurd, wacht op nieuwe doorsturing');
    expect(statusTekst(stand({}))).toBe('Ingediend');
    // one dienst sent it back, another still has it: the status says so itself
    expect(
      statusTekst(stand({ status: 'in-behandeling', diensten: ['mob', 'groen'], openDiensten: ['groen'] })),
    ).toBe('In behandeling');
    expect(balUitspraak(teruggestuurd, raad, dienst)).toBe(
      'De bal ligt bij de wijkmanager: de dienst stuurde het signaal terug, het wacht op een nieuwe doorsturing.',
    );
    expect(balUitspraak(teruggestuurd, wijkmanager, dienst)).toBe(
      'De bal ligt bij jou: de dienst stuurde het signaal terug, stuur het opnieuw door.',
    );
  });

  it('explains every status', () => {
    for (const status of [
      'ingediend',
      'teruggestuurd',
      'verduidelijking-gevraagd',
      'in-behandeling',
      'beantwoord',
      'heropend',
      'teruggekoppeld',
      'duplicaat',
      'afgesloten',
      'ingetrokken',
    ])
      expect(statusUitleg('jullie')[status]).toMatch(/^[A-Z].+\.$/);
  });

  it('lists names the Dutch way', () => {
    expect(opsomming([])).toBe('');
    expect(opsomming(['A'])).toBe('A');
    expect(opsomming(['A', 'B', 'C'])).toBe('A, B en C');
  });
});

describe('new since the last visit', () => {
  it('is what changed after the position of the previous visit; nothing on a first visit', () => {
    expect(nieuwSinds(10, 11)).toBe(true);
    expect(nieuwSinds(10, 10)).toBe(false);
    expect(nieuwSinds(null, 11)).toBe(false);
    expect(nieuwSinds(undefined, 11)).toBe(false);
  });

  it('is not the reader’s own command', () => {
    const eigen = (positie: number) => positie === 12;
    expect(nieuwSinds(10, 12, eigen)).toBe(false);
    expect(nieuwSinds(10, 13, eigen)).toBe(true);
  });
});
