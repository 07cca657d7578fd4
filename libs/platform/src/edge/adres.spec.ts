import { ipKeyGenerator } from 'express-rate-limit';
import { adresSleutel } from './adres';

jest.mock('express-rate-limit', () => {
  const actual = jest.requireActual<typeof import('express-rate-limit')>('express-rate-limit');
  return { ...actual, ipKeyGenerator: jest.fn(actual.ipKeyGenerator) };
});

describe('adresSleutel', () => {
  it('given an address seen before, then its key is remembered, not parsed again', () => {
    const parse = jest.mocked(ipKeyGenerator);
    parse.mockClear();

    expect(adresSleutel('2001:db8:1:2::7')).toBe('2001:db8:1::/56');
    expect(adresSleutel('2001:db8:1:2::7')).toBe('2001:db8:1::/56');
    expect(adresSleutel('::ffff:127.0.0.1')).toBe(adresSleutel('::ffff:127.0.0.1'));
    expect(adresSleutel('10.0.0.1')).toBe('10.0.0.1');

    expect(parse).toHaveBeenCalledTimes(3);
  });
});
