import {
  Inject,
  Injectable,
  Logger,
  Optional,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthFout } from './auth.errors';
import { PUBLIEK, ROLLEN, type AuthenticatedRequest } from './decorators';
import type { Gebruiker, GebruikerRol } from './gebruiker';
import { SESSIES, type Sessies } from './sessies';
import type { TokenVerifier } from './tokens';

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');

/**
 * Global guard: every route needs a valid bearer token, or the web app's session cookie where the
 * composition keeps sessions, unless marked @Publiek(). A bearer token wins over a cookie. Every
 * refusal is logged in one line (method, path, code, reason), never the token or the cookie.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verify: TokenVerifier,
    @Optional() @Inject(SESSIES) private readonly sessies?: Sessies,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIEK, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest & RequestLine>();
    try {
      request.gebruiker = await this.gebruikerVan(request);
    } catch (error) {
      if (error instanceof AuthFout) this.weigering(request, error);
      throw error;
    }
    const rollen = this.reflector.getAllAndOverride<GebruikerRol[] | undefined>(ROLLEN, targets);
    if (rollen && !rollen.includes(request.gebruiker.rol)) {
      throw new AuthFout('ROL_NIET_TOEGESTAAN', `Deze actie is voorbehouden aan: ${rollen.join(', ')}.`);
    }
    return true;
  }

  private async gebruikerVan(request: AuthenticatedRequest): Promise<Gebruiker> {
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
      if (match) return this.verify(match[1]);
    } else {
      const gebruiker = await this.sessies?.gebruikerVan(request);
      if (gebruiker) return gebruiker;
    }
    throw new AuthFout('NIET_AANGEMELD', 'Meld je aan: stuur een Authorization: Bearer <token> header.');
  }

  private weigering(request: RequestLine, error: AuthFout): void {
    const regel = {
      msg: 'Token geweigerd',
      method: request.method,
      pad: (request.originalUrl ?? request.url ?? '').split('?')[0],
      code: error.code,
      reden: error.message,
    };
    // a request without any credentials is routine (an expired page, a probe): the access line says it
    if (error.code === 'NIET_AANGEMELD') this.logger.debug(regel);
    else this.logger.warn(regel);
  }
}

/** What the log line names of a request (Express's fields; the query string is left out). */
interface RequestLine {
  method?: string;
  url?: string;
  originalUrl?: string;
}
