import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Publiek } from '@signaalspoor/auth';
import { CONFIG, type Config } from '@signaalspoor/config';
import type { Request, Response } from 'express';
import { Feed } from 'feed';
import { PubliekeAntwoorden } from '../antwoorden';
import type { PubliekSignaalDto } from '../publiek-signaal';
import { PubliekeSignalen } from '../publieke-signalen';

/** The feed shows the newest changes: this many signalen, latest change first. */
const FEED_MAX = 50;

/**
 * The base URL links point to: PUBLIC_URL (else http://localhost:<PORT>), never the request's Host
 * header, which a client chooses and a shared cache would then keep for everyone.
 */
export const basisUrl = (config: Config): string => config.mail.publicUrl;

/** The Atom feed of a raad's public signalen (the `feed` package writes the XML and escapes it). */
export function atomFeed(
  raad: { id: string; naam: string },
  signalen: readonly PubliekSignaalDto[],
  basis: string,
): string {
  const laatst = [...signalen].sort((a, b) => b.gewijzigdOp.localeCompare(a.gewijzigdOp)).slice(0, FEED_MAX);
  const pagina = `${basis}/publiek/${encodeURIComponent(raad.id)}`;
  const feed = new Feed({
    id: pagina,
    title: `Signalen van ${raad.naam}`,
    description: `Wat ${raad.naam} aan de stad signaleerde en wat ermee gebeurde`,
    link: pagina,
    language: 'nl',
    // the newest change, not "now": the same signalen give the same bytes, hence the same ETag
    updated: new Date(laatst[0]?.gewijzigdOp ?? 0),
    generator: 'Signaalspoor',
    author: { name: raad.naam },
    feedLinks: { atom: `${basis}/api/publiek/raden/${encodeURIComponent(raad.id)}/feed.atom` },
  });
  for (const signaal of laatst) {
    const antwoorden = signaal.antwoorden.map((a) => `${a.dienst}: ${a.besluitNaam}. ${a.antwoord}`);
    const terug = signaal.terugkoppelingen.map((t) => `Terugkoppeling: ${t.boodschap}`);
    feed.addItem({
      id: `urn:uuid:${signaal.id}`,
      title: `${signaal.titel} (${signaal.statusNaam})`,
      link: `${pagina}#signaal-${signaal.id}`,
      date: new Date(signaal.gewijzigdOp),
      published: new Date(signaal.ingediendOp),
      description: [signaal.omschrijving, ...antwoorden, ...terug].join('\n\n'),
      category: [{ term: signaal.thema, name: signaal.themaNaam }],
    });
  }
  return feed.atom1();
}

@ApiTags('publiek')
@Controller('api/publiek/raden') // its whole path: see ZONDER_API_PREFIX (libs/platform)
export class FeedController {
  constructor(
    private readonly publiek: PubliekeSignalen,
    private readonly antwoorden: PubliekeAntwoorden,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Get(':raadId/feed.atom')
  @Publiek()
  @ApiOperation({ summary: 'Atom-feed van de openbare signalen van een raad (zonder aanmelden)' })
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({ description: 'Atom 1.0' })
  async feed(@Param('raadId') raadId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const raad = this.publiek.raad(raadId);
    const antwoord = await this.antwoorden.geef(JSON.stringify(['feed', raadId]), 'atom', async () =>
      atomFeed(raad, await this.publiek.lijst({ raadId }), basisUrl(this.config)),
    );
    this.antwoorden.stuur(req, res, antwoord);
  }
}
