import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { HuidigeGebruiker, type Gebruiker } from '@signaalspoor/auth';
import { BIJLAGE_TYPES } from '@signaalspoor/domain';
import { geleegd, Keuze, UuidPipe } from '@signaalspoor/http';
import { LOGBOEK, VERGETEN, type Logboek } from '@signaalspoor/logboek';
import {
  bijlageDto,
  BijlageDto,
  GelezenRoute,
  GevraagdePositie,
  Leesmodel,
  LeesRoute,
  type Gelezen,
} from '@signaalspoor/signaal-view';
import type { Response } from 'express';
import { BijlageFout } from '../bijlagen.errors';
import { BIJLAGEN_OPSLAG, type BijlagenOpslag, type Weergave } from '../opslag/bijlagen-opslag';
import { DataSleutel, openDelen } from '../opslag/delen';

export class BijlagenDto {
  @ApiProperty({ type: [BijlageDto] }) items!: BijlageDto[];
}

export class BijlageWeergaveDto {
  @Keuze(['miniatuur'], { optional: true, description: 'miniatuur: een kleine WebP van een foto' })
  formaat?: 'miniatuur';
}

/**
 * The attachments of a signaal, for whoever may see the signaal; never by a public URL. Only what
 * the signaal's events list is served: bytes without their event (a crash between the two writes)
 * do not exist for a reader.
 */
@ApiTags('bijlagen')
@ApiBearerAuth()
@Controller('signalen/:id/bijlagen')
export class BijlagenController {
  constructor(
    private readonly leesmodel: Leesmodel,
    @Inject(LOGBOEK) private readonly logboek: Logboek,
    @Inject(BIJLAGEN_OPSLAG) private readonly opslag: BijlagenOpslag,
  ) {}

  @Get()
  @ApiOperation({ summary: 'De bijlagen van een signaal, in de volgorde waarin ze werden toegevoegd' })
  @GelezenRoute(BijlagenDto)
  async lijst(
    @Param('id', UuidPipe) id: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @GevraagdePositie() positie: number | undefined,
  ): Promise<Gelezen<BijlagenDto>> {
    const gelezen = await this.leesmodel.zichtbaar(id, positie, gebruiker);
    return { ...gelezen, body: { items: (gelezen.body.view.bijlagen ?? []).map(bijlageDto) } };
  }

  @Get(':bijlageId')
  @ApiOperation({
    summary: 'De bytes van een bijlage, of met formaat=miniatuur een kleine versie van een foto',
  })
  @LeesRoute()
  @ApiProduces(...BIJLAGE_TYPES)
  @ApiOkResponse({ description: 'de bytes, met Content-Type, Content-Disposition en nosniff' })
  @ApiResponse({ status: 410, description: 'BIJLAGE_VERGETEN: de persoon die ze toevoegde werd vergeten' })
  async bestand(
    @Param('id', UuidPipe) id: string,
    @Param('bijlageId', UuidPipe) bijlageId: string,
    @Query() weergave: BijlageWeergaveDto,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @GevraagdePositie() positie: number | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const { view } = (await this.leesmodel.zichtbaar(id, positie, gebruiker)).body;
    const bijlage = view.bijlagen?.find((b) => b.id === bijlageId);
    if (!bijlage) throw new BijlageFout('BIJLAGE_ONBEKEND', 'Deze bijlage bestaat niet.', 'bijlageId');
    const miniatuur = weergave.formaat === 'miniatuur';
    if (miniatuur && !bijlage.type.startsWith('image/')) {
      throw new BijlageFout('GEEN_MINIATUUR', 'Alleen een foto heeft een miniatuur.', 'formaat');
    }
    const stukken = await this.open(id, bijlageId, miniatuur ? 'miniatuur' : 'origineel');
    // the first chunk before the answer's head: an attachment that does not open is a 410, not a torn 200
    const eerste = await stukken.next().catch(() => {
      throw vergeten();
    });
    const naam = encodeURIComponent(bijlage.naam);
    const ascii = bijlage.naam.replace(/[^\x20-\x7e]|["\\]/g, '_');
    response
      .status(200)
      .setHeader('Content-Type', miniatuur ? 'image/webp' : bijlage.type)
      .setHeader('X-Content-Type-Options', 'nosniff')
      .setHeader('Content-Security-Policy', "default-src 'none'; sandbox")
      .setHeader('Cache-Control', 'private, no-cache')
      .setHeader('ETag', `"${bijlage.sha256}${miniatuur ? '-m' : ''}"`)
      .setHeader(
        'Content-Disposition',
        `${bijlage.type === 'application/pdf' ? 'attachment' : 'inline'}; filename="${ascii}"; filename*=UTF-8''${naam}`,
      );
    if (!miniatuur) response.setHeader('Content-Length', bijlage.grootte);
    // HEAD: the head as GET's (the same status for the same first chunk), none of the other chunks
    if (eerste.done || response.req.method === 'HEAD') {
      await stukken.return?.();
      return void response.end();
    }
    await schrijfDoor(eerste.value, stukken, response);
  }

  /** The plain bytes of a stored attachment, chunk by chunk; a 404 without bytes, a 410 without key. */
  private async open(
    signaalId: string,
    bijlageId: string,
    weergave: Weergave,
  ): Promise<AsyncIterator<Buffer>> {
    const opgeslagen = await this.opslag.lees(signaalId, bijlageId, weergave);
    if (!opgeslagen)
      throw new BijlageFout('BIJLAGE_ONBEKEND', 'De inhoud van deze bijlage ontbreekt.', 'bijlageId');
    const personen = this.logboek.personen;
    if (opgeslagen.vorm === 'heel') {
      // stored whole, before chunking
      const bytes = await personen.ontsleutelBytes(opgeslagen.sleutel, opgeslagen.versleuteld);
      if (bytes === VERGETEN) throw vergeten();
      return (async function* () {
        yield bytes;
      })();
    }
    const dataSleutel = await personen.ontsleutelBytes(opgeslagen.sleutel, opgeslagen.dataSleutel);
    if (dataSleutel === VERGETEN) throw vergeten();
    return openDelen(bijlageId, new DataSleutel(dataSleutel), opgeslagen.delen)[Symbol.asyncIterator]();
  }
}

const vergeten = () =>
  new BijlageFout(
    'BIJLAGE_VERGETEN',
    'Deze bijlage is onleesbaar gemaakt: de persoon die ze toevoegde, werd vergeten.',
    'bijlageId',
  );

/**
 * The rest chunk by chunk, as fast as the client reads; a chunk that does not open ends the answer
 * torn, and a client that went away stops the reading. Written by hand, not through `pipeline()`: that
 * puts seven `close` listeners on the answer, which with the edge's own pass Node's leak warning (10).
 */
async function schrijfDoor(
  eerste: Buffer,
  stukken: AsyncIterator<Buffer>,
  response: Response,
): Promise<void> {
  try {
    let stuk: IteratorResult<Buffer> = { done: false, value: eerste };
    while (!stuk.done && !response.destroyed) {
      if (!response.write(stuk.value)) await geleegd(response);
      if (!response.destroyed) stuk = await stukken.next();
    }
    if (response.destroyed) await stukken.return?.();
    else response.end();
  } catch {
    response.destroy();
  }
}
