import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReferenceData } from '../reference-data';

/** Reference data for every signed-in user: small, read from memory. */
@ApiTags('referentie')
@ApiBearerAuth()
@Controller()
export class ReferentieController {
  constructor(private readonly reference: ReferenceData) {}

  @Get('raden')
  @ApiOperation({ summary: 'Erkende dorps- en wijkraden, elk met zijn wijkmanager' })
  raden() {
    return { items: this.reference.set.raden, demo: this.reference.set.demo };
  }

  @Get('diensten')
  @ApiOperation({ summary: 'Stadsdiensten en externe beleidsniveaus' })
  diensten() {
    return { items: this.reference.set.diensten, demo: this.reference.set.demo };
  }

  @Get('themas')
  @ApiOperation({ summary: "Thema's" })
  themas() {
    return { items: this.reference.set.themas, demo: this.reference.set.demo };
  }

  @Get('wijkmanagers')
  @ApiOperation({ summary: 'Wijkmanagers' })
  wijkmanagers() {
    return { items: this.reference.set.wijkmanagers, demo: this.reference.set.demo };
  }
}
