import { Controller, Get, Inject } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Rollen } from '@signaalspoor/auth';
import { EVENT_STORE, PostgresEventStore, type EventStore } from '@signaalspoor/event-store';
import { AuditFout } from '../audit.errors';

export class VerifieerLogboek {}

/** Recomputes the hash chain over the whole global log: proof that no event was altered or removed. */
@QueryHandler(VerifieerLogboek)
export class VerifieerLogboekHandler implements IQueryHandler<VerifieerLogboek> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute() {
    if (!(this.store instanceof PostgresEventStore)) {
      throw new AuditFout(
        'VERIFICATIE_NIET_BESCHIKBAAR',
        'Deze event store houdt geen hashketen bij; verificatie is alleen beschikbaar op PostgreSQL.',
      );
    }
    const { ok, checked, firstBrokenPosition } = await this.store.verifyChain();
    return {
      intact: ok,
      gecontroleerd: checked,
      ...(firstBrokenPosition !== undefined && { eersteFoutPositie: firstBrokenPosition }),
    };
  }
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/verificatie')
export class VerificatieController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Rollen('auditor')
  @ApiOperation({
    summary: 'Controleert de hashketen over het hele logboek: is er een event gewijzigd of verwijderd?',
  })
  verifieer() {
    return this.queries.execute(new VerifieerLogboek());
  }
}
