import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTIES,
  BESLUITEN,
  BIJLAGE_TYPES,
  BRONNEN,
  type Actor,
  type Bijlage,
  lopendeTermijnen,
  mogelijkeActies,
  termijnSleutel,
  type TermijnBeleid,
} from '@signaalspoor/domain';
import { stateOf, type DoorsturingView, type SignaalView } from '../../signalen/signaal-view';
import { openDiensten } from '../../signalen/traject';
import { STATUSSEN } from '../signalen-lijst/signalen-lijst.dto';

export const BAL_BIJ = ['wijkmanager', 'raad', 'dienst', 'niemand'] as const;
export const DOORSTURING_STATUSSEN = ['doorgestuurd', 'opgepakt', 'beantwoord', 'teruggestuurd'] as const;

export class LocatieDto {
  @ApiPropertyOptional() omschrijving?: string;
  @ApiPropertyOptional() lat?: number;
  @ApiPropertyOptional() lon?: number;
}

export class CoordinatenDto {
  @ApiProperty({ description: 'breedtegraad (WGS84)', example: 50.9307 }) lat!: number;
  @ApiProperty({ description: 'lengtegraad (WGS84)', example: 5.3378 }) lon!: number;
}

export class BijlageDoorDto {
  @ApiProperty({ enum: ['raad', 'wijkmanager', 'dienst'] }) rol!: string;
  @ApiPropertyOptional({ description: 'voor rol dienst: welke dienst' }) dienstId?: string;
}

/** An attachment as every reader of the signaal sees it; the bytes at GET /api/signalen/{id}/bijlagen/{id}. */
export class BijlageDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'de bestandsnaam zoals opgegeven' }) naam!: string;
  @ApiProperty({ enum: BIJLAGE_TYPES, description: 'zoals beoordeeld op de inhoud' }) type!: string;
  @ApiProperty({ description: 'bytes zoals bewaard (foto’s: na herencodering)' }) grootte!: number;
  @ApiProperty({ description: 'SHA-256 (hex) van de bewaarde bytes' }) sha256!: string;
  @ApiProperty({ type: BijlageDoorDto, description: 'wie ze toevoegde' }) door!: BijlageDoorDto;
  @ApiProperty({ format: 'date-time' }) toegevoegdOp!: string;
  @ApiProperty({ description: 'of er een miniatuur is (?formaat=miniatuur; foto’s)' }) miniatuur!: boolean;
}

export const bijlageDto = (bijlage: Bijlage): BijlageDto => ({
  id: bijlage.id,
  naam: bijlage.naam,
  type: bijlage.type,
  grootte: bijlage.grootte,
  sha256: bijlage.sha256,
  door: bijlage.door,
  toegevoegdOp: bijlage.toegevoegdOp,
  miniatuur: bijlage.type.startsWith('image/'),
});

export class OpenVraagDto {
  @ApiProperty() vraag!: string;
  @ApiProperty({ format: 'date-time' }) gevraagdOp!: string;
}

export class DoorsturingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'id uit GET /api/diensten' }) dienstId!: string;
  @ApiProperty({ enum: DOORSTURING_STATUSSEN }) status!: string;
  @ApiPropertyOptional() toelichting?: string;
  @ApiProperty({ format: 'date-time' }) doorgestuurdOp!: string;
  @ApiPropertyOptional({ format: 'date-time' }) opgepaktOp?: string;
  @ApiPropertyOptional({ format: 'date-time' }) beantwoordOp?: string;
  @ApiPropertyOptional({ enum: BESLUITEN }) besluit?: string;
  @ApiPropertyOptional() antwoord?: string;
  @ApiPropertyOptional({ format: 'date' }) verwachteDatum?: string;
  @ApiPropertyOptional({ format: 'date-time' }) teruggestuurdOp?: string;
  @ApiPropertyOptional() reden?: string;
}

export class TerugkoppelingDto {
  @ApiProperty() boodschap!: string;
  @ApiProperty() definitief!: boolean;
  @ApiProperty({ format: 'date-time' }) op!: string;
}

export class AfgeschermdDto {
  @ApiProperty({ description: 'waarom de wijkmanager het van de publieke pagina haalde' }) reden!: string;
  @ApiProperty({ format: 'date-time' }) op!: string;
}

