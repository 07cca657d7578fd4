import { Controller, Get, Inject, Query } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Rollen } from '@signaalspoor/auth';
import { EVENT_STORE, type EventStore } from '@signaalspoor/event-store';
import { LOGBOEK, metLeesbarePersonen, type Logboek } from '@signaalspoor/logboek';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class AuditEventsDto {
  @ApiPropertyOptional({ description: 'de events na deze positie in het globale logboek', default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(0, { message: 'mag niet negatief zijn' })
  na?: number;

  @ApiPropertyOptional({ default: 100, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1, { message: 'moet minstens 1 zijn' })
  @Max(1000, { message: 'mag hoogstens 1000 zijn' })
  limiet?: number;
}

export class LeesLogboek {
  constructor(
    readonly na: number,
    readonly limiet: number,
  ) {}
}

@QueryHandler(LeesLogboek)
export class LeesLogboekHandler implements IQueryHandler<LeesLogboek> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LOGBOEK) private readonly logboek: Logboek,
  ) {}

  async execute({ na, limiet }: LeesLogboek) {
    const events = await metLeesbarePersonen(
      this.logboek.personen,
      await this.store.readAll({ after: na, limit: limiet }),
    );
    return {
      items: events.map((e) => ({
        position: e.position,
        type: e.type,
        streamId: e.streamId,
        revision: e.revision,
        data: e.data,
        metadata: { eventId: e.id, recordedAt: e.recordedAt, ...e.metadata },
      })),
      volgende: events.at(-1)?.position ?? na,
    };
  }
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/events')
export class AuditEventsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Rollen('auditor')
  @ApiOperation({
    summary: 'Het globale logboek na een positie, in volgorde; `volgende` is de positie om verder te vragen',
  })
  events(@Query() query: AuditEventsDto) {
    return this.queries.execute(new LeesLogboek(query.na ?? 0, query.limiet ?? 100));
  }
}
