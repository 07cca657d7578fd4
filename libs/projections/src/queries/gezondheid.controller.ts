import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Publiek } from '@signaalspoor/auth';
import { Leesmodel } from './leesmodel';

@ApiTags('beheer')
@Controller('gezondheid')
export class GezondheidController {
  constructor(private readonly leesmodel: Leesmodel) {}

  @Get()
  @Publiek()
  @ApiOperation({ summary: 'Status en achterstand (lag) van de projecties' })
  async gezondheid() {
    return { status: 'ok', projecties: [await this.leesmodel.signalen.status()] };
  }
}
