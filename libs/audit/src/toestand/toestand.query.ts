import { Inject, Param, Query } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { signaalStreamId } from '@signaalspoor/domain';
import { EVENT_STORE, type EventStore } from '@signaalspoor/event-store';
import { UuidPipe } from '@signaalspoor/http';
import { SignaalDto, signaalDto, vouw } from '@signaalspoor/signaal-view';
import { IsISO8601, IsOptional } from 'class-validator';
import { AuditFout } from '../audit.errors';
import { AuditController, AuditRoute } from '../audit-route';

export class ToestandDto {
  @ApiPropertyOptional({ description: 'tijdstip (ISO 8601); standaard nu', example: '2026-06-30T23:59:59Z' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'moet een datum of tijdstip (ISO 8601) zijn' })
  op?: string;
}

/** The detail's shape at a moment (without the running deadlines, which depend on now). */
export class SignaalOpMomentDto extends SignaalDto {
  @ApiProperty({ format: 'date-time', description: 'het moment' }) op!: string;
}

export class ToestandOpDatum {
  constructor(
    readonly signaalId: string,
    readonly op: string,
  ) {}
}

/**
 * Time travel: the state of a signaal as the log recorded it at a moment, folded from the events
 * committed up to then — straight from the event store, not from a read model.
 */
@QueryHandler(ToestandOpDatum)
export class ToestandOpDatumHandler implements IQueryHandler<ToestandOpDatum> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ signaalId, op }: ToestandOpDatum): Promise<SignaalOpMomentDto> {
    const moment = Date.parse(op);
    const events = (await this.store.readStream(signaalStreamId(signaalId))).filter(
      (event) => Date.parse(event.recordedAt) <= moment,
    );
    // the same view and response shape as GET /api/signalen/{id}, at that moment
    const gevouwen = vouw(events);
    if (!gevouwen)
      throw new AuditFout('SIGNAAL_ONBEKEND_OP_DATUM', 'Dit signaal bestond op dat moment (nog) niet.');
    return { ...signaalDto(gevouwen.view), op: new Date(moment).toISOString() };
  }
}

@AuditController('signalen/:id')
export class ToestandController {
  constructor(private readonly queries: QueryBus) {}

  @AuditRoute(
    'De toestand van een signaal op een gegeven moment, herberekend uit het logboek',
    SignaalOpMomentDto,
  )
  toestand(@Param('id', UuidPipe) id: string, @Query() query: ToestandDto): Promise<SignaalOpMomentDto> {
    return this.queries.execute(new ToestandOpDatum(id, query.op ?? new Date().toISOString()));
  }
}
