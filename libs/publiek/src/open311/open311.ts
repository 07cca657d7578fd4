import { Catch, Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Publiek } from '@signaalspoor/auth';
import { AFGEHANDELD, LOPEND, type SignaalStatus } from '@signaalspoor/domain';
import type { Request, Response } from 'express';
import { PubliekeAntwoorden } from '../antwoorden';
import { PubliekeFouten } from '../fouten';
import { PubliekFout } from '../publiek.errors';
import type { PubliekSignaalDto } from '../publiek-signaal';
import { PubliekeSignalen } from '../publieke-signalen';

// Open311 GeoReport v2, read only (GET services, GET requests, GET a request), JSON only: the public
// signalen as service requests, a thema as a service. Field names and errors as the spec has them.

/** The spec's default and maximum number of requests in one answer. */
export const OPEN311_MAX = 1000;

export interface Open311Service {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: 'realtime' | 'batch' | 'blackbox';
  keywords: string;
  group: string;
}

export interface Open311Request {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string | null;
  service_name: string;
  service_code: string;
  description: string;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  address: string | null;
  address_id: string | null;
  zipcode: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
}

/** A public signaal as an Open311 service request. */
export function open311Request(signaal: PubliekSignaalDto): Open311Request {
  const definitief = signaal.terugkoppelingen.filter((t) => t.definitief).at(-1);
  const antwoord = signaal.antwoorden.at(-1);
  const verwacht = signaal.antwoorden
    .map((a) => a.verwachteDatum)
    .filter(Boolean)
    .sort()[0];
  const diensten = [...new Set(signaal.antwoorden.map((a) => a.dienst))];
  return {
    service_request_id: signaal.id,
    status: AFGEHANDELD.includes(signaal.status as SignaalStatus) ? 'closed' : 'open',
    status_notes:
      definitief?.boodschap ??
      (antwoord ? `${antwoord.dienst}: ${antwoord.besluitNaam}. ${antwoord.antwoord}` : signaal.statusNaam),
    service_name: signaal.themaNaam,
    service_code: signaal.thema,
    description: `${signaal.titel}\n\n${signaal.omschrijving}`,
    agency_responsible: diensten.length ? diensten.join(', ') : null,
    service_notice: null,
    requested_datetime: signaal.ingediendOp,
    updated_datetime: signaal.gewijzigdOp,
    expected_datetime: verwacht ? `${verwacht}T00:00:00Z` : null,
    address: signaal.locatie?.omschrijving ?? null,
    address_id: null,
    zipcode: null,
    lat: signaal.locatie?.lat ?? null,
    long: signaal.locatie?.lon ?? null,
    media_url: null,
  };
}

/** The spec's error format: `[{ code, description }]`, with the HTTP status as the code. */
@Catch()
export class Open311Fouten extends PubliekeFouten {
  constructor() {
    super('Open311');
  }

  protected schrijf(res: Response, status: number, message: string): void {
    res.json([{ code: status, description: message }]);
  }
}

type Query = Request['query'];

/** One text parameter (a repeated one is refused), absent when empty. */
function tekst(query: Query, naam: string): string | undefined {
  const value = query[naam];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || value.length > 20_000) {
    throw new PubliekFout('ONGELDIG_FILTER', `'${naam}' moet één waarde zijn.`, naam);
  }
  return value;
}

/** A comma-delimited list, as the spec's multi-valued parameters are. */
function lijst(query: Query, naam: string): string[] | undefined {
  const value = tekst(query, naam);
  if (value === undefined) return undefined;
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length === 0 || items.length > OPEN311_MAX) {
    throw new PubliekFout(
      'ONGELDIG_FILTER',
      `'${naam}': 1 tot ${OPEN311_MAX} waarden, gescheiden door komma's.`,
      naam,
    );
  }
  return items;
}

/** An ISO 8601 date-time (the spec asks for one with a time zone; a bare date is taken as UTC). */
function tijdstip(query: Query, naam: string): string | undefined {
  const value = tekst(query, naam);
  if (value === undefined) return undefined;
  const geldig = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/.test(value);
  const ms = Date.parse(value);
  if (!geldig || Number.isNaN(ms)) {
    throw new PubliekFout(
      'ONGELDIG_FILTER',
      `'${naam}' moet een tijdstip in ISO 8601 zijn, bv. 2026-01-31T00:00:00Z.`,
      naam,
    );
  }
  return new Date(ms).toISOString();
}

@ApiExcludeController()
@Controller('open311/v2')
@UseFilters(Open311Fouten)
export class Open311Controller {
  constructor(
    private readonly publiek: PubliekeSignalen,
    private readonly antwoorden: PubliekeAntwoorden,
  ) {}

  @Get('services.json')
  @Publiek()
  async services(@Req() req: Request, @Res() res: Response): Promise<void> {
    const services: Open311Service[] = this.publiek.themas().map(({ id, naam }) => ({
      service_code: id,
      service_name: naam,
      description: `Signalen van dorps- en wijkraden over ${naam.toLowerCase()}`,
      metadata: false,
      type: 'realtime',
      keywords: id,
      group: 'Signalen van raden',
    }));
    const antwoord = await this.antwoorden.geef('open311:services', 'json', async () =>
      JSON.stringify(services),
    );
    this.antwoorden.stuur(req, res, antwoord);
  }

  @Get('requests.json')
  @Publiek()
  async requests(@Req() req: Request, @Res() res: Response): Promise<void> {
    const query = req.query;
    const ids = lijst(query, 'service_request_id');
    const statussen = lijst(query, 'status');
    if (statussen?.some((s) => s !== 'open' && s !== 'closed')) {
      throw new PubliekFout('ONGELDIG_FILTER', "'status' moet open, closed of open,closed zijn.", 'status');
    }
    const themas = lijst(query, 'service_code');
    const van = tijdstip(query, 'start_date');
    const tot = tijdstip(query, 'end_date');
    // the spec: service_request_id overrides every other parameter
    const filter = ids
      ? { ids, limiet: OPEN311_MAX }
      : {
          ...(statussen && {
            statussen: [
              ...(statussen.includes('open') ? LOPEND : []),
              ...(statussen.includes('closed') ? AFGEHANDELD : []),
            ],
          }),
          ...(themas && { themas }),
          ...(van && { van }),
          ...(tot && { tot }),
          limiet: OPEN311_MAX,
        };
    const antwoord = await this.antwoorden.geef(JSON.stringify(['open311', filter]), 'json', async () =>
      JSON.stringify((await this.publiek.lijst(filter)).map(open311Request)),
    );
    this.antwoorden.stuur(req, res, antwoord);
  }

  @Get('requests/:id.json')
  @Publiek()
  async request(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const antwoord = await this.antwoorden.geef(JSON.stringify(['open311:melding', id]), 'json', async () => {
      const [signaal] = await this.publiek.lijst({ ids: [id], limiet: 1 });
      // an unknown id and one that is not public get the very same answer
      if (!signaal)
        throw new PubliekFout('MELDING_ONBEKEND', 'Deze melding bestaat niet of is niet openbaar.');
      return JSON.stringify([open311Request(signaal)]);
    });
    this.antwoorden.stuur(req, res, antwoord);
  }
}
