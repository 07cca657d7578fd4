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
    const token = await signToken(secret, { sub: 'lid-1', rol: 'raad', raad: 'dr-kermt' });
    await expect(verify(token)).resolves.toEqual({ sub: 'lid-1', rol: 'raad', raadId: 'dr-kermt' });
  });

  it('refuses alg none', async () => {
    const token = new UnsecuredJWT({ rol: 'auditor' }).setSubject('x').setExpirationTime('1h').encode();
    await refusedWith(token, /handtekening/);
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
    await refusedWith(token, /handtekening of inhoud/);
  });

  it('refuses an unknown role and a raad token without raad claim', async () => {
    await refusedWith(await signToken(secret, { sub: 'x', rol: 'koning' as never }), /claim rol/);
    await refusedWith(await signToken(secret, { sub: 'x', rol: 'raad' }), /claim raad/);
    await refusedWith(await signToken(secret, { sub: 'x', rol: 'dienst' }), /claim dienst/);
  });

  it('refuses garbage', async () => {
    await refusedWith('not.a.token', /handtekening/);
  });
});
