import type { Actor } from '@signaalspoor/domain';

export const GEBRUIKER_ROLLEN = ['raad', 'wijkmanager', 'dienst', 'auditor', 'beheerder'] as const;
export type GebruikerRol = (typeof GEBRUIKER_ROLLEN)[number];

/** The signed-in user, from the token's claims. */
export interface Gebruiker {
  sub: string;
  rol: GebruikerRol;
  /** for rol raad */
  raadId?: string;
  /** for rol dienst */
  dienstId?: string;
  /** when the token (or session) this user came with expires, ms since the epoch: a live stream ends then */
  verlooptOp?: number;
}

export const toActor = (g: Gebruiker): Actor => ({
  rol: g.rol,
  id: g.sub,
  raadId: g.raadId,
  dienstId: g.dienstId,
});
