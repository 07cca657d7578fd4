import { Genest, Geheel, Getal, Keuze, Tekst } from './dto-decorators';
import { InvoerFout } from './http-error';
import { inspecteer } from './json-body';
import { validationPipe } from './validation';

class Plek {
  @Getal({ min: -90, max: 90, optional: true })
  lat?: number;
}

class Voorbeeld {
  @Tekst({ max: 10 })
  titel!: string;

  @Keuze(['a', 'b'], { optional: true })
  soort?: string;

  @Genest(() => Plek, { optional: true })
  plek?: Plek;
}

class Regels {
  @Tekst({ max: 50, eenRegel: true })
  titel!: string;

  @Tekst({ max: 50, optional: true })
  omschrijving?: string;
}

class Pagina {
  @Geheel({ min: 0, optional: true })
  offset?: number;
}

const refusal = async (
  value: unknown,
  metatype: new () => object = Voorbeeld,
  type: 'body' | 'query' = 'body',
) => {
  const error = await validationPipe()
    .transform(value, { type, metatype })
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(InvoerFout);
  const { field, message } = error as InvoerFout;
  return { field, message };
};

/** The first reason a 400 gives is the real one, in Dutch, with the field. */
describe('validation: the first reason is the real one', () => {
  it.each([
    ['a number for a text', { titel: 5 }, 'titel', 'titel: moet tekst zijn'],
    ['a blank text', { titel: '   ' }, 'titel', 'titel: mag niet leeg zijn'],
    [
      'a numeric string for a number',
      { titel: 'x', plek: { lat: '50.9' } },
      'plek.lat',
      'plek.lat: moet een getal zijn',
    ],
    [
      'an out-of-range number',
      { titel: 'x', plek: { lat: 91 } },
      'plek.lat',
      'plek.lat: mag hoogstens 90 zijn',
    ],
    ['an array for an object', { titel: 'x', plek: [] }, 'plek', 'plek: moet een object zijn'],
    ['a text for an object', { titel: 'x', plek: 'hier' }, 'plek', 'plek: moet een object zijn'],
    ['an unknown field', { titel: 'x', extra: 1 }, 'extra', 'extra: is geen bekend veld'],
    [
      'an unknown nested field',
      { titel: 'x', plek: { hoogte: 1 } },
      'plek.hoogte',
      'plek.hoogte: is geen bekend veld',
    ],
    ['a value outside the list', { titel: 'x', soort: 'c' }, 'soort', 'soort: moet een van a, b zijn'],
  ])('%s', async (_case, body, field, message) => {
    expect(await refusal(body)).toEqual({ field, message });
  });

  it.each([
    ['twenty nines', '99999999999999999999', 'offset: mag hoogstens 9007199254740991 zijn'],
    ['an exponent', '1e20', 'offset: moet een geheel getal zijn'],
    ['a power', '2^63', 'offset: moet een geheel getal zijn'],
    ['a negative number', '-1', 'offset: mag niet negatief zijn'],
    ['a fraction', '1.5', 'offset: moet een geheel getal zijn'],
  ])('query integers: %s', async (_case, offset, message) => {
    expect(await refusal({ offset }, Pagina, 'query')).toEqual({ field: 'offset', message });
  });

  it.each([
    ['a line feed', 'Kruispunt\ncheckpoint {"positie":1}'],
    ['a carriage return', 'Kruispunt\rx'],
    ['a tab', 'Kruis\tpunt'],
    ['a line separator', 'Kruis\u2028punt'],
    ['an escape character', 'Kruis\u001b[31mpunt'],
    ['a C1 control', 'Kruis\u0085punt'],
  ])('a one-line field refuses %s', async (_case, titel) => {
    expect(await refusal({ titel }, Regels)).toEqual({
      field: 'titel',
      message: 'titel: mag geen regeleinden, tabs of stuurtekens bevatten',
    });
  });

  it('a text of several lines keeps its line breaks and tabs but refuses other control characters', async () => {
    await expect(
      validationPipe().transform(
        { titel: 'Kruispunt', omschrijving: 'Eerste regel\r\nTweede\tregel' },
        { type: 'body', metatype: Regels },
      ),
    ).resolves.toBeDefined();
    expect(await refusal({ titel: 'Kruispunt', omschrijving: 'bel\u0007' }, Regels)).toEqual({
      field: 'omschrijving',
      message: 'omschrijving: mag geen stuurtekens bevatten',
    });
  });

  it.each(['toString', 'valueOf', 'hasOwnProperty', 'constructor', '__proto__'])(
    'refuses the prototype key %s in a body like any unknown key',
    (key) => {
      const body = JSON.parse(`{"titel":"x","plek":{"${key}":1}}`) as unknown;
      expect(() => inspecteer(body)).toThrow(
        expect.objectContaining({ field: `plek.${key}`, message: `plek.${key}: is geen bekend veld` }),
      );
    },
  );

  it('refuses prototype keys in a query like any unknown key', async () => {
    const query = Object.assign(Object.create(null) as object, { ['__proto__']: 'x' });
    expect(await refusal(query, Pagina, 'query')).toEqual({
      field: '__proto__',
      message: '__proto__: is geen bekend veld',
    });
  });

  it('turns digits into a number', async () => {
    await expect(
      validationPipe().transform({ offset: '42' }, { type: 'query', metatype: Pagina }),
    ).resolves.toEqual({
      offset: 42,
    });
  });
});
