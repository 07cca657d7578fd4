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
import {
  BIJLAGE_TYPES,
  MAX_BIJLAGEN,
  MAX_LENGTH,
  type Handelaar,
  type Persoonsgegevens,
} from '@signaalspoor/domain';
import { CommandHeaders, CommandVerzoek, Tekst, UuidPipe, validationPipe } from '@signaalspoor/http';
import { LOGBOEK, type Logboek } from '@signaalspoor/logboek';
import { ReferenceData } from '@signaalspoor/reference-data';
import {
  alleenVoor,
  commandIds,
  hergebruikt,
  SignaalCommandHandler,
  SignaalRepository,
  type CommandContext,
  type CommandRequest,
} from '@signaalspoor/signaal-store';
import { SignaalFout, FOUTMELDINGEN } from '@signaalspoor/domain';
import { IsEmail, IsOptional, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { Beperking } from '../inhoud/beperking';
import { verwerk, type Beurten, type Bewaar, type Inhoud } from '../inhoud/inhoud';
import { leesUpload } from '../inhoud/multipart';
import { BijlageFout } from '../bijlagen.errors';
import { BIJLAGEN_OPSLAG, CLAIM_MS, type BijlagenOpslag, type Stand } from '../opslag/bijlagen-opslag';
import { DataSleutel, schrijfInDelen } from '../opslag/delen';
import { ruimOp } from '../opslag/opruiming';

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

/**
 * Photos per process held whole at once (the rest of a body is read in its turn; a slow client holds
 * one turn, not all), and of those re-encoded at once (each with two libvips threads): one re-encoded
 * and the next read meanwhile; more would only wait, each holding its body (up to 10 MB).
 */
export const FOTOS_IN_GEHEUGEN = 2;
export const HERENCODERING_GELIJKTIJDIG = 1;
/**
 * Tries of the append (with jitter between them): the costly work is done before it, so a conflict
 * only re-reads the stream and decides again; uploads that arrive together (a raad adding several
 * photos at once) must not run out of tries while each try lets one of them through.
 */
export const POGINGEN = 2 * MAX_BIJLAGEN;

/**
 * How long an upload waits, once its body is read, for another try with its Idempotency-Key that is
 * still writing the bytes; then it answers 409 BIJLAGE_BEZIG with Retry-After.
 */
export const WACHTEN_MS = 3_000;
const RETRY_AFTER_SECONDEN = 2;

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
    id: bijlageId,
    command: {
      type: 'VoegBijlageToe',
      bijlageId,
      naam,
      bijlageType: inhoud.type,
      grootte: inhoud.grootte,
      sha256: inhoud.sha256,
      door: { rol, ...(rol === 'dienst' && { dienstId: context.actor.dienstId }) },
      persoon,
    },
    velden: { bijlageType: 'bestand', grootte: 'bestand', naam: 'bestand', persoon: 'indiener' },
    pogingen: POGINGEN,
  };
}

