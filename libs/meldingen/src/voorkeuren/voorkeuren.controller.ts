import { Body, Controller, Get, Inject, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { HuidigeGebruiker, Rollen, type Gebruiker } from '@signaalspoor/auth';
import { Keuze } from '@signaalspoor/http';
import { PG_POOL } from '@signaalspoor/database';
import type { Pool } from 'pg';
import {
  MELDING_SOORTEN,
  ontvangerSleutel,
  SOORTEN_PER_ROL,
  type MeldingSoort,
  type Ontvanger,
} from '../berichten';
import { MeldingFout } from '../meldingen.errors';
import { VOORKEUR_KEUZES, voorkeurenVan, zetVoorkeur, type VoorkeurKeuze } from '../outbox';

export class VoorkeurDto {
  @Keuze(MELDING_SOORTEN, { description: 'de soort melding' })
  soort!: MeldingSoort;

  @Keuze(VOORKEUR_KEUZES, { description: 'direct (standaard), dagelijks (één overzicht per dag) of uit' })
  keuze!: VoorkeurKeuze;
}

export class VoorkeurenDto {
  @ApiProperty({
    type: [VoorkeurDto],
    description: 'elke soort melding die jouw rol ontvangt, met zijn keuze',
  })
  items!: VoorkeurDto[];
}

/** Who receives the mails of this user: the raad's contact address, the wijkmanager, the dienst's mailbox. */
function ontvangerVan(gebruiker: Gebruiker): Ontvanger {
  if (gebruiker.rol === 'raad' && gebruiker.raadId) return { rol: 'raad', id: gebruiker.raadId };
  if (gebruiker.rol === 'dienst' && gebruiker.dienstId) return { rol: 'dienst', id: gebruiker.dienstId };
  if (gebruiker.rol === 'wijkmanager') return { rol: 'wijkmanager', id: gebruiker.sub };
  throw new MeldingFout('GEEN_ONTVANGER', 'Voor deze rol verstuurt Signaalspoor geen meldingen.');
}

/** A person's choice per kind of notification: direct, a daily digest, or none. */
@ApiTags('meldingen')
@ApiBearerAuth()
@Controller('meldingen/voorkeuren')
export class VoorkeurenController {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  @Get()
  @Rollen('raad', 'wijkmanager', 'dienst')
  @ApiOperation({ summary: 'Mijn voorkeuren per soort melding die mijn rol ontvangt' })
  @ApiOkResponse({ type: VoorkeurenDto })
  voorkeuren(@HuidigeGebruiker() gebruiker: Gebruiker): Promise<VoorkeurenDto> {
    return this.lees(ontvangerVan(gebruiker));
  }

  @Put()
  @Rollen('raad', 'wijkmanager', 'dienst')
  @ApiOperation({ summary: 'Een soort melding direct, dagelijks gebundeld of niet meer ontvangen' })
  @ApiOkResponse({ type: VoorkeurenDto })
  async zet(@HuidigeGebruiker() gebruiker: Gebruiker, @Body() body: VoorkeurDto): Promise<VoorkeurenDto> {
    const ontvanger = ontvangerVan(gebruiker);
    if (!SOORTEN_PER_ROL[ontvanger.rol].includes(body.soort)) {
      throw new MeldingFout(
        'SOORT_NIET_VOOR_ROL',
        `Deze soort melding krijg je niet; kies een van: ${SOORTEN_PER_ROL[ontvanger.rol].join(', ')}.`,
        'soort',
      );
    }
    await zetVoorkeur(this.pool, ontvangerSleutel(ontvanger), body.soort, body.keuze);
    return this.lees(ontvanger);
  }

  private async lees(ontvanger: Ontvanger): Promise<VoorkeurenDto> {
    const sleutel = ontvangerSleutel(ontvanger);
    const gekozen = await voorkeurenVan(this.pool, [sleutel]);
    return {
      items: SOORTEN_PER_ROL[ontvanger.rol].map((soort) => ({
        soort,
        keuze: gekozen.get(`${sleutel}\n${soort}`) ?? 'direct',
      })),
    };
  }
}
