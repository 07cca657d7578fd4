import { createHmac } from 'node:crypto';
import { SignJWT, UnsecuredJWT } from 'jose';
import { AuthFout } from './auth.errors';
import { createTokenVerifier, signToken } from './tokens';

const secret = 'a-test-secret-that-is-long-enough-123';
const verify = createTokenVerifier({ secret });

const refusedWith = async (token: string, reason: RegExp) => {
  const error = await verify(token).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AuthFout);
  expect((error as AuthFout).code).toBe('TOKEN_ONGELDIG');
  expect((error as AuthFout).message).toMatch(reason);
};

describe('token verification', () => {
  it('accepts a signed raad token and reads its claims', async () => {
    const token = await signToken(secret, { sub: 'lid-1', rol: 'raad', raad: 'dr-kermt' }, '1h');
    const gebruiker = await verify(token);
    expect(gebruiker).toEqual({
      sub: 'lid-1',
      rol: 'raad',
      raadId: 'dr-kermt',
      verlooptOp: expect.any(Number),
    });
    // the token's exp, in ms: a live stream ends then
    expect(Math.abs(gebruiker.verlooptOp! - (Date.now() + 3_600_000))).toBeLessThan(2_000);
  });

  it('refuses alg none', async () => {
    const token = new UnsecuredJWT({ rol: 'auditor' }).setSubject('x').setExpirationTime('1h').encode();
    await refusedWith(token, /geen geldige JWT/);
    await refusedWith(`${token}AAAA`, /algoritme none wordt hier niet aanvaard/);
  });

  it('refuses a token signed with another secret', async () => {
    const token = await signToken('another-secret-that-is-long-enough-456', { sub: 'x', rol: 'auditor' });
    await refusedWith(token, /handtekening/);
  });

  it('refuses an expired token', async () => {
    const token = await new SignJWT({ rol: 'auditor' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(secret));
    await refusedWith(token, /verlopen/);
  });

  it('refuses a token without expiry', async () => {
    const token = await new SignJWT({ rol: 'auditor' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .sign(new TextEncoder().encode(secret));
    await refusedWith(token, /claim exp/);
  });

  it('refuses an unknown role and a raad token without raad claim', async () => {
    await refusedWith(await signToken(secret, { sub: 'x', rol: 'koning' as never }), /claim rol/);
    await refusedWith(await signToken(secret, { sub: 'x', rol: 'raad' }), /claim raad/);
    await refusedWith(await signToken(secret, { sub: 'x', rol: 'dienst' }), /claim dienst/);
  });

  it('refuses garbage', async () => {
    await refusedWith('not.a.token', /JWT|handtekening/);
  });
});

/** An HS256 token over exactly this payload text (JSON.stringify cannot write 1e400). */
const rawToken = (payload: string, header = '{"alg":"HS256"}') => {
  const input = `${Buffer.from(header).toString('base64url')}.${Buffer.from(payload).toString('base64url')}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
};
const claims = (extra: Record<string, unknown>) =>
  rawToken(JSON.stringify({ exp: Math.floor(Date.now() / 1000) + 3600, ...extra }));
const valid = claims({ sub: 'lid-1', rol: 'raad', raad: 'dr-kermt' });
/** The same signature bytes with the unused low bits of the last character set: non-canonical. */
const looseLastChar = (token: string) => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const last = alphabet.indexOf(token.at(-1)!);
  return token.slice(0, -1) + alphabet[(last & ~0b11) | 0b01];
};

describe('strict token claims: one row per rule', () => {
  it.each([
    ['sub empty', claims({ sub: '', rol: 'auditor' }), /claim sub/],
    ['sub a number', claims({ sub: 5, rol: 'auditor' }), /claim sub/],
    ['sub with a NUL', claims({ sub: 'a\u0000b', rol: 'auditor' }), /claim sub/],
    ['sub missing', claims({ rol: 'auditor' }), /claim sub/],
    ['exp missing', rawToken('{"sub":"x","rol":"auditor"}'), /claim exp/],
    ['exp 1e400 (Infinity)', rawToken('{"sub":"x","rol":"auditor","exp":1e400}'), /claim exp/],
    ['exp a string', rawToken('{"sub":"x","rol":"auditor","exp":"9999999999"}'), /claim exp/],
    ['nbf -1e400', rawToken('{"sub":"x","rol":"auditor","exp":9999999999,"nbf":-1e400}'), /claim nbf/],
    ['signature with a trailing =', `${valid}=`, /canonieke base64url/],
    ['payload with padding', valid.replace('.', '=.'), /canonieke base64url/],
    ['signature with unused bits set', looseLastChar(valid), /canonieke base64url/],
    ['standard base64 characters', valid.replace(/-/g, '+').replace(/_/g, '/') + '+/', /canonieke base64url/],
    ['four segments', `${valid}.x`, /canonieke base64url/],
    ['rol unknown', claims({ sub: 'x', rol: 'koning' }), /claim rol/],
    ['rol missing', claims({ sub: 'x' }), /claim rol/],
    ['raad without raad', claims({ sub: 'x', rol: 'raad' }), /claim raad ontbreekt/],
    ['raad with an empty raad', claims({ sub: 'x', rol: 'raad', raad: '' }), /claim raad ontbreekt/],
    [
      'raad with a dienst',
      claims({ sub: 'x', rol: 'raad', raad: 'dr-kermt', dienst: 'groen' }),
      /claim dienst hoort niet/,
    ],
    ['dienst without dienst', claims({ sub: 'x', rol: 'dienst' }), /claim dienst ontbreekt/],
    [
      'dienst with a raad',
      claims({ sub: 'x', rol: 'dienst', dienst: 'groen', raad: 'dr-kermt' }),
      /claim raad hoort niet/,
    ],
    [
      'wijkmanager with a raad',
      claims({ sub: 'x', rol: 'wijkmanager', raad: 'dr-kermt' }),
      /claim raad hoort niet/,
    ],
    [
      'auditor with a dienst',
      claims({ sub: 'x', rol: 'auditor', dienst: 'groen' }),
      /claim dienst hoort niet/,
    ],
    [
      'beheerder with a raad null',
      claims({ sub: 'x', rol: 'beheerder', raad: null }),
      /claim raad hoort niet/,
    ],
  ])('refuses %s', async (_rule, token, reason) => {
    await refusedWith(token, reason);
  });

  it('accepts the canonical form of each role', async () => {
    await expect(verify(valid)).resolves.toEqual({
      sub: 'lid-1',
      rol: 'raad',
      raadId: 'dr-kermt',
      verlooptOp: expect.any(Number),
    });
    await expect(verify(claims({ sub: 'd', rol: 'dienst', dienst: 'groen' }))).resolves.toEqual({
      sub: 'd',
      rol: 'dienst',
      dienstId: 'groen',
      verlooptOp: expect.any(Number),
    });
    for (const rol of ['wijkmanager', 'auditor', 'beheerder']) {
      await expect(verify(claims({ sub: 'x', rol }))).resolves.toEqual({
        sub: 'x',
        rol,
        verlooptOp: expect.any(Number),
      });
    }
  });
});
