import { Controller, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Rollen } from '@signaalspoor/auth';
import { BIJLAGE_TYPES, MAX_LENGTH, type Persoonsgegevens } from '@signaalspoor/domain';
import { CommandHeaders, CommandVerzoek, Tekst, UuidPipe, validationPipe } from '@signaalspoor/http';
import { LOGBOEK, type Logboek } from '@signaalspoor/logboek';
import { ReferenceData } from '@signaalspoor/reference-data';
import {
  alleenVoor,
  commandIds,
  SignaalCommandHandler,
  SignaalRepository,
  type CommandContext,
  type CommandRequest,
  type Handelaar,
} from '@signaalspoor/signaal-store';
import { SignaalFout, FOUTMELDINGEN } from '@signaalspoor/domain';
import { IsEmail, IsOptional, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { Beperking } from '../inhoud/beperking';
import { verwerk, type Inhoud } from '../inhoud/inhoud';
import { leesUpload } from '../inhoud/multipart';
import { BIJLAGEN_OPSLAG, type BijlagenOpslag } from '../opslag/bijlagen-opslag';

/** The text fields of the form next to `bestand`: who adds it, if they want to be named. */
export class BijlageVeldenDto {
  @Tekst({ max: 200, optional: true, eenRegel: true })
  indienerNaam?: string;

  @IsOptional()
  @IsEmail({}, { message: 'moet een e-mailadres zijn' })
  @MaxLength(320, { message: 'mag hoogstens 320 tekens lang zijn' })
  indienerEmail?: string;
}
const VELDEN = ['indienerNaam', 'indienerEmail'] as const;

export class BijlageAntwoordDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) signaalId!: string;
  @ApiProperty({ description: 'de bestandsnaam zoals opgegeven' }) naam!: string;
  @ApiProperty({ enum: BIJLAGE_TYPES, description: 'zoals beoordeeld op de inhoud' }) type!: string;
  @ApiProperty({ description: 'bytes zoals bewaard (foto’s: na herencodering)' }) grootte!: number;
  @ApiProperty({ description: 'positie in het logboek van BijlageToegevoegd' }) positie!: number;
}

class BijlageFormulierDto extends BijlageVeldenDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'foto (JPEG, PNG, WebP) of PDF, hoogstens 10 MB',
  })
  bestand!: unknown;
  @ApiPropertyOptional() declare indienerNaam?: string;
  @ApiPropertyOptional() declare indienerEmail?: string;
}

/** Uploads processed at once per process (re-encoded, encrypted, stored); the others wait (see Beperking). */
export const VERWERKING_GELIJKTIJDIG = 2;

/** The file name as shown and sent back in Content-Disposition: one line, no path, at most 200 characters. */
export function bestandsnaam(gegeven: string): string {
  const naam = gegeven
    .replace(/^.*[\\/]/, '')
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '')
    .trim();
  return (naam || 'bijlage').slice(0, MAX_LENGTH.titel);
}

/** The command of an upload whose bytes are stored: the raad, the wijkmanager or a routed dienst adds it. */
export function voegBijlageToe(
  signaalId: string,
  bijlageId: string,
  naam: string,
  inhoud: Inhoud,
  persoon: Persoonsgegevens | undefined,
  context: CommandContext,
): CommandRequest {
  const rol = context.actor.rol as Handelaar;
  return {
    signaalId,
    handelaar: rol,
    id: bijlageId,
    command: {
      type: 'VoegBijlageToe',
      bijlageId,
      naam,
      bijlageType: inhoud.type,
      grootte: inhoud.bytes.length,
      sha256: inhoud.sha256,
      door: { rol, ...(rol === 'dienst' && { dienstId: context.actor.dienstId }) },
      persoon,
    },
    velden: { bijlageType: 'bestand', grootte: 'bestand', naam: 'bestand', persoon: 'indiener' },
  };
}

/**
 * POST /api/signalen/{id}/bijlagen. In this order, so that a refused upload writes nothing and a crash
 * leaves nothing that is served: who may add (before reading the body), the body streamed with a byte
 * cap, the type judged by the bytes, a photo re-encoded; then the bytes stored, encrypted, under the
 * attachment's id; then the event BijlageToegevoegd appended through the one command handler (which
 * enforces the limit per signaal). A refusal of the event removes the bytes again; bytes left by a
 * crash before the event are never served (reads go by the signaal's list of attachments).
 */
