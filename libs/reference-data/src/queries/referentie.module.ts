import { Module } from '@nestjs/common';
import { ReferentieController } from './referentie.controller';

@Module({ controllers: [ReferentieController] })
export class ReferentieModule {}
