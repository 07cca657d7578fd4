import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BESLUITEN, type SignaalStatus } from '@signaalspoor/domain';
import type { ReferenceData } from '@signaalspoor/reference-data';
import type { PubliekSignaal } from '@signaalspoor/signaal-view';

// What residents may see of a public signaal: a whitelist of the view's fields, never a person (no
// actor, no `persoon`, no user id), never internal notes (the wijkmanager's toelichting, a dienst's
// reason to send it back, a question for clarification, the reason of a withdrawal).

export const STATUS_NAMEN: Record<SignaalStatus, string> = {
  ingediend: 'Ingediend',
  'verduidelijking-gevraagd': 'Verduidelijking gevraagd aan de raad',
  'in-behandeling': 'In behandeling bij een dienst',
  beantwoord: 'Beantwoord door een dienst',
  heropend: 'Heropend door de raad',
  teruggekoppeld: 'Teruggekoppeld aan de raad',
  duplicaat: 'Samengevoegd met een ander signaal',
  afgesloten: 'Afgesloten',
  ingetrokken: 'Ingetrokken door de raad',
};

export const BESLUIT_NAMEN: Record<(typeof BESLUITEN)[number], string> = {
  uitgevoerd: 'Uitgevoerd',
  ingepland: 'Ingepland',
  'in-onderzoek': 'In onderzoek',
  'niet-weerhouden': 'Niet weerhouden',
};

/** The hops residents see, in Dutch; other events (publishing, deadlines) are not shown. */
export const STAP_NAMEN: Record<string, string> = {
  SignaalIngediend: 'De raad diende het signaal in',
  VerduidelijkingGevraagd: 'De stad vroeg de raad om verduidelijking',
  VerduidelijkingGegeven: 'De raad gaf verduidelijking',
  DoorgestuurdNaarDienst: 'Doorgestuurd naar een dienst',
  OpgepaktDoorDienst: 'Opgepakt door de dienst',
  BeantwoordDoorDienst: 'Beantwoord door de dienst',
  TeruggestuurdDoorDienst: 'Teruggestuurd door de dienst (niet bevoegd)',
  TeruggekoppeldAanRaad: 'Terugkoppeling aan de raad',
  SignaalHeropend: 'Heropend door de raad',
  SignaalAfgesloten: 'Afgesloten',
  SignaalIngetrokken: 'Ingetrokken door de raad',
  GekoppeldAlsDuplicaat: 'Samengevoegd met een ander signaal',
  DuplicaatOntkoppeld: 'Weer los van het andere signaal',
};

export class PubliekeStapDto {
  @ApiProperty({ description: 'het soort gebeurtenis', example: 'DoorgestuurdNaarDienst' }) type!: string;
  @ApiProperty({ example: 'Doorgestuurd naar een dienst' }) omschrijving!: string;
  @ApiProperty({ format: 'date-time' }) op!: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'tijd sinds de vorige stap (ms); null voor de eerste',
  })
  duurMs!: number | null;
}

export class PubliekAntwoordDto {
  @ApiProperty({ description: 'naam van de dienst' }) dienst!: string;
  @ApiProperty({ enum: BESLUITEN }) besluit!: string;
  @ApiProperty() besluitNaam!: string;
  @ApiProperty() antwoord!: string;
  @ApiProperty({ format: 'date-time' }) op!: string;
  @ApiPropertyOptional({ format: 'date' }) verwachteDatum?: string;
}

export class PubliekeTerugkoppelingDto {
  @ApiProperty() boodschap!: string;
  @ApiProperty() definitief!: boolean;
  @ApiProperty({ format: 'date-time' }) op!: string;
}

export class PubliekeLocatieDto {
  @ApiPropertyOptional() omschrijving?: string;
  @ApiPropertyOptional() lat?: number;
  @ApiPropertyOptional() lon?: number;
}

export class PubliekSignaalDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() raadId!: string;
  @ApiProperty() raad!: string;
  @ApiProperty() titel!: string;
  @ApiProperty() omschrijving!: string;
  @ApiProperty({ description: 'id uit GET /api/themas' }) thema!: string;
  @ApiProperty() themaNaam!: string;
  @ApiProperty() status!: string;
  @ApiProperty() statusNaam!: string;
  @ApiProperty({ description: 'afgesloten of ingetrokken' }) gesloten!: boolean;
  @ApiProperty({ format: 'date-time' }) ingediendOp!: string;
  @ApiProperty({ format: 'date-time', description: 'tijdstip van de laatste getoonde stap' })
  gewijzigdOp!: string;
  @ApiPropertyOptional({ type: PubliekeLocatieDto }) locatie?: PubliekeLocatieDto;
  @ApiProperty({ type: [PubliekeStapDto] }) stappen!: PubliekeStapDto[];
  @ApiProperty({ type: [PubliekAntwoordDto] }) antwoorden!: PubliekAntwoordDto[];
  @ApiProperty({ type: [PubliekeTerugkoppelingDto] }) terugkoppelingen!: PubliekeTerugkoppelingDto[];
}

const GESLOTEN: readonly string[] = ['afgesloten', 'ingetrokken'];

/** A public signaal as residents see it (JSON, page, feed and Open311 all start from this). */
export function publiekSignaal({ view, hops }: PubliekSignaal, reference: ReferenceData): PubliekSignaalDto {
  const getoond = hops.filter((hop) => hop.type in STAP_NAMEN);
  const stappen = getoond.map((hop, i) => ({
    type: hop.type,
    omschrijving: STAP_NAMEN[hop.type]!,
    op: hop.at,
    duurMs: i === 0 ? null : Date.parse(hop.at) - Date.parse(getoond[i - 1]!.at),
  }));
  // the point chosen on the map (coordinaten), else the one an older locatie carried
  const punt = view.coordinaten ?? (view.locatie?.lat !== undefined ? view.locatie : undefined);
  const locatie = (view.locatie || punt) && {
    ...(view.locatie?.omschrijving !== undefined && { omschrijving: view.locatie.omschrijving }),
    ...(punt?.lat !== undefined && { lat: punt.lat }),
    ...(punt?.lon !== undefined && { lon: punt.lon }),
  };
  return {
    id: view.id,
    raadId: view.raadId,
    raad: reference.raad(view.raadId)?.naam ?? view.raadId,
    titel: view.titel,
    omschrijving: view.omschrijving,
    thema: view.thema,
    themaNaam: reference.thema(view.thema)?.naam ?? view.thema,
    status: view.status,
    statusNaam: STATUS_NAMEN[view.status],
    gesloten: GESLOTEN.includes(view.status),
    ingediendOp: view.ingediendOp,
    gewijzigdOp: stappen.at(-1)?.op ?? view.ingediendOp,
    ...(locatie && Object.keys(locatie).length > 0 && { locatie }),
    stappen,
    antwoorden: view.doorsturingen.flatMap((d) =>
      d.besluit && d.antwoord !== undefined && d.beantwoordOp
        ? [
            {
              dienst: reference.dienst(d.dienstId)?.naam ?? d.dienstId,
              besluit: d.besluit,
              besluitNaam: BESLUIT_NAMEN[d.besluit],
              antwoord: d.antwoord,
              op: d.beantwoordOp,
              ...(d.verwachteDatum && { verwachteDatum: d.verwachteDatum }),
            },
          ]
        : [],
    ),
    terugkoppelingen: view.terugkoppelingen.map(({ boodschap, definitief, op }) => ({
      boodschap,
      definitief,
      op,
    })),
  };
}
