import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Rollen } from '@signaalspoor/auth';
import { Leesmodel } from '../leesmodel';

export class HerbouwSignalen {}

/** Rebuilds the signalen read model from position zero of the event store; answers when it caught up. */
@CommandHandler(HerbouwSignalen)
export class HerbouwSignalenHandler implements ICommandHandler<HerbouwSignalen> {
  constructor(private readonly leesmodel: Leesmodel) {}

  async execute() {
    return this.leesmodel.herbouw();
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
  herbouwen() {
    return this.commands.execute(new HerbouwSignalen());
  }
}
