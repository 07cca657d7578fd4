import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Publiek } from '@signaalspoor/auth';
import { Id, Keuze } from '@signaalspoor/http';
import { STATUSSEN } from '@signaalspoor/signaal-view';
import type { Request, Response } from 'express';
import { PubliekeAntwoorden } from '../antwoorden';
import { PubliekSignaalDto } from '../publiek-signaal';
import { PubliekeSignalen } from '../publieke-signalen';

export class PubliekFilterDto {
  @Keuze(STATUSSEN, { optional: true })
  status?: string;

  @Id({ optional: true, description: 'id uit GET /api/themas' })
  thema?: string;
}

export class PubliekeRaadDto {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
  @ApiProperty({ enum: ['dorpsraad', 'wijkraad'] }) soort!: string;
  @ApiProperty() gebied!: string;
  @ApiProperty({ description: 'aantal signalen dat bewoners kunnen zien' }) openbareSignalen!: number;
}

export class PubliekeRadenDto {
  @ApiProperty({ type: [PubliekeRaadDto] }) items!: PubliekeRaadDto[];
}

export class PubliekeSignalenDto {
  @ApiProperty({ type: [PubliekSignaalDto], description: 'nieuwste eerst, hoogstens 500' })
  items!: PubliekSignaalDto[];
}

/** The public signalen of every raad as JSON: no login, cacheable (ETag, 304). */
@ApiTags('publiek')
@Controller('api/publiek/raden') // its whole path: see ZONDER_API_PREFIX (libs/platform)
export class PubliekeSignalenController {
  constructor(
    private readonly publiek: PubliekeSignalen,
    private readonly antwoorden: PubliekeAntwoorden,
  ) {}

  @Get()
  @Publiek()
  @ApiOperation({ summary: 'Alle raden met het aantal openbare signalen (zonder aanmelden)' })
  @ApiOkResponse({ type: PubliekeRadenDto })
  async raden(@Req() req: Request, @Res() res: Response): Promise<void> {
    const antwoord = await this.antwoorden.geef('json:raden', 'json', async () => {
      const body: PubliekeRadenDto = { items: await this.publiek.raden() };
      return JSON.stringify(body);
    });
    this.antwoorden.stuur(req, res, antwoord);
  }

  @Get(':raadId/signalen')
  @Publiek()
  @ApiOperation({
    summary: 'De openbare signalen van een raad (zonder aanmelden): status, thema, data, stappen, antwoorden',
  })
  @ApiOkResponse({ type: PubliekeSignalenDto })
  async signalen(
    @Param('raadId') raadId: string,
    @Query() filter: PubliekFilterDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    this.publiek.raad(raadId);
    this.publiek.eisThema(filter.thema);
    const sleutel = JSON.stringify(['json:signalen', raadId, filter.status, filter.thema]);
    const antwoord = await this.antwoorden.geef(sleutel, 'json', async () => {
      const items = await this.publiek.lijst({
        raadId,
        ...(filter.status !== undefined && { statussen: [filter.status] }),
        ...(filter.thema !== undefined && { themas: [filter.thema] }),
      });
      const body: PubliekeSignalenDto = { items };
      return JSON.stringify(body);
    });
    this.antwoorden.stuur(req, res, antwoord);
  }
}
