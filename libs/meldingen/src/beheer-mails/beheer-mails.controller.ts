import { Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Rollen } from '@signaalspoor/auth';
import { InvoerFout, Keuze, PagingDto } from '@signaalspoor/http';
import { PG_POOL } from '@signaalspoor/database';
import { IsEmail, IsOptional } from 'class-validator';
import type { Pool } from 'pg';
import { MeldingFout } from '../meldingen.errors';
import { lijst, MAIL_STATUSSEN, zetOpnieuwInWachtrij, type MailStatus, type OutboxMail } from '../outbox';

export class MailsDto extends PagingDto {
  @Keuze(MAIL_STATUSSEN, { optional: true, description: 'alleen mails met deze status' })
  status?: MailStatus;

  @ApiPropertyOptional({ description: 'alleen mails aan dit adres' })
  @IsOptional()
  @IsEmail({}, { message: 'moet een e-mailadres zijn' })
  adres?: string;
}

export class MailDto implements OutboxMail {
  @ApiProperty() id!: number;
  @ApiProperty({ format: 'uuid', description: 'het event dat de mail deed ontstaan' }) eventId!: string;
  @ApiProperty() adres!: string;
  @ApiProperty({ description: 'de ontvanger (rol:id)' }) ontvanger!: string;
  @ApiProperty() soort!: string;
  @ApiPropertyOptional({ format: 'uuid' }) signaalId?: string;
  @ApiPropertyOptional() positie?: number;
  @ApiProperty() onderwerp!: string;
  @ApiProperty() tekst!: string;
  @ApiProperty() messageId!: string;
  @ApiProperty({ enum: MAIL_STATUSSEN }) status!: MailStatus;
  @ApiProperty() pogingen!: number;
  @ApiPropertyOptional({ format: 'date-time' }) volgendePoging?: string;
  @ApiPropertyOptional() laatsteFout?: string;
  @ApiPropertyOptional() kanaal?: string;
  @ApiProperty({ format: 'date-time' }) aangemaaktOp!: string;
  @ApiPropertyOptional({ format: 'date-time' }) verzondenOp?: string;
}

export class MailsPaginaDto {
  @ApiProperty({ type: [MailDto] }) items!: MailDto[];
  @ApiProperty() limiet!: number;
  @ApiProperty() offset!: number;
}

export class MailOpnieuwDto {
  @ApiProperty() id!: number;
  @ApiProperty({ enum: ['wachtend'] }) status!: 'wachtend';
}

/** A mail's id: a positive whole number PostgreSQL's bigint and JavaScript both hold exactly. */
const mailId = {
  transform(value: string): number {
    const id = Number(value);
    if (!/^\d{1,16}$/.test(value) || !Number.isSafeInteger(id) || id < 1) {
      throw new InvoerFout('ONGELDIG_ID', 'moet een positief geheel getal zijn', 'id');
    }
    return id;
  },
};

/** The outbox for the beheerder: every mail, what happened to it, and parked mails to queue again. */
@ApiTags('beheer')
@ApiBearerAuth()
@Controller('beheer/mails')
export class BeheerMailsController {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  @Get()
  @Rollen('beheerder')
  @ApiOperation({ summary: 'De mails van Signaalspoor (outbox), te filteren op status (bv. geparkeerd)' })
  @ApiOkResponse({ type: MailsPaginaDto })
  async mails(@Query() filter: MailsDto): Promise<MailsPaginaDto> {
    const limiet = filter.limiet ?? 50;
    const offset = filter.offset ?? 0;
    return { items: await lijst(this.pool, { ...filter, limiet, offset }), limiet, offset };
  }

  @Post(':id/opnieuw')
  @HttpCode(200)
  @Rollen('beheerder')
  @ApiOperation({ summary: 'Een geparkeerde mail opnieuw in de wachtrij zetten' })
  @ApiOkResponse({ type: MailOpnieuwDto })
  async opnieuw(@Param('id', mailId) id: number): Promise<MailOpnieuwDto> {
    if (!(await zetOpnieuwInWachtrij(this.pool, id))) {
      throw new MeldingFout('MAIL_ONBEKEND', 'Er is geen geparkeerde mail met dit id.', 'id');
    }
    return { id, status: 'wachtend' };
  }
}
