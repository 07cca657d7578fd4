import { routeOf } from './routes';

describe('gateway routing table', () => {
  const id = '8f637317-3d43-4bf1-a1f3-5bed18dab3f6';
  it.each([
    ['POST', '/api/signalen', 'signalen'],
    ['POST', `/api/signalen/${id}/doorsturingen`, 'signalen'],
    ['POST', `/api/signalen/${id}/terugkoppelingen`, 'signalen'],
    ['POST', `/api/signalen/${id}/afsluiten`, 'signalen'],
    ['POST', `/api/signalen/${id}/doorsturingen/${id}/oppakken`, 'stadsdiensten'],
    ['POST', `/api/signalen/${id}/doorsturingen/${id}/antwoord`, 'stadsdiensten'],
    ['POST', `/api/signalen/${id}/doorsturingen/${id}/terugsturen`, 'stadsdiensten'],
    ['GET', '/api/inbox', 'stadsdiensten'],
    ['GET', '/api/signalen', 'projecties'],
    ['GET', `/api/signalen/${id}`, 'projecties'],
    ['GET', `/api/signalen/${id}/traject`, 'projecties'],
    ['GET', '/api/audit/events', 'audit'],
    ['GET', '/api/audit/signalen/' + id, 'audit'],
    ['GET', '/api/cijfers', 'projecties'],
    ['POST', '/api/beheer/projecties/signalen/herbouwen', 'projecties'],
    ['GET', '/api/raden/dr-kermt/agenda', 'projecties'],
    ['GET', '/api/raden', 'signalen'],
    ['GET', '/api/themas', 'signalen'],
    ['GET', '/publiek', 'projecties'],
    ['GET', '/publiek/dr-kermt', 'projecties'],
    ['GET', '/api/publiek/raden', 'projecties'],
    ['GET', '/api/publiek/raden/dr-kermt/feed.atom', 'projecties'],
    ['GET', '/open311/v2/requests.json', 'projecties'],
    ['GET', `/open311/v2/requests/${id}.json`, 'projecties'],
  ])('%s %s goes to %s', (method, path, service) => {
    expect(routeOf(method, path)).toBe(service);
  });

  it('knows no other routes', () => {
    expect(routeOf('DELETE', '/api/signalen')).toBeUndefined();
    expect(routeOf('GET', '/elders')).toBeUndefined();
    expect(routeOf('GET', '/publiekelijk')).toBeUndefined();
  });
});
