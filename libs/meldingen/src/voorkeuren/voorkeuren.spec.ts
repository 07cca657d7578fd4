import { ROLLEN } from '@signaalspoor/auth';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VoorkeurenController } from './voorkeuren.controller';

/** The "who" cell of docs/api.md's row for `route`. */
function wieVolgensApiMd(route: string): string | undefined {
  const api = readFileSync(join(__dirname, '../../../../docs/api.md'), 'utf8');
  const rij = api.split('\n').find((line) => line.startsWith(`| \`${route}\` |`));
  return rij?.split('|')[2]?.trim();
}

describe('the notification preferences', () => {
  // Only these roles receive mails; an auditor or beheerder has nothing to choose and gets 403.
  it.each([
    ['GET /api/meldingen/voorkeuren', VoorkeurenController.prototype.voorkeuren],
    ['PUT /api/meldingen/voorkeuren', VoorkeurenController.prototype.zet],
  ])('%s: docs/api.md names the roles the route admits', (route, handler) => {
    const rollen = Reflect.getMetadata(ROLLEN, handler) as string[];
    expect(wieVolgensApiMd(route)).toBe(rollen.join(', '));
  });
});
