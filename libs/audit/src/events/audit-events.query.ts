import { Inject, Query } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { EVENT_STORE, type EventStore } from '@signaalspoor/event-store';
import { Geheel } from '@signaalspoor/http';
import { LOGBOEK, metLeesbarePersonen, type Logboek } from '@signaalspoor/logboek';
import { AuditController, AuditRoute } from '../audit-route';

export class AuditEventsDto {
  @Geheel({
    min: 0,
    optional: true,
    default: 0,
    description: 'de events na deze positie in het globale logboek',
  })
  na?: number;

  @Geheel({ min: 1, max: 1000, optional: true, default: 100 })
  limiet?: number;
}

export class LogEventDto {
  @ApiProperty() positie!: number;
  @ApiProperty() type!: string;
  @ApiProperty() streamId!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'eventId, recordedAt, actor, ...' })
  metadata!: Record<string, unknown>;
}

export class LogboekDto {
  @ApiProperty({ type: [LogEventDto] }) items!: LogEventDto[];
  @ApiProperty() na!: number;
  @ApiProperty() limiet!: number;
  @ApiProperty({ description: 'de positie om verder te vragen (als `na`)' }) volgende!: number;
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

  async execute({ na, limiet }: LeesLogboek): Promise<LogboekDto> {
    const events = await metLeesbarePersonen(
      this.logboek.personen,
      await this.store.readAll({ after: na, limit: limiet }),
    );
    return {
      items: events.map((e) => ({
        positie: e.position,
        type: e.type,
        streamId: e.streamId,
        revision: e.revision,
        data: e.data,
        metadata: { eventId: e.id, recordedAt: e.recordedAt, ...e.metadata },
      })),
      na,
      limiet,
      volgende: events.at(-1)?.position ?? na,
    };
  }
}

@AuditController('events')
export class AuditEventsController {
  constructor(private readonly queries: QueryBus) {}

  @AuditRoute(
    'Het globale logboek na een positie, in volgorde; `volgende` is de positie om verder te vragen',
    LogboekDto,
  )
  events(@Query() query: AuditEventsDto): Promise<LogboekDto> {
    return this.queries.execute(new LeesLogboek(query.na ?? 0, query.limiet ?? 100));
  }
}
