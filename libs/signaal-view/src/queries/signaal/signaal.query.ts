import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { toActor } from '@signaalspoor/auth';
import { CONFIG, type Config } from '@signaalspoor/config';
import { Leesmodel } from '../leesmodel';
import type { Gelezen } from '../lezen';
import { actiesVan, signaalDto, SignaalDetailDto, termijnenVan } from './signaal.response';
import { SignaalVraag, signaalVraagController } from '../signaal-vraag';

export class GeefSignaal extends SignaalVraag {}

@QueryHandler(GeefSignaal)
export class GeefSignaalHandler implements IQueryHandler<GeefSignaal> {
  constructor(
    private readonly leesmodel: Leesmodel,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async execute({ signaalId, gebruiker, positie }: GeefSignaal): Promise<Gelezen<SignaalDetailDto>> {
    const gelezen = await this.leesmodel.zichtbaar(signaalId, positie, gebruiker);
    const { view } = gelezen.body;
    const { intervalMs: _interval, ...beleid } = this.config.termijnen;
    const body = {
      ...signaalDto(view),
      termijnen: termijnenVan(view, beleid, Date.now()),
      acties: actiesVan(view, toActor(gebruiker)),
    };
    return { ...gelezen, body };
  }
}

export const SignaalController = signaalVraagController('signaal', GeefSignaal, {
  pad: 'signalen/:id',
  summary: 'De huidige toestand van een signaal',
  type: SignaalDetailDto,
  headers: {
    ETag: { description: 'de revisie van het signaal, tussen aanhalingstekens; voor If-Match' },
  },
});
