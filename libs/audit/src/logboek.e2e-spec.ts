import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Pool, type PoolClient } from 'pg';
import { Checkpointer } from '@signaalspoor/audit';
import { dropDatabase } from './replay/replay';
import { PG_POOL, Readiness } from '@signaalspoor/database';
import {
  auditSleutels,
  chainHash,
  GENESIS_HASH,
  signCheckpoint,
  storedEvents,
  verzegel,
  type StoredEvent,
} from '@signaalspoor/logboek';
import { GetuigeOntvanger } from '@signaalspoor/logboek/testing';
import { bearers, eventually, TEST_AUDIT_SIGNING_KEY, testServers } from '@signaalspoor/testing';
import {
  databaseClient,
  startTestAppOnNewDatabase,
  type TestApp,
} from '../../../apps/signaalspoor/src/testing/test-app';

const signaal = {
  titel: 'Onveilig kruispunt aan de school',
  omschrijving: 'Ouders melden bijna-ongevallen.',
  thema: 'verkeersveiligheid',
  bron: 'open-forum',
};

/**
 * Each attack of issue 10, done as the database's administrator would: full rights on the tables,
 * SHA-256 hashes and log_head recomputed. The key of the seals and checkpoints is not in the database.
 * Issue 18 adds the one who holds the key too, and the outside witness that catches them: a webhook
 * receiver on loopback keeps every checkpoint as it was signed.
 */
