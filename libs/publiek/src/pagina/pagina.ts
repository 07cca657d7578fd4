import { Catch, Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Publiek } from '@signaalspoor/auth';
import { STATUSSEN } from '@signaalspoor/signaal-view';
import type { Request, Response } from 'express';
import { PubliekeAntwoorden } from '../antwoorden';
import { PubliekeFouten } from '../fouten';
import { PubliekFout } from '../publiek.errors';
import { STATUS_NAMEN, type PubliekSignaalDto } from '../publiek-signaal';
import { PubliekeSignalen, type PubliekeRaad } from '../publieke-signalen';
import { datum, duur, esc, pagina, PAGINA_CSP } from './html';

const HOE_HET_WERKT = `<section aria-labelledby="hoe"><h2 id="hoe">Hoe werkt het?</h2>
<p>Een dorps- of wijkraad brengt wat bewoners aankaarten bij de stad, als <strong>signaal</strong>. De wijkmanager
stuurt het door naar de stadsdienst die erover gaat. Die dienst antwoordt: uitgevoerd, ingepland, in onderzoek of
niet weerhouden, met een uitleg. De wijkmanager koppelt terug aan de raad, en de raad sluit het signaal af of heropent
het. Elke stap en hoe lang ze duurde, staat hieronder. De raad kiest zelf welke signalen hier verschijnen.</p></section>`;

function raadKop(raad: { naam: string; soort: string; gebied: string }): string {
  return `<p><a href="/publiek">Alle raden</a></p><h1>Signalen van ${esc(raad.naam)}</h1>
<p>${esc(raad.soort === 'dorpsraad' ? 'Dorpsraad' : 'Wijkraad')} · ${esc(raad.gebied)}</p>`;
}

function keuzes(
  naam: string,
  label: string,
  opties: { id: string; naam: string }[],
  gekozen?: string,
): string {
  const items = opties
    .map((o) => `<option value="${esc(o.id)}"${o.id === gekozen ? ' selected' : ''}>${esc(o.naam)}</option>`)
    .join('');
  return `<div><label for="${naam}">${label}</label><select id="${naam}" name="${naam}"><option value="">Alle</option>${items}</select></div>`;
}

function signaalHtml(s: PubliekSignaalDto): string {
  const antwoorden = s.antwoorden.length
    ? `<h3>Antwoord van de diensten</h3><ul>${s.antwoorden
        .map(
          (a) =>
            `<li><strong>${esc(a.dienst)}: ${esc(a.besluitNaam)}</strong> (${datum(a.op)})${
              a.verwachteDatum ? `, verwacht tegen ${datum(a.verwachteDatum)}` : ''
            }<p class="tekst">${esc(a.antwoord)}</p></li>`,
        )
        .join('')}</ul>`
    : '';
  const terug = s.terugkoppelingen.length
    ? `<h3>Terugkoppeling aan de raad</h3><ul>${s.terugkoppelingen
        .map(
          (t) =>
            `<li>${t.definitief ? '<strong>Definitief</strong>' : 'Tussentijds'} (${datum(t.op)})<p class="tekst">${esc(t.boodschap)}</p></li>`,
        )
        .join('')}</ul>`
    : '';
  const stappen = s.stappen
    .map(
      (stap) =>
        `<li>${esc(stap.omschrijving)}: ${datum(stap.op)}${stap.duurMs === null ? '' : `, na ${duur(stap.duurMs)}`}</li>`,
    )
    .join('');
  return `<li><article id="signaal-${esc(s.id)}" aria-labelledby="titel-${esc(s.id)}">
<h2 id="titel-${esc(s.id)}">${esc(s.titel)}</h2>
<p class="status">${esc(s.statusNaam)}</p>
<dl><dt>Thema</dt><dd>${esc(s.themaNaam)}</dd><dt>Ingediend</dt><dd>${datum(s.ingediendOp)}</dd>
<dt>Laatste stap</dt><dd>${datum(s.gewijzigdOp)}</dd>${s.locatie?.omschrijving ? `<dt>Plaats</dt><dd>${esc(s.locatie.omschrijving)}</dd>` : ''}</dl>
<p class="tekst">${esc(s.omschrijving)}</p>${antwoorden}${terug}
<h3>Stappen en doorlooptijd</h3><ol class="stappen">${stappen}</ol>
</article></li>`;
}

