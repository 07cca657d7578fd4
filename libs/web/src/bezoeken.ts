import { Body, Controller, Get, Inject, Injectable, Put, type OnModuleInit } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { HuidigeGebruiker, type Gebruiker } from '@signaalspoor/auth';
import { PG_POOL } from '@signaalspoor/database';
import { Getal, Keuze } from '@signaalspoor/http';
import { IsInt } from 'class-validator';
import type { Pool } from 'pg';

// "Nieuw sinds je laatste bezoek": per person (the token's `sub`, so a raad's phone and laptop agree)
// and per list of the web app, the log position the list had reached at the previous visit. A signaal
// is new on the list when its view's `positie` (its latest event) is beyond it: nothing of the
// signaal's lifecycle is kept here, only how far this person has looked.
const SCHEMA = `
SELECT pg_advisory_xact_lock(hashtext('signaalspoor.web.bezoeken.migrate'));
CREATE SCHEMA IF NOT EXISTS web;
CREATE TABLE IF NOT EXISTS web.bezoeken (
  sub text NOT NULL,
  lijst text NOT NULL,
  positie bigint NOT NULL,
  op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (sub, lijst)
);
`;

/** The lists of the web app that mark what is new. */
export const LIJSTEN = ['signalen', 'triage', 'overschreden', 'inbox'] as const;
export type Lijst = (typeof LIJSTEN)[number];

export class BezoekDto {
  @Keuze(LIJSTEN, { description: 'de lijst van de webtoepassing' })
  lijst!: Lijst;

  /** the highest `positie` of the signalen the list showed; a JSON number, never text */
  @Getal({ min: 0, max: Number.MAX_SAFE_INTEGER, example: 1234 })
  @IsInt({ message: 'moet een geheel getal zijn' })
  positie!: number;
}

export class BezoekenDto {
  @ApiProperty({
    type: [BezoekDto],
    description: 'per bezochte lijst: tot waar je keek bij je vorige bezoek',
  })
  items!: BezoekDto[];
}

@Injectable()
export class Bezoeken implements OnModuleInit {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async onModuleInit(): Promise<void> {
    // one simple query: its statements run in one implicit transaction, which holds the advisory lock
    await this.pool.query(SCHEMA);
  }

  async van(sub: string): Promise<BezoekDto[]> {
    const { rows } = await this.pool.query<{ lijst: Lijst; positie: string }>(
      'SELECT lijst, positie FROM web.bezoeken WHERE sub = $1 ORDER BY lijst',
      [sub],
    );
    return rows.map((r) => ({ lijst: r.lijst, positie: Number(r.positie) }));
  }

  /** Never backwards: an older tab that reports a lower position does not make old news new again. */
  async zet(sub: string, { lijst, positie }: BezoekDto): Promise<void> {
    await this.pool.query(
      `INSERT INTO web.bezoeken (sub, lijst, positie) VALUES ($1, $2, $3)
       ON CONFLICT (sub, lijst) DO UPDATE
         SET positie = GREATEST(web.bezoeken.positie, EXCLUDED.positie), op = now()`,
      [sub, lijst, positie],
    );
  }
}

/** Where each list of the web app was at this person's previous visit. */
@ApiTags('webtoepassing')
@ApiBearerAuth()
@Controller('bezoeken')
export class BezoekenController {
  constructor(private readonly bezoeken: Bezoeken) {}

  @Get()
  @ApiOperation({ summary: 'Tot waar ik elke lijst bekeek bij mijn vorige bezoek' })
  @ApiOkResponse({ type: BezoekenDto })
  async lees(@HuidigeGebruiker() gebruiker: Gebruiker): Promise<BezoekenDto> {
    return { items: await this.bezoeken.van(gebruiker.sub) };
  }

  @Put()
  @ApiOperation({ summary: 'Een bezoek aan een lijst onthouden (de positie gaat nooit terug)' })
  @ApiOkResponse({ type: BezoekenDto })
  async zet(@HuidigeGebruiker() gebruiker: Gebruiker, @Body() body: BezoekDto): Promise<BezoekenDto> {
    await this.bezoeken.zet(gebruiker.sub, body);
    return { items: await this.bezoeken.van(gebruiker.sub) };
  }
}