@ApiTags('bijlagen')
@Controller('signalen/:id/bijlagen')
export class VoegBijlageToeController {
  constructor(
    private readonly commands: SignaalCommandHandler,
    private readonly signalen: SignaalRepository,
    private readonly reference: ReferenceData,
    @Inject(LOGBOEK) private readonly logboek: Logboek,
    @Inject(BIJLAGEN_OPSLAG) private readonly opslag: BijlagenOpslag,
  ) {}

  private readonly verwerking = new Beperking(VERWERKING_GELIJKTIJDIG);

  @Post()
  @HttpCode(201)
  @Rollen('raad', 'wijkmanager', 'dienst')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Voeg een foto of PDF toe aan een signaal (raad, wijkmanager, doorgestuurde dienst)',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: BijlageFormulierDto })
  @ApiCreatedResponse({ type: BijlageAntwoordDto })
  @CommandHeaders()
  @ApiResponse({ status: 409, description: 'TE_VEEL_BIJLAGEN: het signaal heeft er al 10' })
  @ApiResponse({ status: 413, description: 'BESTAND_TE_GROOT: meer dan 10 MB' })
  @ApiResponse({ status: 415, description: 'TYPE_NIET_TOEGESTAAN of GEEN_MULTIPART' })
  async voegToe(
    @Param('id', UuidPipe) signaalId: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ): Promise<BijlageAntwoordDto> {
    await this.eisToegang(signaalId, verzoek);
    const upload = await leesUpload(request, VELDEN);
    const velden = (await validationPipe().transform(upload.velden, {
      type: 'body',
      metatype: BijlageVeldenDto,
    })) as BijlageVeldenDto;
    const naam = bestandsnaam(upload.naam);
    const persoon =
      velden.indienerNaam || velden.indienerEmail
        ? { naam: velden.indienerNaam, email: velden.indienerEmail }
        : undefined;
    const bijlageId = commandIds(verzoek).of('bijlage');
    const inhoud = await this.verwerking.voer(async () => {
      const verwerkt = await verwerk(upload.bytes);
      const actor = `${verzoek.actor.rol}:${verzoek.actor.id}`;
      const origineel = await this.logboek.personen.versleutelBytes({ persoon, actor }, verwerkt.bytes);
      const miniatuur =
        verwerkt.miniatuur &&
        (await this.logboek.personen.versleutelBytes({ persoon, actor }, verwerkt.miniatuur));
      await this.opslag.bewaar({
        id: bijlageId,
        signaalId,
        sleutel: origineel.sleutel,
        origineel: origineel.versleuteld,
        miniatuur: miniatuur?.versleuteld,
      });
      return verwerkt;
    });
    try {
      const antwoord = await this.commands.handle(
        voegBijlageToe(signaalId, bijlageId, naam, inhoud, persoon, verzoek),
        verzoek,
      );
      response.setHeader('ETag', `"${antwoord.revisie}"`);
      return {
        id: bijlageId,
        signaalId,
        naam,
        type: inhoud.type,
        grootte: inhoud.bytes.length,
        positie: antwoord.positie,
      };
    } catch (error) {
      await this.ruimOp(signaalId, bijlageId);
      throw error;
    }
  }

  /** Refuses before the body is read: an unknown signaal, or one this user may not add to. */
  private async eisToegang(signaalId: string, verzoek: CommandVerzoek): Promise<void> {
    const { state } = await this.signalen.load(signaalId);
    if (!state) throw new SignaalFout('SIGNAAL_ONBEKEND', FOUTMELDINGEN.SIGNAAL_ONBEKEND);
    alleenVoor(verzoek.actor.rol as Handelaar, verzoek.actor, this.reference)(state);
  }

  /** Removes the bytes of a refused upload, unless an event references them (a retry of a done upload). */
  private async ruimOp(signaalId: string, bijlageId: string): Promise<void> {
    const { state } = await this.signalen.load(signaalId).catch(() => ({ state: undefined }));
    if (state && !state.bijlagen?.some((b) => b.id === bijlageId)) await this.opslag.verwijder(bijlageId);
  }
}