/** The page of one raad: its public signalen, filtered by status and thema. */
export function raadPagina(
  raad: Omit<PubliekeRaad, 'openbareSignalen'>,
  signalen: readonly PubliekSignaalDto[],
  themas: { id: string; naam: string }[],
  filter: { status?: string; thema?: string },
): string {
  const pad = `/publiek/${encodeURIComponent(raad.id)}`;
  const feed = `/api/publiek/raden/${encodeURIComponent(raad.id)}/feed.atom`;
  const statussen = STATUSSEN.map((id) => ({ id, naam: STATUS_NAMEN[id] }));
  const aantal = signalen.length === 1 ? '1 openbaar signaal' : `${signalen.length} openbare signalen`;
  const inhoud = `${HOE_HET_WERKT}
<h2 id="filter">Signalen</h2>
<form method="get" action="${esc(pad)}" aria-labelledby="filter">
${keuzes('status', 'Status', statussen, filter.status)}${keuzes('thema', 'Thema', themas, filter.thema)}
<button type="submit">Toon</button></form>
<p role="status">${aantal}${filter.status || filter.thema ? ' met deze keuze' : ''}.</p>
<ol class="signalen">${signalen.map(signaalHtml).join('')}</ol>
<h2>Zelf verder gebruiken</h2>
<ul><li><a href="${esc(feed)}">Volg deze signalen met een Atom-feed</a></li>
<li><a href="/api/publiek/raden/${esc(encodeURIComponent(raad.id))}/signalen">Dezelfde gegevens als JSON</a></li>
<li><a href="/open311/v2/requests.json">Open311-koppeling van de stad (GeoReport v2)</a></li></ul>`;
  return pagina({ titel: `Signalen van ${raad.naam} – Signaalspoor`, kop: raadKop(raad), inhoud, feed });
}

/** The overview of every raad. */
export function radenPagina(raden: readonly PubliekeRaad[]): string {
  const items = raden
    .map(
      (r) =>
        `<li><a href="/publiek/${esc(encodeURIComponent(r.id))}">${esc(r.naam)}</a> (${esc(r.gebied)}): ${
          r.openbareSignalen === 1 ? '1 openbaar signaal' : `${r.openbareSignalen} openbare signalen`
        }</li>`,
    )
    .join('');
  const inhoud = `${HOE_HET_WERKT}<h2>De raden</h2><ul>${items}</ul>`;
  return pagina({
    titel: 'Signalen van de dorps- en wijkraden – Signaalspoor',
    kop: '<h1>Signalen van de dorps- en wijkraden</h1>',
    inhoud,
  });
}

/** A refusal as a small page: 404 for an unknown raad, 400 for a filter that does not exist. */
@Catch()
export class PaginaFouten extends PubliekeFouten {
  constructor() {
    super('Publiek');
  }

  protected schrijf(res: Response, status: number, message: string): void {
    res.setHeader('Content-Security-Policy', PAGINA_CSP);
    const inhoud = `<p>${esc(message)}</p><p><a href="/publiek">Naar alle raden</a></p>`;
    res.type('html').send(
      pagina({
        titel: `${status === 404 ? 'Niet gevonden' : 'Dat lukte niet'} – Signaalspoor`,
        kop: '<h1>Dat lukte niet</h1>',
        inhoud,
      }),
    );
  }
}

@ApiExcludeController()
@Controller('publiek')
@UseFilters(PaginaFouten)
export class PubliekePaginaController {
  constructor(
    private readonly publiek: PubliekeSignalen,
    private readonly antwoorden: PubliekeAntwoorden,
  ) {}

  @Get()
  @Publiek()
  async raden(@Req() req: Request, @Res() res: Response): Promise<void> {
    const antwoord = await this.antwoorden.geef('html:raden', 'html', async () =>
      radenPagina(await this.publiek.raden()),
    );
    this.antwoorden.stuur(req, res, antwoord);
  }

  @Get(':raadId')
  @Publiek()
  async raad(@Param('raadId') raadId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const raad = this.publiek.raad(raadId);
    const status = keuze(req.query, 'status');
    if (status !== undefined && !(STATUSSEN as readonly string[]).includes(status)) {
      throw new PubliekFout('ONGELDIG_FILTER', 'Deze status bestaat niet.', 'status');
    }
    const thema = keuze(req.query, 'thema');
    this.publiek.eisThema(thema);
    const antwoord = await this.antwoorden.geef(
      JSON.stringify(['html', raadId, status, thema]),
      'html',
      async () => {
        const signalen = await this.publiek.lijst({
          raadId,
          ...(status !== undefined && { statussen: [status] }),
          ...(thema !== undefined && { themas: [thema] }),
        });
        return raadPagina(raad, signalen, this.publiek.themas(), { status, thema });
      },
    );
    this.antwoorden.stuur(req, res, antwoord);
  }
}

/** A select's value: empty means "all"; anything but one text is refused. */
function keuze(query: Request['query'], naam: string): string | undefined {
  const value = query[naam];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new PubliekFout('ONGELDIG_FILTER', `Kies één ${naam}.`, naam);
  return value;
}