export class TermijnDto {
  @ApiProperty({ enum: ['ontvangst', 'antwoord-dienst', 'terugkoppeling'] }) soort!: string;
  @ApiProperty({ format: 'date-time', description: 'het moment waarop de termijn verstrijkt' })
  uiterlijk!: string;
  @ApiProperty({ description: 'verstreken (of als overschreden gemeld)' }) overschreden!: boolean;
  @ApiPropertyOptional({ format: 'uuid', description: 'voor antwoord-dienst: de doorsturing' })
  doorsturingId?: string;
  @ApiPropertyOptional({ description: 'voor antwoord-dienst: de dienst' }) dienstId?: string;
}

/** The deadlines that run for a signaal now (working days of the city's calendar), passed or not. */
export function termijnenVan(view: SignaalView, beleid: TermijnBeleid, nu: number): TermijnDto[] {
  const state = stateOf(view);
  return lopendeTermijnen(state, beleid).map(({ termijn, uiterlijk, doorsturingId }) => ({
    soort: termijn,
    uiterlijk,
    overschreden:
      nu >= Date.parse(uiterlijk) ||
      state.overschredenTermijnen.includes(termijnSleutel(termijn, doorsturingId)),
    ...(doorsturingId !== undefined && {
      doorsturingId,
      dienstId: view.doorsturingen.find((d) => d.id === doorsturingId)?.dienstId,
    }),
  }));
}

/** The running deadline that passes first, if any: what a list shows next to a signaal. */
export function volgendeTermijn(
  view: SignaalView,
  beleid: TermijnBeleid,
  nu: number,
): TermijnDto | undefined {
  return termijnenVan(view, beleid, nu).sort((a, b) => a.uiterlijk.localeCompare(b.uiterlijk))[0];
}

/** Shared by the detail and the list items. */
export class SignaalKernDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() raadId!: string;
  @ApiProperty() titel!: string;
  @ApiProperty() omschrijving!: string;
  @ApiPropertyOptional({ type: LocatieDto }) locatie?: LocatieDto;
  @ApiProperty() thema!: string;
  @ApiProperty({ enum: BRONNEN }) bron!: string;
  @ApiProperty({ enum: STATUSSEN }) status!: string;
  @ApiProperty({ format: 'date-time' }) ingediendOp!: string;
  @ApiProperty({ format: 'date-time', description: 'tijdstip van de laatste gebeurtenis' })
  gewijzigdOp!: string;
  @ApiProperty({ enum: BAL_BIJ, description: 'wie aan zet is' }) balBij!: string;
  @ApiProperty({ type: [String], description: 'de diensten met een open doorsturing (aan zet)' })
  openDiensten!: string[];
  @ApiProperty({ type: [String], description: 'elke dienst waarnaar het ooit werd doorgestuurd' })
  diensten!: string[];
  @ApiProperty({
    type: [String],
    description: 'gemelde overschreden termijnen, bv. `ontvangst`, `antwoord-dienst:<doorsturing>`',
  })
  overschredenTermijnen!: string[];
  @ApiProperty({ description: 'revisie van de stroom van het signaal (ook de ETag)' }) revision!: number;
  @ApiProperty({ description: 'positie in het logboek van de laatste gebeurtenis' }) positie!: number;
  @ApiPropertyOptional({ type: CoordinatenDto, description: 'het punt op de kaart (WGS84), indien gekozen' })
  coordinaten?: CoordinatenDto;
}

export class SignaalLijstItemDto extends SignaalKernDto {
  @ApiPropertyOptional({ type: TermijnDto, description: 'de lopende termijn die het eerst verstrijkt' })
  volgendeTermijn?: TermijnDto;
}

