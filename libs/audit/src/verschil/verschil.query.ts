import { Inject, Param, Query } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { bal, fold, signaalStreamId } from '@signaalspoor/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@signaalspoor/event-store';
import { InvoerFout, UuidPipe } from '@signaalspoor/http';
import { toSignaalEvent } from '@signaalspoor/signaal-store';
import { IsISO8601 } from 'class-validator';
import { AuditFout } from '../audit.errors';
import { verschillen, type Wijziging } from './diff';
import { AuditController, AuditRoute } from '../audit-route';

export class VerschilDto {
  @ApiProperty({ description: 'van dit tijdstip (ISO 8601)', example: '2026-01-01T00:00:00Z' })
  @IsISO8601({ strict: true }, { message: 'moet een datum of tijdstip (ISO 8601) zijn' })
  van!: string;

  @ApiProperty({
    description: 'tot dit tijdstip (ISO 8601), niet vóór `van`',
    example: '2026-06-30T23:59:59Z',
  })
  @IsISO8601({ strict: true }, { message: 'moet een datum of tijdstip (ISO 8601) zijn' })
  tot!: string;
}

class WijzigingDto implements Wijziging {
  @ApiProperty({ description: 'het pad van het veld, bv. `doorsturingen[0].status`' }) veld!: string;
  @ApiPropertyOptional({ description: 'de waarde ervoor (weg als het veld er nog niet was)' }) van?: unknown;
  @ApiPropertyOptional({ description: 'de waarde erna (weg als het veld er niet meer is)' }) tot?: unknown;
}

class VerschilEventDto {
  @ApiProperty() positie!: number;
  @ApiProperty() type!: string;
  @ApiProperty({ format: 'date-time' }) tijd!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) actor!: unknown;
}

class VerschilAntwoordDto {
  @ApiProperty({ format: 'uuid' }) signaalId!: string;
  @ApiProperty({ format: 'date-time' }) van!: string;
  @ApiProperty({ format: 'date-time' }) tot!: string;
  @ApiProperty({ description: 'het signaal bestond al op `van`' }) bestondAl!: boolean;
  @ApiProperty({ type: [WijzigingDto] }) wijzigingen!: WijzigingDto[];
  @ApiProperty({ type: [VerschilEventDto], description: 'de events die het verschil maakten' })
  events!: VerschilEventDto[];
}

export class VerschilTussen {
  constructor(
    readonly signaalId: string,
    readonly van: number,
    readonly tot: number,
  ) {}
}

/** The state of a signaal folded from its events committed up to a moment; null before it existed. */
function toestandOp(events: RecordedEvent[], moment: number) {
  const tot = events.filter((event) => Date.parse(event.recordedAt) <= moment);
  const state = fold(tot.map(toSignaalEvent));
  return state && { ...state, bal: bal(state) };
}

/**
 * What changed in a signaal between two moments, folded from the log (not a read model): every field
 * that differs and the events that made the difference.
 */
@QueryHandler(VerschilTussen)
export class VerschilTussenHandler implements IQueryHandler<VerschilTussen> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ signaalId, van, tot }: VerschilTussen): Promise<VerschilAntwoordDto> {
    const events = await this.store.readStream(signaalStreamId(signaalId));
    const voor = toestandOp(events, van);
    const na = toestandOp(events, tot);
    if (!na)
      throw new AuditFout('SIGNAAL_ONBEKEND_OP_DATUM', 'Dit signaal bestond op dat moment (nog) niet.');
    return {
      signaalId,
      van: new Date(van).toISOString(),
      tot: new Date(tot).toISOString(),
      bestondAl: voor !== null,
      wijzigingen: verschillen(voor ?? {}, na),
      events: events
        .filter((event) => Date.parse(event.recordedAt) > van && Date.parse(event.recordedAt) <= tot)
        .map((event) => ({
          positie: event.position,
          type: event.type,
          tijd: event.recordedAt,
          actor: event.metadata.actor,
        })),
    };
  }
}

@AuditController('signalen/:id/verschil')
export class VerschilController {
  constructor(private readonly queries: QueryBus) {}

  @AuditRoute(
    'Wat er in een signaal veranderde tussen twee tijdstippen, uit het logboek',
    VerschilAntwoordDto,
  )
  verschil(@Param('id', UuidPipe) id: string, @Query() query: VerschilDto): Promise<VerschilAntwoordDto> {
    const [van, tot] = [Date.parse(query.van), Date.parse(query.tot)];
    if (tot < van) throw new InvoerFout('TOT_VOOR_VAN', 'mag niet vóór `van` liggen', 'tot');
    return this.queries.execute(new VerschilTussen(id, van, tot));
  }
}
