import { Inject, Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthFout } from './auth.errors';
import { PUBLIEK, ROLLEN, type AuthenticatedRequest } from './decorators';
import type { GebruikerRol } from './gebruiker';
import type { TokenVerifier } from './tokens';

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');

const logger = new Logger('Auth');

/** Global guard: every route needs a valid bearer token unless marked @Publiek(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verify: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIEK, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match)
      throw new AuthFout('NIET_AANGEMELD', 'Meld je aan: stuur een Authorization: Bearer <token> header.');
    try {
      request.gebruiker = await this.verify(match[1]);
    } catch (error) {
      // the reason, never the token
      if (error instanceof AuthFout)
        logger.warn({ msg: 'Token geweigerd', code: error.code, reden: error.message });
      throw error;
    }
    const rollen = this.reflector.getAllAndOverride<GebruikerRol[] | undefined>(ROLLEN, targets);
    if (rollen && !rollen.includes(request.gebruiker.rol)) {
      throw new AuthFout('ROL_NIET_TOEGESTAAN', `Deze actie is voorbehouden aan: ${rollen.join(', ')}.`);
    }
    return true;
  }
}
