import { auditSleutels, PersoonsKeks, unwrap } from '@signaalspoor/logboek';
import { apiVoor, bearers, TEST_AUDIT_SIGNING_KEY } from '@signaalspoor/testing';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';
import type { TestApp } from '../../../apps/signaalspoor/src/testing/test-app';
import type { PostgresProcess } from '../../database/src/testing/postgres-process';
import {
  filesUnder,
  holding,
  newDirs,
  npmRun,
  startApp,
  startEmbedded,
  unpacked,
  type Dirs,
} from './testing/drill';

const signaal = {
  titel: 'Losliggende stoeptegels',
  omschrijving: 'Aan de kerk liggen tegels los.',
  thema: 'verkeersveiligheid',
  bron: 'raadsvergadering',
};
const VERGETEN = { naam: 'Marieke Vandersteene', email: 'marieke.vandersteene@example.be' };
const EERDER = { naam: 'Jos Peeters', email: 'jos.peeters@example.be' };
const BLIJFT = { naam: 'An Claes', email: 'an.claes@example.be' };

/**
 * An erasure is final where the database keeps old bytes: the table file's dead rows, the WAL and
 * backups. The erased key is searched for in the raw files of the embedded server's data dir (after a
 * CHECKPOINT) and in backups taken before and after the erasure: the plain key is nowhere, and the
 * wrapped copies that are there cannot be unwrapped with any KEK the key dir still holds.
 */
describe('an erased person key on disk', () => {
  let dirs: Dirs;
  let t: TestApp;
  let sql: Client;
  let server: PostgresProcess;
  const as: Record<string, string> = {};
  const { post, get } = apiVoor(() => t.http, as);
  const salt = auditSleutels(TEST_AUDIT_SIGNING_KEY).kekSalt;

  beforeAll(async () => {
    dirs = await newDirs();
    const embedded = await startEmbedded(dirs);
    server = embedded.server;
    t = await startApp(dirs, embedded.url);
    sql = new Client({ connectionString: embedded.url });
    await sql.connect();
    Object.assign(as, await bearers({ raad: 'kermt', auditor: 'auditor', beheerder: 'beheerder' }));
  });

  afterAll(async () => {
    await sql?.end();
    await t?.close();
    await server?.stop();
    if (dirs) await rm(dirs.root, { recursive: true, force: true });
  });

  async function backup(name: string): Promise<string> {
    const file = join(dirs.root, name);
    expect(await npmRun('backup', [file], dirs)).toMatchObject({ code: 0 });
    return file;
  }

  const dien = async (indiener: object): Promise<string> =>
    (await post('/signalen', 'raad', { ...signaal, indiener }).expect(201)).body.id;

  /** the person key's row as stored: its id, the wrapped key and the KEK generation that wrapped it */
  async function rij(signaalId: string) {
    const { rows } = await sql.query<{ id: string; sleutel: Buffer; generatie: number }>(
      `SELECT p.id, p.sleutel, p.kek_generatie AS generatie FROM privacy.persoonssleutels p
         JOIN events e ON (e.data -> 'persoon' ->> 'sleutel')::uuid = p.id
        WHERE e.stream_id = $1`,
      [`signaal-${signaalId}`],
    );
    return rows[0];
  }

  it('leaves neither the key nor a copy any surviving KEK unwraps, in table files, WAL or backups', async () => {
    const vergeten = await dien(VERGETEN);
    await dien(EERDER);
    const blijft = await dien(BLIJFT);

    const eerste = await rij(vergeten);
    const { rows } = await sql.query('SELECT installatie FROM privacy.kek');
    const keks = new PersoonsKeks(dirs.keys, salt).voor(rows[0].installatie);
    const key = unwrap((await keks.kek(eerste.generatie))!, eerste.generatie, eerste.id, eerste.sleutel)!;
    expect(key).toHaveLength(32);
    const kopieen = [eerste];

    // an earlier erasure re-wraps every key under a new generation: the older copy stays in a dead row
    await post('/privacy/vergeet', 'beheerder', { email: EERDER.email }).expect(200);
    const tweede = await rij(vergeten);
    expect(tweede.generatie).toBeGreaterThan(eerste.generatie);
    kopieen.push(tweede);
    const kekFiles = await Promise.all(
      (await readdir(dirs.keys)).map((name) => readFile(join(dirs.keys, name))),
    );
    const voor = await backup('voor.tar.gz');

    await post('/privacy/vergeet', 'beheerder', { email: VERGETEN.email }).expect(200);
    await sql.query('CHECKPOINT');
    const na = await backup('na.tar.gz');

    const cluster = join(dirs.data, 'pg');
    const plaatsen = {
      tabellen: await filesUnder(join(cluster, 'base')),
      wal: await filesUnder(join(cluster, 'pg_wal')),
      backups: [...(await unpacked(voor)), ...(await unpacked(na))],
    };
    const alle = Object.values(plaatsen).flat();
    expect(await holding(alle, key)).toEqual([]);
    // the wrapped copies are there (dead rows, WAL, the older backup) ...
    for (const kopie of kopieen) expect((await holding(alle, kopie.sleutel)).length).toBeGreaterThan(0);
    // ... but no KEK left in the key dir unwraps them, whichever generation it is tried as
    const overgebleven = new PersoonsKeks(dirs.keys, salt).voor(rows[0].installatie);
    for (const g of await overgebleven.generaties()) {
      const kek = (await overgebleven.kek(g))!;
      for (const kopie of kopieen) {
        for (const als of [g, kopie.generatie])
          expect(unwrap(kek, als, kopie.id, kopie.sleutel)).toBeUndefined();
      }
    }
    for (const kopie of kopieen) expect(await overgebleven.kek(kopie.generatie)).toBeUndefined();

    // the backups hold neither a KEK nor the log's key
    const backups = plaatsen.backups;
    for (const kek of kekFiles) expect(await holding(backups, kek)).toEqual([]);
    expect(await holding(backups, Buffer.from(TEST_AUDIT_SIGNING_KEY))).toEqual([]);

    // everyone else stays readable
    const { body } = await get('/audit/events?na=0&limiet=10', 'auditor').expect(200);
    const persoon = (signaalId: string) =>
      body.items.find((item: { streamId: string }) => item.streamId === `signaal-${signaalId}`).data.persoon;
    expect(persoon(vergeten)).toBe('vergeten');
    expect(persoon(blijft)).toEqual(BLIJFT);
  });
});
