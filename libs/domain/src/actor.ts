export const ROLLEN = ['raad', 'wijkmanager', 'dienst', 'auditor', 'beheerder', 'systeem'] as const;
export type Rol = (typeof ROLLEN)[number];

/** Who did something: their role and id; for rol raad the raad id, for rol dienst the dienst id. */
export interface Actor {
  rol: Rol;
  id: string;
  raadId?: string;
  dienstId?: string;
}
