import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BESLUITEN } from '@signaalspoor/domain';
import { Leesmodel } from '../leesmodel';
import type { Gelezen } from '../lezen';
import { TerugkoppelingDto } from '../signaal/signaal.response';
import { SignaalVraag, signaalVraagController } from '../signaal-vraag';

export class KoppelingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() raadId!: string;
  @ApiProperty() titel!: string;
  @ApiProperty() reden!: string;
  @ApiProperty({ format: 'date-time' }) gekoppeldOp!: string;
}

export class HoofdAntwoordDto {
  @ApiProperty() dienstId!: string;
  @ApiProperty({ enum: BESLUITEN }) besluit!: string;
  @ApiProperty() antwoord!: string;
  @ApiProperty({ format: 'date-time' }) beantwoordOp!: string;
  @ApiPropertyOptional({ format: 'date' }) verwachteDatum?: string;
}

/** The main signaal as its duplicates see it: its answers and its feedback to its raad. */
export class HoofdsignaalDto extends KoppelingDto {
  @ApiProperty() status!: string;
  @ApiProperty({ type: [HoofdAntwoordDto] }) antwoorden!: HoofdAntwoordDto[];
  @ApiProperty({ type: [TerugkoppelingDto] }) terugkoppelingen!: TerugkoppelingDto[];
}

export class DuplicatenDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiPropertyOptional({ type: HoofdsignaalDto, description: 'het hoofdsignaal, als dit een duplicaat is' })
  duplicaatVan?: HoofdsignaalDto;
  @ApiProperty({ type: [KoppelingDto], description: 'de duplicaten van dit signaal' })
  duplicaten!: KoppelingDto[];
}

export class GeefDuplicaten extends SignaalVraag {}

@QueryHandler(GeefDuplicaten)
export class GeefDuplicatenHandler implements IQueryHandler<GeefDuplicaten> {
  constructor(private readonly leesmodel: Leesmodel) {}

  async execute({ signaalId, gebruiker, positie }: GeefDuplicaten): Promise<Gelezen<DuplicatenDto>> {
    // with X-Positie: read once the signaal's own events up to it are in the read model
    // a raad sees its own duplicates of a main signaal, not those of other raden
    const gelezen = await this.leesmodel.zichtbaarMetKoppelingen(signaalId, positie, gebruiker);
    return { body: { id: signaalId, ...gelezen.body.koppelingen }, positie: gelezen.positie };
  }
}

export const DuplicatenController = signaalVraagController('duplicaten', GeefDuplicaten, {
  pad: 'signalen/:id/duplicaten',
  summary:
    'Het hoofdsignaal van een duplicaat met zijn antwoorden en terugkoppelingen, en de duplicaten van een signaal',
  type: DuplicatenDto,
});
