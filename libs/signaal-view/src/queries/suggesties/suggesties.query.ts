import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { ReferenceData } from '@signaalspoor/reference-data';
import { suggesties } from '../../signalen/suggesties';
import { Leesmodel } from '../leesmodel';
import type { Gelezen } from '../lezen';
import { SignaalVraag, signaalVraagController } from '../signaal-vraag';

/** The suggestions learn from at most this many routed signalen, the newest (a year or two of a city). */
export const MAX_KANDIDATEN = 5_000;

export class DienstSuggestieDto {
  @ApiProperty() dienstId!: string;
  @ApiProperty({
    minimum: 0,
    maximum: 1,
    description: 'hoe sterk de suggestie is (0 tot 1; 0: de dienst vult de lijst enkel aan)',
  })
  score!: number;
  @ApiProperty({
    example:
      '3 van de 4 gelijkaardige signalen over "oversteekplaats" werden beantwoord door Dienst Mobiliteit.',
  })
  reden!: string;
}

export class DuplicaatSuggestieDto {
  @ApiProperty({ format: 'uuid' }) signaalId!: string;
  @ApiProperty() titel!: string;
  @ApiProperty({ minimum: 0, maximum: 1 }) score!: number;
  @ApiProperty({
    example: 'Zelfde thema (Verkeersveiligheid); 60 m verder; gemeenschappelijke woorden: "oversteekplaats".',
  })
  reden!: string;
}

export class SuggestiesDto {
  @ApiProperty({
    type: [DienstSuggestieDto],
    description: 'diensten die gelijkaardige signalen beantwoordden, sterkste eerst',
  })
  diensten!: DienstSuggestieDto[];
  @ApiProperty({
    type: [DuplicaatSuggestieDto],
    description: 'open signalen van de raden van de wijkmanager die hierop lijken',
  })
  duplicaten!: DuplicaatSuggestieDto[];
}

export class GeefSuggesties extends SignaalVraag {}

@QueryHandler(GeefSuggesties)
export class GeefSuggestiesHandler implements IQueryHandler<GeefSuggesties> {
  constructor(
    private readonly leesmodel: Leesmodel,
    private readonly reference: ReferenceData,
  ) {}

  async execute({ signaalId, gebruiker, positie }: GeefSuggesties): Promise<Gelezen<SuggestiesDto>> {
    const { view } = (await this.leesmodel.zichtbaar(signaalId, positie, gebruiker)).body;
    const raden = this.reference.radenVan(gebruiker.sub);
    const kandidaten = await this.leesmodel.lijst(positie, () =>
      this.leesmodel.views.vergelijkbare(raden, MAX_KANDIDATEN),
    );
    const namen = {
      dienst: this.leesmodel.namen.dienst,
      thema: (id: string) => this.reference.thema(id)?.naam ?? id,
      diensten: this.reference.set.diensten.map((d) => d.id),
    };
    return { body: suggesties(view, kandidaten.body, raden, namen), positie: kandidaten.positie };
  }
}

export const SuggestiesController = signaalVraagController('suggesties', GeefSuggesties, {
  pad: 'signalen/:id/suggesties',
  summary:
    'Welke diensten gelijkaardige signalen beantwoordden en welke open signalen op dit signaal lijken, elk met een reden',
  type: SuggestiesDto,
  rollen: ['wijkmanager'],
});
