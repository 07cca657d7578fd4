import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReferenceData } from '@signaalspoor/reference-data';
import { toonActor } from '@signaalspoor/privacy';
import { Leesmodel } from '../leesmodel';
import type { Gelezen } from '../lezen';
import { trajectDto, TrajectDto } from './traject.response';
import { SignaalVraag, signaalVraagController } from '../signaal-vraag';

export class GeefTraject extends SignaalVraag {}

@QueryHandler(GeefTraject)
export class GeefTrajectHandler implements IQueryHandler<GeefTraject> {
  constructor(
    private readonly leesmodel: Leesmodel,
    private readonly reference: ReferenceData,
  ) {}

  async execute({ signaalId, gebruiker, positie }: GeefTraject): Promise<Gelezen<TrajectDto>> {
    // the links of duplicates, both ways (the main signaal of a duplicate, the duplicates of a main
    // one), read in the same statement as the view and its hops
    const gelezen = await this.leesmodel.zichtbaarMetKoppelingen(signaalId, positie, gebruiker);
    const { view, hops, koppelingen } = gelezen.body;
    const { duplicaatVan, duplicaten } = koppelingen;
    const traject = trajectDto(view, hops, this.leesmodel.namen);
    // raden and diensten see roles and organisations, not who acted (issue 10)
    const getoond = traject.hops.map((hop, i) => ({
      ...hop,
      actor: toonActor(
        hops[i].actor,
        { raadId: view.raadId, dienstId: hop.gegevens.dienstId },
        gebruiker,
        this.reference,
      ),
    }));
    return {
      ...gelezen,
      body: {
        ...traject,
        hops: getoond,
        ...(duplicaatVan && { duplicaatVan: { id: duplicaatVan.id, titel: duplicaatVan.titel } }),
        duplicaten: duplicaten.map(({ id, titel }) => ({ id, titel })),
      },
    };
  }
}

export const TrajectController = signaalVraagController('traject', GeefTraject, {
  pad: 'signalen/:id/traject',
  summary: 'Elke stap van het signaal in volgorde, met actor, tijd en duur; wie het nu heeft',
  type: TrajectDto,
});