export class SignaalDto extends SignaalKernDto {
  @ApiPropertyOptional({ type: OpenVraagDto }) openVraag?: OpenVraagDto;
  @ApiProperty({ type: [DoorsturingDto] }) doorsturingen!: DoorsturingDto[];
  @ApiProperty({ type: [TerugkoppelingDto] }) terugkoppelingen!: TerugkoppelingDto[];
  @ApiPropertyOptional({ format: 'date-time' }) definitiefTeruggekoppeldOp?: string;
  @ApiProperty() heropend!: boolean;
  @ApiPropertyOptional({ format: 'date-time' }) afgeslotenOp?: string;
  @ApiPropertyOptional({ format: 'date-time' }) ingetrokkenOp?: string;
  @ApiProperty({ description: 'bewoners zien het op de publieke pagina van de raad' }) openbaar!: boolean;
  @ApiPropertyOptional({
    type: AfgeschermdDto,
    description: 'de wijkmanager haalde het van de publieke pagina; alleen de wijkmanager zet het terug',
  })
  afgeschermd?: AfgeschermdDto;
  @ApiProperty({ type: [BijlageDto], description: 'foto’s en PDF’s, in de volgorde van toevoegen' })
  bijlagen!: BijlageDto[];
}

/** Something the reader may do on the signaal now: a command of the API, named as in the domain. */
export class ActieDto {
  @ApiProperty({ enum: ACTIES, description: 'het command, zoals het domein het noemt' }) actie!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'voor een actie van een dienst: op welke doorsturing' })
  doorsturingId?: string;
}

export class SignaalDetailDto extends SignaalDto {
  @ApiProperty({ type: [TermijnDto], description: 'de lopende termijnen (leeg als het afgerond is)' })
  termijnen!: TermijnDto[];
  @ApiProperty({
    type: [ActieDto],
    description:
      'wat de vragende gebruiker nu met het signaal kan doen, volgens de regels van het domein (die de commands ook toepassen); een dienst per doorsturing',
  })
  acties!: ActieDto[];
}

/** What the reader may do on the signaal now: the domain's rules on the state the view was folded from. */
export const actiesVan = (view: SignaalView, actor: Actor): ActieDto[] =>
  mogelijkeActies(stateOf(view), actor);

export function signaalKern(view: SignaalView): SignaalKernDto {
  return {
    id: view.id,
    raadId: view.raadId,
    titel: view.titel,
    omschrijving: view.omschrijving,
    ...(view.locatie && { locatie: view.locatie }),
    thema: view.thema,
    bron: view.bron,
    status: view.status,
    ingediendOp: view.ingediendOp,
    gewijzigdOp: view.gewijzigdOp,
    balBij: view.bal.bij,
    openDiensten: openDiensten(view.bal),
    diensten: [...new Set(view.doorsturingen.map((d) => d.dienstId))],
    overschredenTermijnen: view.overschredenTermijnen,
    revision: view.revision,
    positie: view.positie,
    ...(view.coordinaten && { coordinaten: view.coordinaten }),
  };
}

export function signaalDto(view: SignaalView): SignaalDto {
  return {
    ...signaalKern(view),
    ...(view.openVraag && { openVraag: view.openVraag }),
    doorsturingen: view.doorsturingen.map(doorsturingDto),
    terugkoppelingen: view.terugkoppelingen.map(({ boodschap, definitief, op }) => ({
      boodschap,
      definitief,
      op,
    })),
    ...(view.definitiefTeruggekoppeldOp && { definitiefTeruggekoppeldOp: view.definitiefTeruggekoppeldOp }),
    heropend: view.heropend,
    ...(view.afgeslotenOp && { afgeslotenOp: view.afgeslotenOp }),
    ...(view.ingetrokkenOp && { ingetrokkenOp: view.ingetrokkenOp }),
    openbaar: view.openbaar === true,
    ...(view.afgeschermd && { afgeschermd: view.afgeschermd }),
    bijlagen: (view.bijlagen ?? []).map(bijlageDto),
  };
}

const doorsturingDto = (d: DoorsturingView): DoorsturingDto => ({
  id: d.id,
  dienstId: d.dienstId,
  status: d.status,
  ...(d.toelichting !== undefined && { toelichting: d.toelichting }),
  doorgestuurdOp: d.doorgestuurdOp,
  ...(d.opgepaktOp && { opgepaktOp: d.opgepaktOp }),
  ...(d.beantwoordOp && { beantwoordOp: d.beantwoordOp }),
  ...(d.besluit && { besluit: d.besluit }),
  ...(d.antwoord !== undefined && { antwoord: d.antwoord }),
  ...(d.verwachteDatum && { verwachteDatum: d.verwachteDatum }),
  ...(d.teruggestuurdOp && { teruggestuurdOp: d.teruggestuurdOp }),
  ...(d.reden !== undefined && { reden: d.reden }),
});
