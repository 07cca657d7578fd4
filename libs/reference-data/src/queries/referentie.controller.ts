import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Dienst, Raad, ReferenceData, Thema, Wijkmanager } from '../reference-data';

class Lijst {
  @ApiProperty({ description: 'de demodata (geen echte raden en diensten)' }) demo!: boolean;
}
class RadenDto extends Lijst {
  @ApiProperty({ type: [Raad] }) items!: Raad[];
}
class DienstenDto extends Lijst {
  @ApiProperty({ type: [Dienst] }) items!: Dienst[];
}
class ThemasDto extends Lijst {
  @ApiProperty({ type: [Thema] }) items!: Thema[];
}
class WijkmanagersDto extends Lijst {
  @ApiProperty({ type: [Wijkmanager] }) items!: Wijkmanager[];
}

/** Reference data for every signed-in user: small, read from memory. */
@ApiTags('referentie')
@ApiBearerAuth()
@Controller()
export class ReferentieController {
  constructor(private readonly reference: ReferenceData) {}

  @Get('raden')
  @ApiOkResponse({ type: RadenDto })
  @ApiOperation({ summary: 'Erkende dorps- en wijkraden, elk met zijn wijkmanager' })
  raden(): RadenDto {
    return { items: this.reference.set.raden, demo: this.reference.set.demo };
  }

  @Get('diensten')
  @ApiOkResponse({ type: DienstenDto })
  @ApiOperation({ summary: 'Stadsdiensten en externe beleidsniveaus' })
  diensten(): DienstenDto {
    return { items: this.reference.set.diensten, demo: this.reference.set.demo };
  }

  @Get('themas')
  @ApiOkResponse({ type: ThemasDto })
  @ApiOperation({ summary: "Thema's" })
  themas(): ThemasDto {
    return { items: this.reference.set.themas, demo: this.reference.set.demo };
  }

  @Get('wijkmanagers')
  @ApiOkResponse({ type: WijkmanagersDto })
  @ApiOperation({ summary: 'Wijkmanagers' })
  wijkmanagers(): WijkmanagersDto {
    return { items: this.reference.set.wijkmanagers, demo: this.reference.set.demo };
  }
}