describe.each(testServers())(
  'the log against its own database administrator on $name PostgreSQL',
  ({ url }) => {
    let t: TestApp;
    let sql: Client;
    let original: StoredEvent[];
    let originalHead: { position: string; hash: string };
    let replayDatabase: string | undefined;
    const as: Record<string, string> = {};
    const getuige = new GetuigeOntvanger();
    const dir = mkdtempSync(join(tmpdir(), 'signaalspoor-export-'));

    beforeAll(async () => {
      await getuige.start();
      t = await startTestAppOnNewDatabase(url, {
        AUDIT_WITNESS_URL: getuige.url,
        // no SMTP_URL: outside production the mail goes to the log
        AUDIT_WITNESS_MAIL: 'auditoren@example.org',
      });
      sql = await databaseClient(t);
      Object.assign(as, await bearers({ raad: 'kermt', wm: 'wmOost', auditor: 'auditor' }));
      const checkpointer = t.app.get(Checkpointer);
      // a checkpoint after every command: the finest grain the checkpoints can name a position with
      for (let i = 0; i < 3; i++) {
        const { body } = await t.http
          .post('/api/signalen')
          .set('Authorization', as.raad)
          .send(signaal)
          .expect(201);
        await checkpointer.checkpoint();
        await t.http
          .post(`/api/signalen/${body.id}/doorsturingen`)
          .set('Authorization', as.wm)
          .send({ dienst: 'mobiliteit' })
          .expect(201);
        await checkpointer.checkpoint();
      }
      original = await storedEvents(sql as never, 0, 100);
      originalHead = (await sql.query('SELECT position, hash FROM log_head')).rows[0];
      // the witness holds the newest checkpoint, which covers every row before it
      await eventually(async () => expect(getuige.ontvangen.at(-1)?.positie).toBe(original.length));
    });

    afterEach(async () => {
      // undo the attack: the rows and head as the application wrote them
      await sql.query('DELETE FROM events');
      for (const e of original) await insert(e);
      await sql.query('UPDATE log_head SET position = $1, hash = $2', [
        originalHead.position,
        originalHead.hash,
      ]);
      expect((await verificatie()).intact).toBe(true);
    });

    afterAll(async () => {
      if (replayDatabase) await dropDatabase(t.databaseUrl, replayDatabase);
      await sql?.end();
      await t?.close();
      await getuige.stop();
    });

    const verificatie = async () =>
      (await t.http.get('/api/audit/verificatie').set('Authorization', as.auditor).expect(200)).body;

    function insert(e: StoredEvent) {
      return sql.query(
        `INSERT INTO events (position, event_id, stream_id, revision, type, data, metadata, recorded_at, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [e.position, e.id, e.streamId, e.revision, e.type, e.data, e.metadata, e.recordedAt, e.hash],
      );
    }

    /** A row the attacker forged: the first event copied to a new signaal, with its own id and title. */
    const vervalst = (signaalId: string, id: string, titel: string, position = original.length + 1) => ({
      ...original[0],
      id,
      streamId: `signaal-${signaalId}`,
      data: { ...original[0].data, signaalId, titel },
      position,
    });

    /** Writes `events` as the whole log with a chain the attacker recomputed, and moves log_head to its end. */
    async function rewrite(events: StoredEvent[], head = true) {
      let hash = GENESIS_HASH;
      const chained = events.map((e) => {
        hash = chainHash(hash, e);
        return { ...e, hash };
      });
      await sql.query('DELETE FROM events');
      for (const e of chained) await insert(e);
      if (head) await sql.query('UPDATE log_head SET position = $1, hash = $2', [chained.length, hash]);
    }

    /** GET /api/audit/export into a file; its lines parsed. */
    async function exporteer(name: string): Promise<{ file: string; lines: Record<string, unknown>[] }> {
      const res = await t.http
        .get('/api/audit/export')
        .set('Authorization', as.auditor)
        .buffer(true)
        .parse((response, done) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
          response.on('end', () => done(null, text));
        })
        .expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/jsonl/);
      const file = join(dir, name);
      writeFileSync(file, res.body as string);
      const lines = (res.body as string)
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      return { file, lines };
    }

    /** `npm run audit -- verify <file> --publieke-sleutel <pem> ...`, with AUDIT_SIGNING_KEY as given (none by default). */
    function verifyOffline(file: string, args: string[] = [], signingKey = '') {
      const pem = join(dir, 'publiek.pem');
      writeFileSync(pem, auditSleutels(TEST_AUDIT_SIGNING_KEY).publicKeyPem);
      return spawnSync(
        process.execPath,
        [
          require.resolve('tsx/cli'),
          'apps/audit-cli/src/main.ts',
          'verify',
          file,
          '--publieke-sleutel',
          pem,
          ...args,
        ],
        { encoding: 'utf8', env: { ...process.env, AUDIT_SIGNING_KEY: signingKey } },
      );
    }

    /** What the webhook's receiver kept, as a file for `--getuige`. */
    function getuigeBestand(): string {
      const file = join(dir, 'getuige.jsonl');
      writeFileSync(file, getuige.jsonl);
      return file;
    }

    it('is intact as the application wrote it, with a signed checkpoint per command', async () => {
      expect(await verificatie()).toEqual({ intact: true, gecontroleerd: original.length });
      const { body } = await t.http
        .get('/api/audit/checkpoints')
        .set('Authorization', as.auditor)
        .expect(200);
      expect(body.items).toHaveLength(6);
      expect(body.items.at(-1)).toMatchObject({ positie: original.length, hash: originalHead.hash });
      expect(body.publiekeSleutel).toContain('BEGIN PUBLIC KEY');
      // both witnesses hold the newest checkpoint (the mailbox the first of its interval)
      const ready = await t.http.get('/api/health/ready');
      expect(ready.body.details.logboek.getuigen).toEqual([
        expect.objectContaining({
          naam: 'webhook',
          laatste: expect.objectContaining({ positie: original.length }),
        }),
        expect.objectContaining({ naam: 'mail', laatste: expect.any(Object) }),
      ]);
    });

    it('detects a rewritten event with recomputed hashes and head, and refuses to hand it out', async () => {
      const altered = original.map((e) =>
        e.position === 3 ? { ...e, data: { ...e.data, titel: 'Vervalste titel' } } : e,
      );
      await rewrite(altered);
      expect(await verificatie()).toMatchObject({
        intact: false,
        gecontroleerd: 2,
        eersteAfwijking: { positie: 3 },
      });
      const read = await t.http.get('/api/audit/events?na=2&limiet=1').set('Authorization', as.auditor);
      expect(read.status).toBe(503);
      expect(read.body.code).toBe('LOGBOEK_GESCHONDEN');
    });

    it('detects truncation: the last events deleted and the head moved back', async () => {
      await rewrite(original.slice(0, -2));
      expect(await verificatie()).toMatchObject({
        intact: false,
        eersteAfwijking: { positie: original.length - 1 },
      });
    });

    it('detects two events of different streams swapped, with the chain recomputed', async () => {
      const swapped = [...original];
      const [a, b] = [swapped[1], swapped[2]];
      expect(a.streamId).not.toBe(b.streamId);
      swapped[1] = { ...b, position: 2 };
      swapped[2] = { ...a, position: 3 };
      await rewrite(swapped);
      expect(await verificatie()).toMatchObject({ intact: false, eersteAfwijking: { positie: 2 } });
    });

    it('detects a row inserted after the head, and the read model does not apply it', async () => {
      const last = original.at(-1)!;
      const signaalId = '0b7c8f5e-4c1a-4f7e-9b1e-5a0f0c2d9e11';
      const forged = vervalst(
        signaalId,
        'a3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
        'Ingevoegd',
        last.position + 1,
      );
      forged.hash = chainHash(last.hash, forged);
      await insert(forged);
      await expectForgedRowCaught(last.position + 1, signaalId);
    });

    it('detects a forged row appended with the head moved along, and the read model does not apply it', async () => {
      const signaalId = '1c8d9f6a-5d2b-4a8f-8c2f-6b1a1d3e0f22';
      const forged = vervalst(signaalId, 'b4a2d3e5-6f7a-4b8c-9d0e-1f2a3b4c5d6e', 'Vervalst');
      await rewrite([...original, forged]);
      await expectForgedRowCaught(original.length + 1, signaalId);
    });

    it('exports the log as JSON Lines that the offline verifier accepts, and catches an altered export', async () => {
      const { file: intact, lines } = await exporteer('intact.jsonl');
      expect(lines[0]).toMatchObject({ soort: 'logboek', aantal: original.length });
      expect(lines.filter((line) => line.soort === 'checkpoint')).toHaveLength(6);
      expect(lines.filter((line) => line.soort === 'event')).toHaveLength(original.length);
      // closed by a checkpoint of the last row, signed at export time
      expect(lines.at(-1)).toMatchObject({
        soort: 'slot',
        positie: original.length,
        hash: originalHead.hash,
      });

      const ok = verifyOffline(intact, ['--getuige', getuigeBestand()]);
      expect(ok.stdout).toContain(`intact: ${original.length} events`);
      expect(ok.status).toBe(0);

      // the attacker alters event 4 in the export and recomputes every hash after it
      let hash = GENESIS_HASH;
      const altered = lines.map((line) => {
        if (line.soort !== 'event') return line;
        const { soort, ...event } = line as unknown as StoredEvent & { soort: string };
        const changed =
          event.position === 4 ? { ...event, data: { ...event.data, toelichting: 'vervalst' } } : event;
        hash = chainHash(hash, changed);
        return { soort, ...changed, hash };
      });
      const tampered = join(dir, 'vervalst.jsonl');
      writeFileSync(tampered, altered.map((line) => JSON.stringify(line)).join('\n'));
      const bad = verifyOffline(tampered);
      expect(bad.stdout).toContain('eerste afwijking op positie 4');
      expect(bad.status).toBe(1);
    });

    it('catches the key holder: an event resealed, chain, head and checkpoint file re-signed; the witness copies disagree', async () => {
      const sleutels = auditSleutels(TEST_AUDIT_SIGNING_KEY);
      const checkpoints = t.app.get(Checkpointer).file;
      const file = readFileSync(checkpoints.path, 'utf8');
      try {
        await rewrite(
          original.map((e) =>
            e.position === 3
              ? {
                  ...e,
                  ...verzegel(
                    sleutels.macKey,
                    e.streamId,
                    { ...e, data: { ...e.data, titel: 'Vervalst' } },
                    e.revision,
                  ),
                }
              : e,
          ),
        );
        const chain = await storedEvents(sql as never, 0, 100);
        const resigned = (await checkpoints.read()).map((c) =>
          signCheckpoint(
            sleutels.checkpointKey,
            { positie: c.positie, hash: chain[c.positie - 1].hash },
            new Date(c.tijd),
          ),
        );
        writeFileSync(checkpoints.path, resigned.map((c) => `${JSON.stringify(c)}\n`).join(''));
        // what the key holder gets away with: the server's own check, and an offline check without a witness
        expect(await verificatie()).toEqual({ intact: true, gecontroleerd: original.length });
        const { file: export_ } = await exporteer('herschreven.jsonl');
        expect(verifyOffline(export_, [], TEST_AUDIT_SIGNING_KEY).status).toBe(0);

        const caught = verifyOffline(export_, ['--getuige', getuigeBestand()], TEST_AUDIT_SIGNING_KEY);
        const [, positie, op] =
          /eerste afwijking op positie (\d+): de keten wijkt af van het checkpoint op positie (\d+) \(getuige /.exec(
            caught.stdout,
          ) ?? [];
        // the interval named holds the altered event
        expect(Number(positie)).toBeLessThanOrEqual(3);
        expect(Number(op)).toBeGreaterThanOrEqual(3);
        expect(caught.status).toBe(1);
      } finally {
        writeFileSync(checkpoints.path, file);
      }
    });

    it('catches a forged row after the head, head moved and chain recomputed, with only the public key', async () => {
      const signaalId = '2d9e0a7b-6e3c-4b9a-9d3a-7c2b2e4f1a33';
      const forged = vervalst(signaalId, 'c5b3e4f6-7a8b-4c9d-8e1f-2a3b4c5d6e7f', 'Vervalst na de kop');
      await rewrite([...original, forged]);
      const { file, lines } = await exporteer('na-de-kop.jsonl');
      // the server checks what it exports and signs no closing checkpoint over a forged row
      expect(lines.at(-1)).toEqual({
        soort: 'slot',
        eersteAfwijking: expect.objectContaining({ positie: original.length + 1 }),
      });
      const run = verifyOffline(file);
      expect(run.stdout).toContain(`eerste afwijking op positie ${original.length + 1}`);
      expect(run.status).toBe(1);
      // nor does a witness help the forger: its newest checkpoint lies before the forged row
      expect(verifyOffline(file, ['--getuige', getuigeBestand()]).status).toBe(1);

      // the same row added to an intact export, before or after its closing checkpoint
      await rewrite(original);
      const { lines: good } = await exporteer('goed.jsonl');
      const [slot] = good.splice(-1);
      const row = { soort: 'event', ...forged, hash: chainHash(originalHead.hash, forged) };
      for (const [name, attempt] of [
        ['ervoor.jsonl', [...good, row]],
        ['erna.jsonl', [...good, slot, row]],
      ] as const) {
        const edited = join(dir, name);
        writeFileSync(edited, attempt.map((line) => JSON.stringify(line)).join('\n'));
        const result = verifyOffline(edited);
        expect(result.stdout).toContain(`eerste afwijking op positie ${original.length + 1}`);
        expect(result.status).toBe(1);
      }
    });

    it('shows what changed in a signaal between two moments', async () => {
      const [ingediend, doorgestuurd] = original;
      const signaalId = ingediend.streamId.slice('signaal-'.length);
      const path = `/api/audit/signalen/${signaalId}/verschil`;
      const { body } = await t.http
        .get(`${path}?van=${ingediend.recordedAt}&tot=${doorgestuurd.recordedAt}`)
        .set('Authorization', as.auditor)
        .expect(200);
      expect(body).toMatchObject({
        signaalId,
        bestondAl: true,
        events: [{ positie: 2, type: 'DoorgestuurdNaarDienst' }],
      });
      expect(body.wijzigingen).toContainEqual({ veld: 'status', van: 'ingediend', tot: 'in-behandeling' });
      const bad = await t.http
        .get(`${path}?van=${doorgestuurd.recordedAt}&tot=${ingediend.recordedAt}`)
        .set('Authorization', as.auditor)
        .expect(400);
      expect(bad.body.field).toBe('tot');
      await t.http
        .get(`${path}?van=gisteren&tot=${ingediend.recordedAt}`)
        .set('Authorization', as.auditor)
        .expect(400);
      await t.http
        .get(`${path}?van=${ingediend.recordedAt}&tot=${doorgestuurd.recordedAt}`)
        .set('Authorization', as.raad)
        .expect(403);
    });

    it('rebuilds the read models as they stood at a moment and compares them with today', () => {
      const run = spawnSync(
        process.execPath,
        [require.resolve('tsx/cli'), 'apps/audit-cli/src/main.ts', 'replay', '--tot', justAfter(original[2])],
        {
          encoding: 'utf8',
          env: {
            ...process.env,
            DATABASE_URL: t.databaseUrl,
            AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY,
          },
        },
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('(tot positie 3)');
      expect(run.stdout).toContain('projectie.signalen: toen 2, nu 3; 1 nieuw, 0 verdwenen, 1 gewijzigd');
      // every hop, the doorsturingen with them (a dienst's inbox is a query of the view)
      expect(run.stdout).toMatch(/projectie\.traject: toen 3, nu \d+; \d+ nieuw, 0 verdwenen, 0 gewijzigd/);
      replayDatabase = /in database (\S+)/.exec(run.stdout)![1];
    });

    /** A moment (milliseconds) after the event and, the commands being separate requests, before the next. */
    const justAfter = (event: StoredEvent) => new Date(Date.parse(event.recordedAt) + 1).toISOString();

    /**
     * The verification stops at the forged row (at `positie`, of signaal `signaalId`) after the
     * original ones, and the projection fails on it instead of applying it, and readiness says so.
     */
    async function expectForgedRowCaught(positie: number, signaalId: string) {
      expect(await verificatie()).toMatchObject({
        intact: false,
        gecontroleerd: original.length,
        eersteAfwijking: { positie },
      });
      // a row after the head sends no signal: the runner finds it at its full poll (every 10 s)
      await eventually(() => t.http.get('/api/health/ready').expect(503), 30_000);
      const probes = await Promise.all(
        t.app
          .get(Readiness)
          .entries()
          .map(async ([name, probe]) => ({ name, ...(await probe()) })),
      );
      expect(JSON.stringify(probes.filter((probe) => !probe.ok))).toContain('logboek is geschonden');
      const { rows } = await sql.query('SELECT 1 FROM projectie.signalen WHERE signaal_id = $1', [signaalId]);
      expect(rows).toHaveLength(0);
    }
  },
);

describe.each(testServers())('verification under concurrent appends on $name PostgreSQL', ({ url }) => {
  let t: TestApp;
  const as: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestAppOnNewDatabase(url);
    Object.assign(as, await bearers({ raad: 'kermt', auditor: 'auditor' }));
    await t.http.post('/api/signalen').set('Authorization', as.raad).send(signaal).expect(201);
  });

  afterAll(async () => {
    await t?.close();
  });

  const verificatie = async () =>
    (await t.http.get('/api/audit/verificatie').set('Authorization', as.auditor).expect(200)).body;

  it('stays intact when an append commits while it verifies', async () => {
    // right after verification read log_head (promise-style, on the pool or a client of it), another
    // request appends and commits; callback-style calls (pg's own) pass untouched
    const pool = t.app.get<Pool>(PG_POOL);
    type Query = (...args: unknown[]) => Promise<unknown>;
    let appended = false;
    const afterHead = async (text: unknown) => {
      if (appended || typeof text !== 'string' || !text.includes('FROM log_head')) return;
      appended = true;
      restore();
      await t.http.post('/api/signalen').set('Authorization', as.raad).send(signaal).expect(201);
    };
    const intercept =
      (target: object, query: Query): Query =>
      async (...args) => {
        if (typeof args.at(-1) === 'function') return query.apply(target, args);
        const result = await query.apply(target, args);
        await afterHead(args[0]);
        return result;
      };
    const originalQuery = pool.query;
    const originalConnect = pool.connect;
    const restore = () => {
      pool.query = originalQuery;
      pool.connect = originalConnect;
    };
    pool.query = intercept(pool, originalQuery as unknown as Query) as never;
    pool.connect = ((...args: unknown[]) => {
      if (args.length > 0) return (originalConnect as unknown as Query).apply(pool, args);
      return (originalConnect as unknown as () => Promise<PoolClient>).call(pool).then((client) => {
        client.query = intercept(client, client.query as unknown as Query) as never;
        return client;
      });
    }) as never;
    try {
      expect(await verificatie()).toEqual({ intact: true, gecontroleerd: 1 });
    } finally {
      restore();
    }
    expect(await t.http.get('/api/audit/events').set('Authorization', as.auditor).expect(200)).toMatchObject({
      body: { volgende: 2 },
    });
  });
});
