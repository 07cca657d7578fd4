import { DEMO_REFERENCE_DATA } from './reference-data.store';
import { parseReferenceData, ReferenceData, ReferentieFout } from './reference-data';

const demo = () => structuredClone(DEMO_REFERENCE_DATA) as any;

describe('reference data', () => {
  it('accepts the Hasselt demo set and marks it as demo', () => {
    const set = parseReferenceData(demo());
    expect(set.demo).toBe(true);
    const data = new ReferenceData(set);
    expect(data.raad('dr-kermt')?.wijkmanager).toBe('wm-oost');
    expect(data.radenVan('wm-oost')).toEqual(['dr-kermt', 'dr-stevoort', 'dr-spalbeek']);
    expect(data.dienst('de-lijn')?.soort).toBe('extern');
  });

  it('names the field of a raad with an unknown wijkmanager', () => {
    const set = demo();
    set.raden[2].wijkmanager = 'wm-west';
    expect(() => parseReferenceData(set)).toThrow(
      new ReferentieFout('onbekende wijkmanager "wm-west"', 'raden[2].wijkmanager'),
    );
  });

  it('refuses duplicate ids', () => {
    const set = demo();
    set.diensten.push({ ...set.diensten[0] });
    expect(() => parseReferenceData(set)).toThrow(/dubbel id "mobiliteit"/);
  });

  it('refuses a missing list', () => {
    const { themas: _themas, ...rest } = demo();
    expect(() => parseReferenceData(rest)).toThrow(ReferentieFout);
  });

  it('gives raden, wijkmanagers and diensten a demo e-mail address and refuses a bad one', () => {
    const data = new ReferenceData(parseReferenceData(demo()));
    expect(data.raad('dr-kermt')?.email).toBe('dr-kermt@example.org');
    expect(data.wijkmanager('wm-oost')?.email).toBe('wm-oost@example.org');
    expect(data.dienst('mobiliteit')?.email).toBe('dienst.mobiliteit@example.org');
    const set = demo();
    set.diensten[1].email = 'geen adres';
    expect(() => parseReferenceData(set)).toThrow(
      new ReferentieFout('geen geldig e-mailadres', 'diensten[1].email'),
    );
  });
});
