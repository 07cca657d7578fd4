import { createUpcaster, upcast, type UpcasterRegistry } from './upcasters';

describe('upcast', () => {
  // A test-local history: SignaalIngediend v1 had `tekst`, v2 renamed it to `omschrijving`,
  // v3 added `bron` with a default.
  const registry: UpcasterRegistry = {
    SignaalIngediend: {
      1: (data) => {
        const { tekst, ...rest } = data as { tekst: string };
        return { ...rest, omschrijving: tekst };
      },
      2: (data) => ({ bron: 'andere', ...(data as object) }),
    },
  };
  const upcastV3 = createUpcaster(registry, { SignaalIngediend: 3, SignaalAfgesloten: 1 });

  it('applies every step from the stored version to the current one', () => {
    expect(upcastV3('SignaalIngediend', 1, { titel: 'Lamp', tekst: 'Kapot' })).toEqual({
      data: { titel: 'Lamp', omschrijving: 'Kapot', bron: 'andere' },
      schemaVersion: 3,
    });
    expect(upcastV3('SignaalIngediend', 2, { omschrijving: 'Kapot', bron: 'werkgroep' })).toEqual({
      data: { omschrijving: 'Kapot', bron: 'werkgroep' },
      schemaVersion: 3,
    });
  });

  it('leaves current data as it is', () => {
    const data = { wijze: 'aanvaard' };
    expect(upcastV3('SignaalAfgesloten', 1, data)).toEqual({ data, schemaVersion: 1 });
    expect(upcast('SignaalAfgesloten', 1, data)).toEqual({ data, schemaVersion: 1 });
  });

  it('passes types it has no version for', () => {
    expect(upcast('RaadErkend', 4, { raadId: 'kiewit' })).toEqual({
      data: { raadId: 'kiewit' },
      schemaVersion: 4,
    });
  });

  it.each([4, 0, 1.5])('throws for schema version %s', (version) => {
    expect(() => upcastV3('SignaalIngediend', version, {})).toThrow(/Unknown schema version/);
  });

  it('throws for data written by a newer version of the code', () => {
    expect(() => upcast('SignaalIngediend', 2, {})).toThrow('Unknown schema version 2 of SignaalIngediend');
  });

  it('refuses a registry with a missing step', () => {
    expect(() =>
      createUpcaster({ SignaalIngediend: { 2: (data) => data } }, { SignaalIngediend: 3 }),
    ).toThrow('No upcaster for SignaalIngediend from schema version 1');
  });
});
