import type { OpenAPIObject } from '@nestjs/swagger';

// Completes the generated OpenAPI document with what the decorators do not say per route: the
// error responses of the one error body, the command headers, uuid path ids, how to get a token,
// and a valid example body per command (openapi.e2e-spec.ts sends every example to the app).

export const TOKEN_UITLEG =
  'Een JWT (HS256) met de claims `sub`, `rol` (raad, wijkmanager, dienst, auditor, beheerder), `raad` of `dienst`. ' +
  'Lokaal, met het geheim van de data-map: `npm run -s token -- raad dr-kermt` (of `wijkmanager wm-oost`, ' +
  '`dienst mobiliteit`, `auditor`, `beheerder`). Plak het token zonder "Bearer " bij Authorize. Zie docs/api.md.';

/** One valid body per command, keyed by `METHOD path` as in the document. */
export const VOORBEELDEN: Record<string, Record<string, unknown>> = {
  'POST /api/signalen': {
    titel: 'Onveilig kruispunt aan de school',
    omschrijving: 'Ouders melden bijna-ongevallen bij het ophalen van de kinderen.',
    thema: 'verkeersveiligheid',
    bron: 'open-forum',
    locatie: { omschrijving: 'Kerkstraat x Stationsstraat', lat: 50.9307, lon: 5.3378 },
    indiener: { naam: 'An Peeters', email: 'an.peeters@example.org' },
  },
  'POST /api/signalen/{id}/verduidelijkingsvragen': { vraag: 'Over welk kruispunt gaat het precies?' },
  'POST /api/signalen/{id}/verduidelijkingen': { antwoord: 'Kerkstraat x Stationsstraat, aan de school.' },
  'POST /api/signalen/{id}/doorsturingen': {
    dienst: 'mobiliteit',
    toelichting: 'Graag een snelheidsremmer bekijken.',
  },
  'POST /api/signalen/{id}/doorsturingen/{doorsturingId}/antwoord': {
    besluit: 'ingepland',
    antwoord: 'Een snelheidsremmer wordt geplaatst in maart.',
    verwachteDatum: '2027-03-31',
  },
  'POST /api/signalen/{id}/doorsturingen/{doorsturingId}/terugsturen': {
    reden: 'Gewestweg: niet voor ons, wel voor het Agentschap Wegen en Verkeer.',
  },
  'POST /api/signalen/{id}/terugkoppelingen': {
    boodschap: 'De dienst Mobiliteit plaatst in maart een snelheidsremmer.',
    definitief: true,
  },
  'POST /api/signalen/{id}/heropenen': { reden: 'De remmer lost het probleem niet op.' },
  'POST /api/signalen/{id}/intrekken': { reden: 'Opgelost door de buren.' },
};

const FOUT_SCHEMA = {
  type: 'object',
  required: ['statusCode', 'code', 'message'],
  properties: {
    statusCode: { type: 'integer', example: 400 },
    code: { type: 'string', example: 'ONGELDIGE_INVOER' },
    message: { type: 'string', description: 'Nederlands, voor mensen', example: 'titel: mag niet leeg zijn' },
    field: { type: 'string', description: 'het veld of de header in fout', example: 'titel' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

const FOUTEN: Record<string, string> = {
  '400': 'ongeldige invoer: `field` zegt welk veld en `message` waarom; er werd niets geschreven',
  '401': 'geen of een ongeldig token',
  '403': 'niet jouw signaal, raad, dienst of rol',
  '404': 'onbekend id',
  '409': 'een overgang die de huidige toestand niet toelaat, of een gelijktijdige wijziging',
  '412': 'If-Match noemt een revisie die niet meer de huidige is',
  '413': 'de body is te groot',
  '415': 'geen JSON (application/json, UTF-8)',
  '429':
    'te veel aanvragen van deze gebruiker of dit adres (per minuut of tegelijk); opnieuw na Retry-After seconden',
  '503': 'de opslag of het leesmodel kan nu niet antwoorden; opnieuw na Retry-After seconden',
};

type Operation = {
  parameters?: { name: string; in: string; schema?: Record<string, unknown> }[];
  requestBody?: { content?: Record<string, { example?: unknown; schema?: unknown }> };
  responses?: Record<string, unknown>;
  security?: unknown[];
};

export function verrijkOpenApi(document: OpenAPIObject): OpenAPIObject {
  const components = (document.components ??= {});
  components.schemas = { ...components.schemas, Fout: FOUT_SCHEMA };
  const bearer = components.securitySchemes?.bearer;
  if (bearer && !('$ref' in bearer)) bearer.description = TOKEN_UITLEG;

  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'post'] as const) {
      const operation = item[method] as Operation | undefined;
      if (!operation) continue;
      const heeftId = path.includes('{');
      const beveiligd = !path.startsWith('/api/health');
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in === 'path' && (parameter.name === 'id' || parameter.name === 'doorsturingId')) {
          parameter.schema = { type: 'string', format: 'uuid' };
        }
      }
      const codes = [
        '400',
        ...(beveiligd ? ['401', '403'] : []),
        ...(heeftId ? ['404'] : []),
        ...(method === 'post' ? ['409', '413', '415'] : []),
        ...(method === 'post' && heeftId ? ['412'] : []),
        ...(path.startsWith('/api/health') ? [] : ['429']),
        '503',
      ];
      operation.responses ??= {};
      for (const code of codes) {
        operation.responses[code] ??= {
          description: FOUTEN[code],
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Fout' } } },
        };
      }
      // Idempotency-Key and If-Match are documented by @CommandRoute (libs/http command.ts)
      if (method !== 'post' || !beveiligd) continue;
      const example = VOORBEELDEN[`POST ${path}`];
      const json = operation.requestBody?.content?.['application/json'];
      if (example && json) json.example = example;
    }
  }
  return document;
}
