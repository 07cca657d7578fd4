import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { HuidigeGebruiker, Rollen, type Gebruiker } from '@signaalspoor/auth';
import { Verzoek, type RequestContext } from '@signaalspoor/http';
import { VergeetDto } from './vergeet.dto';
import { Vergeet } from './vergeet.handler';

class VergetenDto {
  @ApiProperty({ enum: [true] }) vergeten!: true;
  @ApiProperty({ description: 'positie van het event PersoonVergeten' }) positie!: number;
}

@ApiTags('beheer')
@ApiBearerAuth()
@Controller('privacy/vergeet')
export class VergeetController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @Rollen('beheerder')
  @ApiOperation({
    summary:
      'Vernietigt de sleutel van een persoon: naam en e-mail worden overal onleesbaar ("vergeten"); traject, cijfers en hashketen blijven',
  })
  @ApiOkResponse({ type: VergetenDto })
  vergeet(
    @Body() body: VergeetDto,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Verzoek() verzoek: RequestContext,
  ): Promise<VergetenDto> {
    return this.commands.execute(new Vergeet(body.email, gebruiker, verzoek));
  }
}
