import { Controller, Get, Param } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthFout, HuidigeGebruiker, type Gebruiker } from '@signaalspoor/auth';
import { UuidPipe } from '@signaalspoor/http';
import { ReferenceData } from '@signaalspoor/reference-data';
import { toonActor } from '@signaalspoor/privacy';
import { magZien } from '@signaalspoor/signaal-store';
import { findTraject } from '../../signalen/signalen.queries';
import { LeesFout } from '../lees.errors';
import { Leesmodel } from '../leesmodel';

export class GeefTraject {
  constructor(
    readonly signaalId: string,
    readonly gebruiker: Gebruiker,
  ) {}
}

@QueryHandler(GeefTraject)
export class GeefTrajectHandler implements IQueryHandler<GeefTraject> {
  constructor(
    private readonly leesmodel: Leesmodel,
    private readonly reference: ReferenceData,
  ) {}

  async execute({ signaalId, gebruiker }: GeefTraject) {
    await this.leesmodel.bijgewerkt(signaalId);
    const traject = await findTraject(this.leesmodel.pool, signaalId);
    if (!traject) throw new LeesFout('SIGNAAL_ONBEKEND', 'Dit signaal bestaat niet.');
    const dienstIds = traject.doorsturingen.map((d) => d.dienstId);
    if (!magZien(gebruiker, { raadId: traject.raadId, dienstIds }, this.reference)) {
      throw new AuthFout('GEEN_TOEGANG', 'Dit signaal valt niet onder jouw bevoegdheid.');
    }
    // raden and diensten see roles and organisations, not who (issue 10)
    const hops = traject.hops.map((hop) => ({
      ...hop,
      actor: toonActor(
        hop.actor,
        { raadId: traject.raadId, dienstId: hop.gegevens.dienstId },
        gebruiker,
        this.reference,
      ),
    }));
    return { ...traject, hops };
  }
}

@ApiTags('signalen')
@ApiBearerAuth()
@Controller('signalen/:id/traject')
export class TrajectController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: 'Elke stap van het signaal in volgorde, met actor, tijd en duur; wie het nu heeft',
  })
  traject(@Param('id', UuidPipe) id: string, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.queries.execute(new GeefTraject(id, gebruiker));
  }
}
