// The distributed topology through Kafka: relay, signalen, stadsdiensten, projecties and audit as
// separate Nest apps (one process here, each on its own port and its own Kafka consumer group),
// the gateway in front. Commands go in through the gateway; results are read from projecties and
// the stadsdiensten inbox, which only learn about them through Kafka.
import type { DynamicModule, INestApplication } from '@nestjs/common';
import type { Config } from '@signaalspoor/config';
import { createHttpApp } from '@signaalspoor/platform';
import {
  apiVoor,
  bearer,
  bearers,
  createTestDatabase,
  eventually,
  TEST_SECRET,
  testConfig,
  type TestDatabase,
  testServers,
} from '@signaalspoor/testing';
import type { Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { AssignerProtocol, Kafka, logLevel } from 'kafkajs';
import request from 'supertest';
import { AuditService } from '../../audit/src/main';
import { ProjectiesService } from '../../projecties/src/main';
import { RelayApp } from '../../relay/src/main';
import { SignalenService } from '../../signalen/src/main';
import { StadsdienstenService } from '../../stadsdiensten/src/main';
import { createGateway } from './main';

describe('the services through Kafka, behind the gateway', () => {
  let db: TestDatabase;
  let config: Config;
  const apps: INestApplication[] = [];
  let gateway: Server;
  let http: ReturnType<typeof request>;
  const as: Record<string, string> = {};

  async function start(compose: (config: Config) => DynamicModule): Promise<string> {
    return (await startApp(compose)).getUrl();
  }
  async function startApp(compose: (config: Config) => DynamicModule): Promise<INestApplication> {
    const app = await createHttpApp(compose(config), 'test', config);
    await app.listen(0, '127.0.0.1');
    apps.push(app);
    return app;
  }

  beforeAll(async () => {
    db = await createTestDatabase(testServers()[0].url);
    config = testConfig(db.url, {
      // every service seals and verifies the log with the same key
      AUDIT_SIGNING_KEY: TEST_SECRET,
      KAFKA_BROKERS: process.env.KAFKA_BROKERS,
      KAFKA_TOPIC: `e2e-${randomBytes(4).toString('hex')}`,
      CONSISTENCY_TIMEOUT_MS: '15000',
    });
    await start((c) => RelayApp.forRoot(c));
    const targets = {
      signalen: await start((c) => SignalenService.forRoot(c)),
      stadsdiensten: await start((c) => StadsdienstenService.forRoot(c)),
      projecties: await start((c) => ProjectiesService.forRoot(c)),
      audit: await start((c) => AuditService.forRoot(c)),
    };
    gateway = createGateway(targets).listen(0);
    http = request(gateway);
    Object.assign(as, await bearers({ raad: 'kermt', wm: 'wmOost', mob: 'mobiliteit', auditor: 'auditor' }));
  });

  afterAll(async () => {
    gateway?.close();
    for (const app of apps.reverse()) await app.close();
    await db?.drop();
  });

  /** every read reflects the commands before it (X-Positie) */
  const { post, get, doorsturen, antwoorden, terugkoppelen } = apiVoor(() => http, as);

  it('runs the loop and every read side sees it', async () => {
    const submitted = await post('/signalen', 'raad', {
      titel: 'Bushalte zonder schuilhuisje',
      omschrijving: 'Wachtenden staan in de regen.',
      thema: 'mobiliteit',
      bron: 'raadsvergadering',
    }).expect(201);
    const id = submitted.body.id;
    const doorsturing = (await doorsturen(id, 'wm', 'mobiliteit').expect(201)).body.id;

    const inbox = await eventually(async () => {
      const res = await get('/inbox', 'mob').expect(200);
      expect(res.body.items.map((i: { id: string }) => i.id)).toContain(doorsturing);
      return res;
    });
    expect(inbox.body.items[0]).toMatchObject({
      signaalId: id,
      titel: 'Bushalte zonder schuilhuisje',
      status: 'doorgestuurd',
    });

    await post(`/signalen/${id}/doorsturingen/${doorsturing}/oppakken`, 'mob').expect(200);
    const antwoord = { besluit: 'ingepland', antwoord: 'Schuilhuisje besteld bij De Lijn.' };
    await antwoorden(id, doorsturing, 'mob', antwoord).expect(200);
    await terugkoppelen(id, 'wm', 'Het schuilhuisje komt.').expect(200);
    await post(`/signalen/${id}/afsluiten`, 'raad').expect(200);

    // projecties waits until this signaal's stream reflects the last command (X-Positie)
    const traject = await get(`/signalen/${id}/traject`, 'raad').expect(200);
    expect(traject.body.hops.map((h: { type: string }) => h.type)).toEqual([
      'SignaalIngediend',
      'DoorgestuurdNaarDienst',
      'OpgepaktDoorDienst',
      'BeantwoordDoorDienst',
      'TeruggekoppeldAanRaad',
      'SignaalAfgesloten',
    ]);
    expect((await get(`/signalen/${id}`, 'wm').expect(200)).body).toMatchObject({ status: 'afgesloten' });
    await eventually(async () => {
      const list = await get('/signalen?status=afgesloten', 'raad').expect(200);
      expect(list.body.items.map((s: { id: string }) => s.id)).toContain(id);
    });
    await eventually(async () => {
      const all = await get('/inbox?status=alle', 'mob').expect(200);
      expect(all.body.items).toContainEqual(
        expect.objectContaining({ id: doorsturing, status: 'beantwoord' }),
      );
    });
    const log = await get('/audit/events?limiet=100', 'auditor').expect(200);
    expect(log.body.items).toHaveLength(6);

    // refusals come back through the gateway unchanged
    expect(
      (await post(`/signalen/${id}/doorsturingen`, 'wm', { dienst: 'groen' }).expect(409)).body.code,
    ).toBe('SIGNAAL_AFGESLOTEN');
    await get(`/signalen/${id}`, 'mob').expect(200);
    await http.get('/api/signalen').expect(401);
  });

  it('two instances of projecties and of stadsdiensten share their groups; stopping one mid-stream loses nothing', async () => {
    const seconds = [
      await startApp((c) => ProjectiesService.forRoot(c)),
      await startApp((c) => StadsdienstenService.forRoot(c)),
    ];
    const kafka = new Kafka({ clientId: 'e2e', brokers: config.kafkaBrokers!, logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    try {
      for (const group of ['projecties', 'stadsdiensten'].map((name) => `${config.kafkaTopic}.${name}`)) {
        await eventually(async () => {
          const [described] = (await admin.describeGroups([group])).groups;
          const assigned = described.members.map(
            (m) =>
              AssignerProtocol.MemberAssignment.decode(m.memberAssignment)?.assignment[config.kafkaTopic] ??
              [],
          );
          expect(assigned).toHaveLength(2);
          for (const partitions of assigned) expect(partitions.length).toBeGreaterThan(0);
        }, 30_000);
      }
    } finally {
      await admin.disconnect();
    }

    const ids: string[] = [];
    const submit = async () => {
      const res = await post('/signalen', 'raad', {
        titel: 'Reeks',
        omschrijving: 'Reeks',
        thema: 'groen',
      }).expect(201);
      ids.push(res.body.id);
      await post(`/signalen/${res.body.id}/doorsturingen`, 'wm', { dienst: 'groen' }).expect(201);
    };
    for (let i = 0; i < 15; i++) await submit();
    for (const second of seconds) {
      await second.close(); // mid-stream: each group rebalances onto its first instance
      apps.splice(apps.indexOf(second), 1);
    }
    for (let i = 0; i < 15; i++) await submit();

    for (const id of ids) {
      const traject = await eventually(async () => {
        const res = await get(`/signalen/${id}/traject`, 'wm').expect(200);
        expect(res.body.hops).toHaveLength(2);
        return res;
      });
      expect(traject.body.hops.map((h: { type: string }) => h.type)).toEqual([
        'SignaalIngediend',
        'DoorgestuurdNaarDienst',
      ]);
    }
    const list = await get('/signalen?thema=groen&limiet=100', 'wm').expect(200);
    expect(list.body.total).toBe(30);
    as.groen = await bearer({ rol: 'dienst', dienst: 'groen' });
    await eventually(async () => {
      const inbox = await get('/inbox?limiet=100', 'groen').expect(200);
      expect(inbox.body.total).toBe(30);
      expect(new Set(inbox.body.items.map((i: { signaalId: string }) => i.signaalId))).toEqual(new Set(ids));
    });
  });
});
