import { Fout, foutKlasse } from './errors';

const PROEF_FOUTEN = { BEZET: 'conflict', ONBEKEND: 'not-found' } as const;
class ProefFout extends foutKlasse(PROEF_FOUTEN) {}

describe('foutKlasse', () => {
  it("gives a module's error its code, the code's kind, the field and the class's own name", () => {
    const fout = new ProefFout('ONBEKEND', 'Signaal s1 bestaat niet', 'signaalId');
    expect(fout).toBeInstanceOf(Fout);
    expect(fout).toBeInstanceOf(ProefFout);
    expect(fout).toMatchObject({
      name: 'ProefFout',
      code: 'ONBEKEND',
      kind: 'not-found',
      field: 'signaalId',
      message: 'Signaal s1 bestaat niet',
    });
  });
});