/**
 * POST /api/signalen/{id}/bijlagen. In this order, so that a refused upload leaves nothing that is
 * served or kept: who may add (before reading the body); the bytes streamed in with a byte cap, judged
 * by their first bytes, a photo re-encoded, and stored in sealed chunks as they come (a header row
 * first, unconfirmed); the attachment's data key sealed with the person's key once the form's fields
 * are read; then the event BijlageToegevoegd appended through the one command handler (which enforces
 * the limit per signaal), retried on a concurrent writer without redoing any of the work before it.
 * Any refusal removes the bytes again; bytes left by a crash are never served (reads go by the
 * signaal's list of attachments) and are swept (BijlagenOpruiming). Requests with one Idempotency-Key
 * share the attachment id: the first to claim it writes the bytes, renewing its claim meanwhile; any
 * other hashes its own body, writes nothing and waits for those bytes (see wachtOp).
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

  private readonly beurten: Beurten = {
    inGeheugen: new Beperking(FOTOS_IN_GEHEUGEN),
    herencodering: new Beperking(HERENCODERING_GELIJKTIJDIG),
  };

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
  @ApiResponse({
    status: 409,
    description:
      'TE_VEEL_BIJLAGEN: het signaal heeft er al 10; BIJLAGE_BEZIG: een andere poging met deze Idempotency-Key schrijft nog (opnieuw na Retry-After seconden)',
    headers: { 'Retry-After': { description: 'seconden (bij BIJLAGE_BEZIG)', schema: { type: 'integer' } } },
  })
  @ApiResponse({ status: 413, description: 'BESTAND_TE_GROOT: meer dan 10 MB' })
  @ApiResponse({ status: 415, description: 'TYPE_NIET_TOEGESTAAN of GEEN_MULTIPART' })
  async voegToe(
    @Param('id', UuidPipe) signaalId: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ): Promise<BijlageAntwoordDto> {
    await this.eisToegang(signaalId, verzoek);
    const bijlageId = commandIds(verzoek).of('bijlage');
    // this try's claim on the id: a concurrent try with the same key (same id) writes nothing
    const poging = randomUUID();
    let verlenging: NodeJS.Timeout | undefined;
    // the header row with the first chunk: a body refused before (not multipart, too large by its
    // length, not a photo or PDF by its first bytes) writes nothing at all
    let begin: Promise<Exclude<Stand, { stand: 'weg' }>> | undefined;
    const begonnen = () =>
      (begin ??= this.opslag.begin(bijlageId, signaalId, poging).then((stand) => {
        if (stand.stand === 'nieuw') {
          const verleng = () => void this.opslag.verleng(bijlageId, poging).catch(() => undefined);
          verlenging = setInterval(verleng, CLAIM_MS / 3).unref();
        }
        return stand;
      }));
    try {
      const sleutel = new DataSleutel();
      const bewaar: Bewaar = (weergave, bytes) =>
        schrijfInDelen(bytes, { id: bijlageId, weergave, sleutel }, async (deel) => {
          // a retry of a stored upload, or one while another try writes: hashed, written no more
          if ((await begonnen()).stand !== 'nieuw') return;
          if (!(await this.opslag.schrijf(bijlageId, poging, deel))) throw bezig(response);
        });
      const upload = await leesUpload(request, VELDEN, (bestand) => verwerk(bestand, this.beurten, bewaar));
      const velden = (await validationPipe().transform(upload.velden, {
        type: 'body',
        metatype: BijlageVeldenDto,
      })) as BijlageVeldenDto;
      const naam = bestandsnaam(upload.naam);
      const inhoud = upload.bestand;
      const persoon =
        velden.indienerNaam || velden.indienerEmail
          ? { naam: velden.indienerNaam, email: velden.indienerEmail }
          : undefined;
      const opgeslagen = await begonnen();
      const nieuw = opgeslagen.stand === 'nieuw';
      if (nieuw) {
        const actor = `${verzoek.actor.rol}:${verzoek.actor.id}`;
        const verzegeld = await this.logboek.personen.versleutelBytes({ persoon, actor }, sleutel.bytes);
        const voltooid = await this.opslag.voltooi(bijlageId, poging, {
          sleutel: verzegeld.sleutel,
          dataSleutel: verzegeld.versleuteld,
          sha256: inhoud.sha256,
        });
        if (!voltooid) throw bezig(response);
      } else {
        const klaar = opgeslagen.stand === 'klaar' ? opgeslagen : await this.wachtOp(bijlageId, response);
        if (klaar.sha256 !== undefined && klaar.sha256 !== inhoud.sha256) throw hergebruikt();
      }
      const antwoord = await this.commands.handle(
        voegBijlageToe(signaalId, bijlageId, naam, inhoud, persoon, verzoek),
        verzoek,
      );
      // should this fail, the sweep finds the event and confirms the bytes then
      if (nieuw) await this.opslag.bevestig(bijlageId).catch(() => undefined);
      response.setHeader('ETag', `"${antwoord.revisie}"`);
      return {
        id: bijlageId,
        signaalId,
        naam,
        type: inhoud.type,
        grootte: inhoud.grootte,
        positie: antwoord.positie,
      };
    } catch (error) {
      if ((await begin?.catch(() => undefined))?.stand === 'nieuw') {
        await ruimOp(this.signalen, this.opslag, signaalId, bijlageId, poging);
      }
      throw error;
    } finally {
      clearInterval(verlenging);
    }
  }

  /**
   * Waits (at most WACHTEN_MS) for the try with the same Idempotency-Key that writes the bytes: their
   * SHA-256 once complete; 409 BIJLAGE_BEZIG while it still writes or when it was refused.
   */
  private async wachtOp(bijlageId: string, response: Response): Promise<{ sha256?: string }> {
    const tot = Date.now() + WACHTEN_MS;
    for (;;) {
      const stand = await this.opslag.kijk(bijlageId);
      if (stand.stand === 'klaar') return stand;
      if (stand.stand === 'weg' || Date.now() >= tot) throw bezig(response);
      await new Promise((klaar) => setTimeout(klaar, 100));
    }
  }

  /** Refuses before the body is read: an unknown signaal, or one this user may not add to. */
  private async eisToegang(signaalId: string, verzoek: CommandVerzoek): Promise<void> {
    const { state } = await this.signalen.load(signaalId);
    if (!state) throw new SignaalFout('SIGNAAL_ONBEKEND', FOUTMELDINGEN.SIGNAAL_ONBEKEND);
    alleenVoor('VoegBijlageToe', verzoek.actor, this.reference)(state);
  }
}

/** 409 BIJLAGE_BEZIG with its Retry-After: another try with this Idempotency-Key writes the bytes. */
function bezig(response: Response): BijlageFout {
  response.setHeader('Retry-After', String(RETRY_AFTER_SECONDEN));
  return new BijlageFout(
    'BIJLAGE_BEZIG',
    'Een andere poging met deze Idempotency-Key is nog bezig; probeer opnieuw na Retry-After seconden.',
    'Idempotency-Key',
  );
}
