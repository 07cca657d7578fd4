import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Rollen } from '@signaalspoor/auth';
import { Leesmodel } from '../leesmodel';

export class ProjectieStatusDto {
  @ApiProperty({ example: 'signalen' }) name!: string;
  @ApiProperty({ enum: ['catching-up', 'live', 'failing', 'stopped', 'following-bus', 'halted'] })
  state!: string;
  @ApiProperty({ description: 'tot hier is elke gebeurtenis toegepast' }) positie!: number;
  @ApiPropertyOptional({ description: 'de kop van het logboek' }) head?: number;
  @ApiPropertyOptional({ description: 'head − positie' }) lag?: number;
  @ApiPropertyOptional({ description: 'waarom de projectie faalt of stilstaat' }) lastError?: string;
}

export class HerbouwSignalen {}

/** Rebuilds the signalen read model from position zero of the event store; answers when it caught up. */
@CommandHandler(HerbouwSignalen)
export class HerbouwSignalenHandler implements ICommandHandler<HerbouwSignalen> {
  constructor(private readonly leesmodel: Leesmodel) {}

  async execute(): Promise<ProjectieStatusDto> {
    const { position, ...status } = await this.leesmodel.herbouw();
    return { ...status, positie: position };
  }
}

@ApiTags('beheer')
@ApiBearerAuth()
@Controller('beheer/projecties/signalen/herbouwen')
export class HerbouwenController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @Rollen('beheerder')
  @ApiOperation({ summary: 'Herbouwt het leesmodel van de signalen vanaf positie nul uit het logboek' })
  @ApiOkResponse({ type: ProjectieStatusDto })
  herbouwen(): Promise<ProjectieStatusDto> {
    return this.commands.execute(new HerbouwSignalen());
  }
}
