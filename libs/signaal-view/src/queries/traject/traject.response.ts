import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DOORSTURING_STATUSSEN, BAL_BIJ } from '../signaal/signaal.response';
import { STATUSSEN } from '../signalen-lijst/signalen-lijst.dto';
import type { SignaalView, TrajectHop } from '../../signalen/signaal-view';
import type { Namen } from '@signaalspoor/reference-data';
import { doorsturingDuur, houderVan, openDiensten } from '../../signalen/traject';

export class ActorDto {
  @ApiProperty({ example: 'wijkmanager' }) rol!: string;
  @ApiPropertyOptional({ example: 'Wijkmanager Oost', description: 'de organisatie of rol die handelde' })
  naam?: string;
  @ApiPropertyOptional({
    example: 'wm-oost',
    description: 'wie handelde: alleen voor de wijkmanager, auditors en beheerders',
  })
  id?: string;
}

export class HopDto {
  @ApiProperty({ description: 'positie in het logboek' }) positie!: number;
  @ApiProperty({ description: 'revisie in de stroom van het signaal' }) revision!: number;
  @ApiProperty({ example: 'DoorgestuurdNaarDienst' }) type!: string;
  @ApiProperty({ type: ActorDto }) actor!: ActorDto;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'ms sinds de vorige stap; null voor de eerste' })
  duurMs!: number | null;
  @ApiProperty({ enum: BAL_BIJ, description: 'wie aan zet is na deze stap' }) balBij!: string;
  @ApiProperty({ type: [String] }) openDiensten!: string[];
  @ApiProperty({ type: Object, description: 'de gegevens van de gebeurtenis, zonder persoonsgegevens' })
  gegevens!: Record<string, unknown>;
}

export class HouderDienstDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'Dienst Mobiliteit' }) naam!: string;
  @ApiProperty({ description: 'of de dienst de doorsturing oppakte' }) opgepakt!: boolean;
}

export class HouderDto {
  @ApiProperty({ enum: BAL_BIJ }) rol!: string;
  @ApiPropertyOptional({ description: 'de raad of de wijkmanager die het heeft' }) id?: string;
  @ApiPropertyOptional() naam?: string;
  @ApiPropertyOptional({ type: [HouderDienstDto] }) diensten?: HouderDienstDto[];
  @ApiProperty() omschrijving!: string;
  @ApiProperty({ format: 'date-time' }) sinds!: string;
}

export class DoorsturingDuurDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() dienstId!: string;
  @ApiProperty({ enum: DOORSTURING_STATUSSEN }) status!: string;
  @ApiProperty({ format: 'date-time' }) doorgestuurdOp!: string;
  @ApiPropertyOptional({ format: 'date-time' }) opgepaktOp?: string;
  @ApiPropertyOptional({ format: 'date-time' }) afgehandeldOp?: string;
  @ApiProperty({ type: Number, nullable: true }) totOppakkenMs!: number | null;
  @ApiProperty({ type: Number, nullable: true }) totAntwoordMs!: number | null;
}

export class KoppelingRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() titel!: string;
}

export class TrajectDto {
  @ApiProperty({ format: 'uuid' }) signaalId!: string;
  @ApiProperty() raadId!: string;
  @ApiProperty({ enum: STATUSSEN }) status!: string;
  @ApiProperty({ type: [HopDto] }) hops!: HopDto[];
  @ApiProperty({ enum: BAL_BIJ }) balBij!: string;
  @ApiProperty({ type: [String] }) openDiensten!: string[];
  @ApiProperty({ type: HouderDto }) houder!: HouderDto;
  @ApiProperty({ type: [DoorsturingDuurDto] }) doorsturingen!: DoorsturingDuurDto[];
  @ApiProperty() revision!: number;
  @ApiPropertyOptional({ type: KoppelingRefDto, description: 'het hoofdsignaal van dit duplicaat' })
  duplicaatVan?: KoppelingRefDto;
  @ApiPropertyOptional({ type: [KoppelingRefDto], description: 'de duplicaten van dit signaal' })
  duplicaten?: KoppelingRefDto[];
}

export function trajectDto(view: SignaalView, hops: TrajectHop[], namen: Namen): TrajectDto {
  return {
    signaalId: view.id,
    raadId: view.raadId,
    status: view.status,
    hops: hops.map(hopDto),
    balBij: view.bal.bij,
    openDiensten: openDiensten(view.bal),
    houder: houderVan(view, hops, namen),
    doorsturingen: view.doorsturingen.map(doorsturingDuur),
    revision: view.revision,
  };
}

const hopDto = (hop: TrajectHop): HopDto => ({
  positie: hop.positie,
  revision: hop.revision,
  type: hop.type,
  // who acted as recorded; the query shows each viewer what they may see (libs/privacy)
  actor: { rol: hop.actor.rol, id: hop.actor.id },
  at: hop.at,
  duurMs: hop.duurMs,
  balBij: hop.bal.bij,
  openDiensten: openDiensten(hop.bal),
  gegevens: hop.gegevens,
});
