import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GEBRUIKER_ROLLEN, type TokenClaims } from '@signaalspoor/auth';
import type { ReferenceData } from '@signaalspoor/reference-data';

export class DemoGebruiker {
  @ApiProperty({ enum: GEBRUIKER_ROLLEN }) rol!: TokenClaims['rol'];
  @ApiPropertyOptional({ description: 'de raad, wijkmanager of dienst' }) id?: string;
  @ApiProperty() naam!: string;
}

/** One demo user per raad, wijkmanager and dienst, plus an auditor and a beheerder. */
export function demoGebruikers(reference: ReferenceData): DemoGebruiker[] {
  const { set } = reference;
  return [
    ...set.raden.map((r) => ({ rol: 'raad' as const, id: r.id, naam: r.naam })),
    ...set.wijkmanagers.map((w) => ({ rol: 'wijkmanager' as const, id: w.id, naam: w.naam })),
    ...set.diensten.map((d) => ({ rol: 'dienst' as const, id: d.id, naam: d.naam })),
    { rol: 'auditor', naam: 'Auditor (demo)' },
    { rol: 'beheerder', naam: 'Beheerder (demo)' },
  ];
}

/** The claims of a demo user, the same as `npm run token` signs. */
export function demoClaims(g: { rol: TokenClaims['rol']; id?: string }): TokenClaims {
  return {
    rol: g.rol,
    sub: g.rol === 'wijkmanager' ? g.id! : `${g.rol}-${g.id ?? 'demo'}`,
    ...(g.rol === 'raad' && { raad: g.id }),
    ...(g.rol === 'dienst' && { dienst: g.id }),
  };
}
