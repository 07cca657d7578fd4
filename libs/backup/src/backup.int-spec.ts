import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  apiVoor,
  bearers,
  createTestDatabase,
  EEN_PER_ROL,
  eventually,
  type TestDatabase,
} from '@signaalspoor/testing';
import type { TestApp } from '../../../apps/signaalspoor/src/testing/test-app';
import type { PostgresProcess } from '../../database/src/testing/postgres-process';
import { newDirs, npmRun, startApp, startEmbedded, type Dirs } from './testing/drill';

const signaal = (titel: string, email: string) => ({
  titel,
  omschrijving: 'Graag bekijken.',
  thema: 'verkeersveiligheid',
  bron: 'open-forum',
  indiener: { naam: `Inwoner ${titel}`, email },
});

const modi = [
  { name: 'embedded' as const, serverUrl: undefined },
  ...(process.env.DATABASE_URL
    ? [{ name: 'DATABASE_URL' as const, serverUrl: process.env.DATABASE_URL }]
    : []),
];

/**
 * The restore drill: write signalen, back up while the app runs, wipe the database, restore, verify,
 * and find nothing lost — the log, its positions, the persons, every read — and a command that still
 * works at the next position. Through the operator's own commands (npm run backup / restore).
 */
describe.each(modi)('backup and restore on $name PostgreSQL', ({ name, serverUrl }) => {
  let dirs: Dirs;
  let t: TestApp | undefined;
  let server: PostgresProcess | undefined;
  let db: TestDatabase | undefined;
  let url: string;
  const as: Record<string, string> = {};
  const { post, get } = apiVoor(() => t!.http, as);
  const run = (command: 'backup' | 'restore', args: string[], env?: NodeJS.ProcessEnv) =>
    npmRun(command, args, dirs, name === 'DATABASE_URL' ? url : undefined, env);

  async function start(): Promise<void> {
    if (name === 'embedded') ({ server, url } = await startEmbedded(dirs));
    t = await startApp(dirs, url);
  }

  async function stop(): Promise<void> {
    await t?.close();
    t = undefined;
    await server?.stop();
    server = undefined;
  }

  /** the embedded cluster's files, or the database */
  async function wipe(): Promise<void> {
    if (name === 'embedded') return rm(join(dirs.data, 'pg'), { recursive: true, force: true });
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE ${admin.escapeIdentifier(new URL(url).pathname.slice(1))} WITH (FORCE)`);
    await admin.end();
  }

  beforeAll(async () => {
    dirs = await newDirs();
    if (serverUrl) {
      db = await createTestDatabase(serverUrl);
      url = db.url;
    }
    await start();
    Object.assign(as, await bearers(EEN_PER_ROL));
  });

  afterAll(async () => {
    await stop();
    if (dirs) await rm(dirs.root, { recursive: true, force: true });
    if (serverUrl) {
      // the database a restore replaced is kept beside it
      const admin = new Client({ connectionString: serverUrl });
      await admin.connect();
      const { rows } = await admin.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
        [new URL(url).pathname.slice(1)],
      );
      for (const row of rows)
        await admin.query(`DROP DATABASE ${admin.escapeIdentifier(row.datname)} WITH (FORCE)`);
      await admin.end();
    }
  });

  /** everything a client can see: the whole log (persons decrypted), a signaal, the lists, the figures */
  async function zicht(ids: string[]) {
    const log = (await get('/audit/events?na=0&limiet=1000', 'auditor').expect(200)).body.items;
    return {
      log,
      signalen: await Promise.all(
        ids.map(async (id) => (await get(`/signalen/${id}`, 'auditor').expect(200)).body),
      ),
      traject: (await get(`/signalen/${ids[0]}/traject`, 'auditor').expect(200)).body,
      lijst: (await get('/signalen', 'wm').expect(200)).body.items
        .map((item: { id: string }) => item.id)
        .sort(),
    };
  }

  it('restores what it backed up: nothing lost, the log verifies, a command still works', async () => {
    const ids: string[] = [];
    for (const [i, email] of ['an@example.be', 'bert@example.be', 'chris@example.be'].entries()) {
      ids.push((await post('/signalen', 'raad', signaal(`Signaal ${i}`, email)).expect(201)).body.id);
    }
    const d = (await post(`/signalen/${ids[0]}/doorsturingen`, 'wm', { dienst: 'mobiliteit' }).expect(201))
      .body.id;
    await post(`/signalen/${ids[0]}/doorsturingen/${d}/oppakken`, 'dienst').expect(200);
    const voor = await zicht(ids);
    expect(voor.log).toHaveLength(5);
    expect(voor.log[0].data.persoon).toEqual({ naam: 'Inwoner Signaal 0', email: 'an@example.be' });

    const file = join(dirs.root, 'signaalspoor.backup');
    const backup = await run('backup', [file]);
    expect(backup).toMatchObject({
      code: 0,
      out: expect.stringContaining('niet in de backup: de sleutelmap'),
    });

    await stop();
    await wipe();
    const restore = await run('restore', [file]);
    expect(restore).toMatchObject({
      code: 0,
      out: expect.stringContaining('logboek intact, 5 events gecontroleerd'),
    });
    await start();

    expect(await zicht(ids)).toEqual(voor);
    expect((await get('/audit/verificatie', 'auditor').expect(200)).body).toEqual({
      intact: true,
      gecontroleerd: 5,
    });
    const routed = await post(`/signalen/${ids[1]}/doorsturingen`, 'wm', { dienst: 'mobiliteit' }).expect(
      201,
    );
    expect(routed.body.positie).toBe(voor.log.at(-1).positie + 1);
  });

  it('refuses to restore while the app runs, or a log that does not verify, and replaces nothing', async () => {
    const file = join(dirs.root, 'weigering.backup');
    expect(await run('backup', [file])).toMatchObject({ code: 0 });
    const { gecontroleerd } = (await get('/audit/verificatie', 'auditor').expect(200)).body;

    const running = await run('restore', [file]);
    expect(running).toMatchObject({ code: 1, out: expect.stringContaining('stop de app eerst') });

    await stop();
    // another log key: every seal fails, as with a backup someone altered
    const anderKey = await run('restore', [file], {
      AUDIT_SIGNING_KEY: 'een-andere-sleutel-van-minstens-32-tekens',
    });
    expect(anderKey).toMatchObject({
      code: 1,
      out: expect.stringMatching(
        /GEWEIGERD: het logboek in de backup is niet intact: .*De database is niet vervangen/,
      ),
    });
    await start();
    expect((await get('/audit/verificatie', 'auditor').expect(200)).body).toEqual({
      intact: true,
      gecontroleerd,
    });
  });

  it('refuses a backup older than the latest checkpoint, unless the loss is accepted', async () => {
    const file = join(dirs.root, 'ouder.backup');
    expect(await run('backup', [file])).toMatchObject({ code: 0 });
    const { gecontroleerd } = (await get('/audit/verificatie', 'auditor').expect(200)).body;
    const later = (await post('/signalen', 'raad', signaal('Na de backup', 'later@example.be')).expect(201))
      .body;
    // the checkpointer signs the head within seconds: then the log is pinned beyond the backup
    await eventually(async () => {
      const lines = (await readFile(join(dirs.data, 'audit-checkpoints.jsonl'), 'utf8')).trim().split('\n');
      expect(JSON.parse(lines.at(-1)!).positie).toBe(later.positie);
    }, 30_000);
    await stop();

    const refused = await run('restore', [file]);
    expect(refused).toMatchObject({ code: 1, out: expect.stringContaining('--aanvaard-verlies') });
    expect(refused.out).toContain(`het logboek eindigt op positie ${gecontroleerd}`);

    const accepted = await run('restore', [file, '--aanvaard-verlies']);
    expect(accepted).toMatchObject({
      code: 0,
      out: expect.stringContaining('de checkpoints van voor het herstel staan in'),
    });
    await start();
    expect((await get('/audit/verificatie', 'auditor').expect(200)).body).toEqual({
      intact: true,
      gecontroleerd,
    });
    // gone with the events after the backup (asked without X-Positie: that position no longer exists)
    await t!.http.get(`/api/signalen/${later.id}`).set('Authorization', as.auditor).expect(404);
  });
});
