import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { AuthFout } from './auth.errors';
import type { Gebruiker, GebruikerRol } from './gebruiker';

export const PUBLIEK = 'signaalspoor:publiek';
export const ROLLEN = 'signaalspoor:rollen';

/** No token needed (health, OpenAPI). */
export const Publiek = () => SetMetadata(PUBLIEK, true);
/** Only these roles may call the route. */
export const Rollen = (...rollen: GebruikerRol[]) => SetMetadata(ROLLEN, rollen);

export interface AuthenticatedRequest {
  gebruiker?: Gebruiker;
  headers: Record<string, string | string[] | undefined>;
}

export const HuidigeGebruiker = createParamDecorator((_: unknown, ctx: ExecutionContext): Gebruiker => {
  const gebruiker = ctx.switchToHttp().getRequest<AuthenticatedRequest>().gebruiker;
  if (!gebruiker) throw new AuthFout('NIET_AANGEMELD', 'Meld je aan.');
  return gebruiker;
});
