/**
 * The routing table of the gateway: one base URL, the same public HTTP contract, each request to
 * the service that owns it. Order matters: the first match wins.
 */
export type Service = 'signalen' | 'stadsdiensten' | 'projecties' | 'audit';

export interface Route {
  method: 'GET' | 'POST' | '*';
  path: RegExp;
  service: Service;
}

const ID = '[^/]+';

export const ROUTES: Route[] = [
  {
    method: 'POST',
    path: new RegExp(`^/api/signalen/${ID}/doorsturingen/${ID}/(oppakken|antwoord|terugsturen)$`),
    service: 'stadsdiensten',
  },
  { method: 'GET', path: /^\/api\/inbox$/, service: 'stadsdiensten' },
  { method: '*', path: /^\/api\/(beheer\/mails|meldingen)(\/.*)?$/, service: 'signalen' },
  { method: 'POST', path: /^\/api\/signalen(\/.*)?$/, service: 'signalen' },
  { method: 'POST', path: /^\/api\/beheer\/projecties\/signalen\/herbouwen$/, service: 'projecties' },
  { method: 'GET', path: /^\/api\/signalen(\/.*)?$/, service: 'projecties' },
  { method: 'GET', path: /^\/api\/audit(\/.*)?$/, service: 'audit' },
  { method: 'POST', path: /^\/api\/privacy\/vergeet$/, service: 'audit' },
  { method: 'GET', path: /^\/api\/cijfers$/, service: 'projecties' },
  {
    method: 'GET',
    path: new RegExp(`^/api/raden/${ID}/(agenda|agenda\\.pdf|verslag)$`),
    service: 'projecties',
  },
  { method: 'GET', path: /^\/api\/(raden|diensten|themas|wijkmanagers)$/, service: 'signalen' },
  // open to residents: a query of the signaal view, which the projecties keep
  { method: 'GET', path: /^\/(api\/publiek|publiek|open311)(\/.*)?$/, service: 'projecties' },
  { method: 'GET', path: /^\/api\/(docs|openapi\.json)/, service: 'signalen' },
];

export function routeOf(method: string, path: string): Service | undefined {
  return ROUTES.find((r) => (r.method === '*' || r.method === method) && r.path.test(path))?.service;
}
