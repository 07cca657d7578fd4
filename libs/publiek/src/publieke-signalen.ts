import { Injectable } from '@nestjs/common';
import { ReferenceData, type Raad } from '@signaalspoor/reference-data';
import { Leesmodel, type PubliekFilter } from '@signaalspoor/signaal-view';
import { PubliekFout } from './publiek.errors';
import { publiekSignaal, type PubliekSignaalDto } from './publiek-signaal';

/** The most public signalen one answer lists (newest first). */
export const PUBLIEK_MAX = 500;

export interface PubliekeRaad {
  id: string;
  naam: string;
  soort: Raad['soort'];
  gebied: string;
  openbareSignalen: number;
}

/**
 * The public read model: a query of the signaal's one fold (SignaalViewRepository.publiek), mapped to
 * what residents may see. Every public surface (JSON, page, feed, Open311) reads through here.
 */
@Injectable()
export class PubliekeSignalen {
  constructor(
    private readonly leesmodel: Leesmodel,
    private readonly reference: ReferenceData,
  ) {}

  /** Every raad (reference data: public), with how many public signalen it has. */
  async raden(): Promise<PubliekeRaad[]> {
    const aantallen = await this.leesmodel.views.publiekPerRaad();
    return this.reference.set.raden.map((raad) => ({
      id: raad.id,
      naam: raad.naam,
      soort: raad.soort,
      gebied: raad.gebied,
      openbareSignalen: aantallen.get(raad.id) ?? 0,
    }));
  }

  /** The raad (404 when unknown): only its public fields. */
  raad(raadId: string): Omit<PubliekeRaad, 'openbareSignalen'> {
    const raad = this.reference.raad(raadId);
    if (!raad) throw new PubliekFout('RAAD_ONBEKEND', 'Deze raad bestaat niet.');
    return { id: raad.id, naam: raad.naam, soort: raad.soort, gebied: raad.gebied };
  }

  /** A thema filter must name a known thema (400 naming the field otherwise). */
  eisThema(thema: string | undefined, field = 'thema'): void {
    if (thema !== undefined && !this.reference.thema(thema)) {
      throw new PubliekFout('ONGELDIG_FILTER', 'Onbekend thema.', field);
    }
  }

  themas(): { id: string; naam: string }[] {
    return this.reference.set.themas.map(({ id, naam }) => ({ id, naam }));
  }

  async lijst(filter: Omit<PubliekFilter, 'limiet'> & { limiet?: number }): Promise<PubliekSignaalDto[]> {
    const rows = await this.leesmodel.views.publiek({ ...filter, limiet: filter.limiet ?? PUBLIEK_MAX });
    return rows.map((row) => publiekSignaal(row, this.reference));
  }
}
