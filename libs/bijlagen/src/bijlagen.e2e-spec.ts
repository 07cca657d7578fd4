import { EEN_PER_ROL, eventually, TEST_SIGNAAL as signaal, testServers } from '@signaalspoor/testing';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { EventEmitter } from 'node:events';
import { request as httpRequest } from 'node:http';
import { LOGBOEK, type Logboek } from '@signaalspoor/logboek';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Pool } from 'pg';
import sharp from 'sharp';
import { appSuite, startTestAppOnNewDatabase } from '../../../apps/signaalspoor/src/testing/test-app';
import { BijlagenOpruiming } from './opslag/opruiming';
import { TELEFOON_EXIF } from './testing/foto';
import { WACHTEN_MS } from './voeg-toe/voeg-bijlage-toe';

const EMAIL = 'fotograaf@example.be';

/** A phone photo: JPEG with EXIF that names the camera and where it was taken (GPS). */
const fotoMetGps = () =>
  sharp({ create: { width: 400, height: 300, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .jpeg()
    .withExif(TELEFOON_EXIF)
    .toBuffer();

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

/** The body of a binary response as a Buffer (superagent's parser signature). */
const binary = (res: NodeJS.ReadableStream, done: (error: Error | null, body: unknown) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe.each(testServers())('attachments through HTTP on $name PostgreSQL', ({ url }) => {
  const s = appSuite(() => startTestAppOnNewDatabase(url), {
    ...EEN_PER_ROL,
    andereRaad: 'stevoort',
    andereDienst: 'groen',
  });
  const { as } = s;
  const { post, get, zag } = s.api;
  let id: string;
  let doorsturing: string;

  beforeAll(async () => {
    id = (await post('/signalen', 'raad', signaal).expect(201)).body.id;
    doorsturing = (await post(`/signalen/${id}/doorsturingen`, 'wm', { dienst: 'mobiliteit' }).expect(201))
      .body.id;
  });

  /** Requests sent in steps: a failed test leaves none open (the server could not close). */
  const open = new Set<{ destroy(): void }>();
  afterEach(() => {
    for (const req of open) req.destroy();
    open.clear();
  });

  const upload = (signaalId: string, who: string, bestand: Buffer, naam: string, type?: string) => {
    const req = s.t.http.post(`/api/signalen/${signaalId}/bijlagen`).set('Authorization', as[who]);
    req.on('response', (res: { body?: { positie?: unknown } }) => zag(res.body?.positie));
    return req.attach('bestand', bestand, { filename: naam, ...(type && { contentType: type }) });
  };
  const bytes = (path: string, who: string) =>
    get(path, who)
      .buffer(true)
      .parse(binary as never);
  const opgeslagen = async () =>
    Number((await s.sql.query('SELECT count(*) FROM bijlagen.bestanden')).rows[0].count);
  const bijlageEvents = async () =>
    Number((await s.sql.query(`SELECT count(*) FROM events WHERE type = 'BijlageToegevoegd'`)).rows[0].count);

  /**
   * An upload whose body is sent in two steps: the head and the first `deel` bytes of the file now,
   * the rest on `rest()` (or never: `breekAf()` drops the connection mid-body).
   */
  const inStappen = async (signaalId: string, key: string, bestand: Buffer, deel: number) => {
    const server = s.t.app.getHttpServer() as Server;
    if (!server.listening) await new Promise<void>((klaar) => server.listen(0, '127.0.0.1', klaar));
    const { port } = server.address() as { port: number };
    const grens = `grens${randomUUID()}`;
    const kop = Buffer.from(
      `--${grens}\r\nContent-Disposition: form-data; name="bestand"; filename="stappen.pdf"\r\n` +
        `Content-Type: application/pdf\r\n\r\n`,
    );
    const staart = Buffer.from(`\r\n--${grens}--\r\n`);
    const req = httpRequest({
      // a connection of its own, closed after the answer: the server closes at the end
      agent: false,
      port,
      host: '127.0.0.1',
      method: 'POST',
      path: `/api/signalen/${signaalId}/bijlagen`,
      headers: {
        Authorization: as.raad,
        'Idempotency-Key': key,
        'Content-Type': `multipart/form-data; boundary=${grens}`,
        'Content-Length': kop.length + bestand.length + staart.length,
      },
    });
    open.add(req);
    const antwoord = new Promise<{ status: number; body: { id?: string; code?: string } }>((klaar, fout) => {
      req.on('error', fout);
      req.on('response', (res) => {
        const delen: Buffer[] = [];
        res.on('data', (d: Buffer) => delen.push(d));
        res.on('end', () =>
          klaar({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(delen).toString() || '{}') }),
        );
      });
    });
    // a request dropped on purpose (or after a failed test) rejects: handled here, not unhandled
    antwoord.catch(() => undefined);
    req.write(Buffer.concat([kop, bestand.subarray(0, deel)]));
    return {
      rest: () => {
        req.end(Buffer.concat([bestand.subarray(deel), staart]));
        return antwoord;
      },
      breekAf: () => req.destroy(),
    };
  };
  /** Bytes of this signaal's attachments being written (a header row without its key yet). */
  const wordtGeschreven = (signaalId: string) =>
    eventually(async () => {
      const { rows } = await s.sql.query(
        `SELECT count(*) FROM bijlagen.delen d JOIN bijlagen.bestanden b ON b.id = d.bijlage_id
         WHERE b.signaal_id = $1 AND b.sleutel IS NULL`,
        [signaalId],
      );
      expect(Number(rows[0].count)).toBeGreaterThan(0);
    });
  const vanSignaal = async (signaalId: string) => ({
    rijen: Number(
      (await s.sql.query('SELECT count(*) FROM bijlagen.bestanden WHERE signaal_id = $1', [signaalId]))
        .rows[0].count,
    ),
    events: Number(
      (
        await s.sql.query(`SELECT count(*) FROM events WHERE type = 'BijlageToegevoegd' AND stream_id = $1`, [
          `signaal-${signaalId}`,
        ])
      ).rows[0].count,
    ),
  });
  const even = (ms: number) => new Promise((klaar) => setTimeout(klaar, ms));
  const GROOT = Buffer.concat([PDF, randomBytes(1024 * 1024)]);

  it('re-encodes a photo without its EXIF and GPS, and serves it and a thumbnail to the raad', async () => {
    const foto = await fotoMetGps();
    expect((await sharp(foto).metadata()).exif?.toString('latin1')).toContain('Telefoonmerk');

    const { body } = await upload(id, 'raad', foto, 'IMG_0001.jpg', 'image/jpeg').expect(201);
    expect(body).toMatchObject({ signaalId: id, naam: 'IMG_0001.jpg', type: 'image/jpeg' });

    const res = await bytes(`/signalen/${id}/bijlagen/${body.id}`, 'raad').expect(200);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toContain('filename="IMG_0001.jpg"');
    const terug = await sharp(res.body as Buffer).metadata();
    expect({ exif: terug.exif, breedte: terug.width, formaat: terug.format }).toEqual({
      exif: undefined,
      breedte: 400,
      formaat: 'jpeg',
    });
    expect(body.grootte).toBe((res.body as Buffer).length);

    const mini = await bytes(`/signalen/${id}/bijlagen/${body.id}?formaat=miniatuur`, 'raad').expect(200);
    expect(mini.headers['content-type']).toBe('image/webp');
    expect((await sharp(mini.body as Buffer).metadata()).width).toBe(320);

    const { body: lijst } = await get(`/signalen/${id}/bijlagen`, 'raad').expect(200);
    expect(lijst.items).toEqual([
      expect.objectContaining({ id: body.id, door: { rol: 'raad' }, miniatuur: true }),
    ]);
    const { body: detail } = await get(`/signalen/${id}`, 'raad').expect(200);
    expect(detail.bijlagen.map((b: { id: string }) => b.id)).toEqual([body.id]);
    const { body: traject } = await get(`/signalen/${id}/traject`, 'raad').expect(200);
    expect(traject.hops.map((s: { type: string }) => s.type)).toContain('BijlageToegevoegd');
  });

  it('judges the type by the bytes: an .exe named foto.jpg sent as image/jpeg is 415, nothing written', async () => {
    const [rijen, events] = [await opgeslagen(), await bijlageEvents()];
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(1022, 0x90)]);
    const { body } = await upload(id, 'raad', exe, 'foto.jpg', 'image/jpeg').expect(415);
    expect(body).toMatchObject({ code: 'TYPE_NIET_TOEGESTAAN', field: 'bestand' });
    // bytes that start like a JPEG but are none
    const nep = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]);
    await upload(id, 'raad', nep, 'nep.jpg').expect(415);
    expect([await opgeslagen(), await bijlageEvents()]).toEqual([rijen, events]);
  });

  it('refuses more than 10 MB with 413 and stores nothing, declared or streamed', async () => {
    const [rijen, events] = [await opgeslagen(), await bijlageEvents()];
    const elf = Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024)]);
    expect((await upload(id, 'raad', elf, 'groot.pdf').expect(413)).body).toMatchObject({
      code: 'BESTAND_TE_GROOT',
      field: 'bestand',
    });
    // just over the limit: within the framing allowance, so the stream's own cap refuses it
    const netTeVeel = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 1 - PDF.length)]);
    await upload(id, 'raad', netTeVeel, 'net-te-groot.pdf').expect(413);
    expect([await opgeslagen(), await bijlageEvents()]).toEqual([rijen, events]);
  });

  it('refuses a body that is no multipart, a missing file and an unknown field', async () => {
    await post(`/signalen/${id}/bijlagen`, 'raad', { bestand: 'x' }).expect(400);
    await s.t.http
      .post(`/api/signalen/${id}/bijlagen`)
      .set('Authorization', as.raad)
      .field('indienerNaam', 'An')
      .expect(400)
      .expect((res) => expect(res.body).toMatchObject({ code: 'GEEN_BESTAND', field: 'bestand' }));
    await upload(id, 'raad', PDF, 'a.pdf').field('wachtwoord', 'x').expect(400);
  });

  it('lets a routed dienst answer with a PDF; the raad sees both; others see nothing', async () => {
    const { body: pdf } = await upload(id, 'dienst', PDF, 'antwoord.pdf', 'application/octet-stream').expect(
      201,
    );
    expect(pdf.type).toBe('application/pdf');
    await post(`/signalen/${id}/doorsturingen/${doorsturing}/antwoord`, 'dienst', {
      besluit: 'ingepland',
      antwoord: 'Zie bijlage.',
    }).expect(200);

    const { body: lijst } = await get(`/signalen/${id}/bijlagen`, 'raad').expect(200);
    expect(lijst.items.map((b: { type: string; door: object }) => [b.type, b.door])).toEqual([
      ['image/jpeg', { rol: 'raad' }],
      ['application/pdf', { rol: 'dienst', dienstId: 'mobiliteit' }],
    ]);
    const res = await bytes(`/signalen/${id}/bijlagen/${pdf.id}`, 'raad').expect(200);
    expect(Buffer.compare(res.body as Buffer, PDF)).toBe(0);
    expect(res.headers['content-disposition']).toMatch(/^attachment;/);
    await get(`/signalen/${id}/bijlagen/${pdf.id}?formaat=miniatuur`, 'raad').expect(404);

    await get(`/signalen/${id}/bijlagen`, 'andereRaad').expect(403);
    await bytes(`/signalen/${id}/bijlagen/${pdf.id}`, 'andereRaad').expect(403);
    await bytes(`/signalen/${id}/bijlagen/${pdf.id}`, 'andereDienst').expect(403);
    await upload(id, 'andereRaad', PDF, 'x.pdf').expect(403);
    await upload(id, 'andereDienst', PDF, 'x.pdf').expect(403);
    await upload(id, 'auditor', PDF, 'x.pdf').expect(403);
    // an id the signaal does not list is no attachment of it, whatever the store holds
    const ander = (await post('/signalen', 'raad', signaal).expect(201)).body.id;
    await bytes(`/signalen/${ander}/bijlagen/${pdf.id}`, 'raad').expect(404);
  });

  it('adds a photo once for one Idempotency-Key, however often it is sent', async () => {
    const foto = await fotoMetGps();
    const [rijen, events] = [await opgeslagen(), await bijlageEvents()];
    const eerste = await upload(id, 'raad', foto, 'twee-keer.jpg')
      .set('Idempotency-Key', 'foto-1')
      .expect(201);
    const tweede = await upload(id, 'raad', foto, 'twee-keer.jpg')
      .set('Idempotency-Key', 'foto-1')
      .expect(201);
    expect(tweede.body).toEqual(eerste.body);
    expect([await opgeslagen(), await bijlageEvents()]).toEqual([rijen + 1, events + 1]);
    // another file under the same key is another request
    await upload(id, 'raad', PDF, 'ander.pdf').set('Idempotency-Key', 'foto-1').expect(422);
    expect([await opgeslagen(), await bijlageEvents()]).toEqual([rijen + 1, events + 1]);
  });

  it('answers a second upload with the same key while the first still writes once the first is done', async () => {
    const signaalId = (await post('/signalen', 'raad', signaal).expect(201)).body.id;
    const eerste = await inStappen(signaalId, 'tegelijk-1', GROOT, 600 * 1024);
    await wordtGeschreven(signaalId);
    const tweede = upload(signaalId, 'raad', GROOT, 'stappen.pdf', 'application/pdf')
      .set('Idempotency-Key', 'tegelijk-1')
      .then((res) => res);
    await even(300);
    const [a, b] = await Promise.all([eerste.rest(), tweede]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.body.id).toBe(a.body.id);
    expect(await vanSignaal(signaalId)).toEqual({ rijen: 1, events: 1 });
    const res = await bytes(`/signalen/${signaalId}/bijlagen/${a.body.id}`, 'raad').expect(200);
    expect((res.body as Buffer).equals(GROOT)).toBe(true);
  });

  it('refuses another file under a key whose first upload still writes with 422, the first stays', async () => {
    const signaalId = (await post('/signalen', 'raad', signaal).expect(201)).body.id;
    const eerste = await inStappen(signaalId, 'tegelijk-2', GROOT, 600 * 1024);
    await wordtGeschreven(signaalId);
    const tweede = upload(signaalId, 'raad', PDF, 'ander.pdf')
      .set('Idempotency-Key', 'tegelijk-2')
      .then((res) => res);
    await even(300);
    const [a, b] = await Promise.all([eerste.rest(), tweede]);
    expect([a.status, b.status]).toEqual([201, 422]);
    expect(b.body.code).toBe('IDEMPOTENCY_KEY_HERGEBRUIKT');
    expect(await vanSignaal(signaalId)).toEqual({ rijen: 1, events: 1 });
  });

  it(
    'answers 409 with Retry-After while the first upload under the key outlasts the wait',
    async () => {
      const signaalId = (await post('/signalen', 'raad', signaal).expect(201)).body.id;
      const eerste = await inStappen(signaalId, 'tegelijk-3', GROOT, 600 * 1024);
      await wordtGeschreven(signaalId);
      const tweede = await upload(signaalId, 'raad', GROOT, 'stappen.pdf', 'application/pdf')
        .set('Idempotency-Key', 'tegelijk-3')
        .expect(409);
      expect(tweede.body.code).toBe('BIJLAGE_BEZIG');
      expect(Number(tweede.headers['retry-after'])).toBeGreaterThan(0);
      expect((await eerste.rest()).status).toBe(201);
      expect(await vanSignaal(signaalId)).toEqual({ rijen: 1, events: 1 });
    },
    WACHTEN_MS + 20_000,
  );

  it('takes over the key of an upload whose process died mid-body; the stale writer gets 409', async () => {
    const signaalId = (await post('/signalen', 'raad', signaal).expect(201)).body.id;
    const eerste = await inStappen(signaalId, 'tegelijk-4', GROOT, 600 * 1024);
    await wordtGeschreven(signaalId);
    // as if its process died: nobody renews its claim any more
    await s.sql.query(
      `UPDATE bijlagen.bestanden SET levend_op = now() - interval '1 hour' WHERE signaal_id = $1`,
      [signaalId],
    );
    const tweede = await upload(signaalId, 'raad', GROOT, 'stappen.pdf', 'application/pdf')
      .set('Idempotency-Key', 'tegelijk-4')
      .expect(201);
    const a = await eerste.rest();
    expect([409, 201]).toContain(a.status);
    if (a.status === 201) expect(a.body.id).toBe(tweede.body.id);
    expect(await vanSignaal(signaalId)).toEqual({ rijen: 1, events: 1 });
    const res = await bytes(`/signalen/${signaalId}/bijlagen/${tweede.body.id}`, 'raad').expect(200);
    expect((res.body as Buffer).equals(GROOT)).toBe(true);
  });

  it('leaves nothing of an upload whose client went away mid-body, and a retry adds it', async () => {
    const signaalId = (await post('/signalen', 'raad', signaal).expect(201)).body.id;
    const fouten = jest.spyOn(Logger.prototype, 'error');
    try {
      const eerste = await inStappen(signaalId, 'weg-1', GROOT, 600 * 1024);
      await wordtGeschreven(signaalId);
      eerste.breekAf();
      await eventually(async () => expect(await vanSignaal(signaalId)).toEqual({ rijen: 0, events: 0 }));
      expect(fouten).not.toHaveBeenCalled();
    } finally {
      fouten.mockRestore();
    }
    const { body: lijst } = await get(`/signalen/${signaalId}/bijlagen`, 'raad').expect(200);
    expect(lijst.items).toEqual([]);
    await upload(signaalId, 'raad', GROOT, 'stappen.pdf').set('Idempotency-Key', 'weg-1').expect(201);
    expect(await vanSignaal(signaalId)).toEqual({ rijen: 1, events: 1 });
  });

  it('allows 10 attachments per signaal and removes the bytes of the eleventh', async () => {
    const vol = (await post('/signalen', 'raad', signaal).expect(201)).body.id;
    for (let i = 0; i < 10; i += 1) await upload(vol, 'raad', PDF, `${i}.pdf`).expect(201);
    const rijen = await opgeslagen();
    expect((await upload(vol, 'raad', PDF, '10.pdf').expect(409)).body.code).toBe('TE_VEEL_BIJLAGEN');
    expect(await opgeslagen()).toBe(rijen);
  });

  it('after vergeet the attachment is ciphertext without a key; the API answers 410; the log verifies', async () => {
    const foto = await fotoMetGps();
    const { body } = await upload(id, 'raad', foto, 'mijn-foto.jpg')
      .field('indienerEmail', EMAIL)
      .field('indienerNaam', 'Fien Fotograaf')
      .expect(201);
    await bytes(`/signalen/${id}/bijlagen/${body.id}`, 'raad').expect(200);

    const rij = (
      await s.sql.query(
        `SELECT b.sleutel, d.data FROM bijlagen.bestanden b JOIN bijlagen.delen d ON d.bijlage_id = b.id
         WHERE b.id = $1 AND d.weergave = 'origineel' AND d.volgnummer = 0`,
        [body.id],
      )
    ).rows[0] as { sleutel: string; data: Buffer };
    // encrypted at rest: not the JPEG (no SOI marker), not its bytes anywhere
    expect(rij.data.includes(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);

    await post('/privacy/vergeet', 'beheerder', { email: EMAIL }).expect(200);
    const sleutels = await s.sql.query('SELECT 1 FROM privacy.persoonssleutels WHERE id = $1', [rij.sleutel]);
    expect(sleutels.rowCount).toBe(0);
    expect((await bytes(`/signalen/${id}/bijlagen/${body.id}`, 'raad').expect(410)).body).toBeDefined();
    await get(`/signalen/${id}/bijlagen/${body.id}?formaat=miniatuur`, 'raad').expect(410);

    // the event and its hash stay; the person in it reads as forgotten; the log still verifies
    const { body: lijst } = await get(`/signalen/${id}/bijlagen`, 'raad').expect(200);
    expect(lijst.items.find((b: { id: string }) => b.id === body.id)).toMatchObject({
      sha256: body.sha256 ?? expect.any(String),
    });
    const { body: events } = await get('/audit/events?na=0&limiet=1000', 'auditor').expect(200);
    const event = events.items.find(
      (e: { type: string; data: { bijlageId: string } }) =>
        e.type === 'BijlageToegevoegd' && e.data.bijlageId === body.id,
    );
    expect(event.data.persoon).toBe('vergeten');
    expect((await get('/audit/verificatie', 'auditor').expect(200)).body).toMatchObject({ intact: true });
  });

  it('stores the bytes in sealed chunks of at most 256 KB and serves them back whole', async () => {
    const groot = Buffer.concat([PDF, randomBytes(1024 * 1024)]);
    const { body } = await upload(id, 'dienst', groot, 'bestek.pdf').expect(201);
    const { rows } = await s.sql.query(
      `SELECT volgnummer, length(data) AS lengte FROM bijlagen.delen WHERE bijlage_id = $1 ORDER BY volgnummer`,
      [body.id],
    );
    expect(rows.map((r: { volgnummer: number }) => r.volgnummer)).toEqual([0, 1, 2, 3, 4]);
    // 256 KB of plain bytes each, plus iv and tag
    expect(rows.every((r: { lengte: number }) => r.lengte <= 256 * 1024 + 28)).toBe(true);
    // the most 'close' listeners an answer held at once: above the default (10) Node warns of a leak
    let piek = 0;
    const telClose = (_req: IncomingMessage, res: ServerResponse) => {
      const voegToe = res.on;
      res.on = res.addListener = function (this: ServerResponse, ...args: Parameters<typeof res.on>) {
        voegToe.apply(this, args);
        if (args[0] === 'close') piek = Math.max(piek, this.listenerCount('close'));
        return this;
      };
    };
    const server = s.t.app.getHttpServer() as Server;
    server.prependListener('request', telClose);
    try {
      const res = await bytes(`/signalen/${id}/bijlagen/${body.id}`, 'raad').expect(200);
      expect((res.body as Buffer).equals(groot)).toBe(true);
      expect(res.headers['content-length']).toBe(String(groot.length));
    } finally {
      server.off('request', telClose);
    }
    expect(piek).toBeGreaterThan(0);
    expect(piek).toBeLessThanOrEqual(EventEmitter.defaultMaxListeners);
  });

  it('answers HEAD with the head of the GET and reads one chunk, not all', async () => {
    const groot = Buffer.concat([PDF, randomBytes(1024 * 1024)]);
    const { body } = await upload(id, 'dienst', groot, 'plan.pdf').expect(201);
    const gelezen = jest.spyOn(Pool.prototype, 'query');
    try {
      const res = await s.t.http
        .head(`/api/signalen/${id}/bijlagen/${body.id}`)
        .set('Authorization', as.raad)
        .set('X-Positie', String(body.positie))
        .expect(200);
      expect(res.headers['content-length']).toBe(String(groot.length));
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers.etag).toBe(`"${createHash('sha256').update(groot).digest('hex')}"`);
      const delen = gelezen.mock.calls.filter(([text]) => String(text).includes('FROM bijlagen.delen WHERE'));
      expect(delen).toHaveLength(1); // of 5
    } finally {
      gelezen.mockRestore();
    }
  });

  it('stops reading the chunks of an answer whose client went away', async () => {
    const groot = Buffer.concat([PDF, randomBytes(8 * 1024 * 1024)]);
    const eigen = (await post('/signalen', 'raad', signaal).expect(201)).body.id;
    const { body } = await upload(eigen, 'raad', groot, 'groot.pdf').expect(201);
    const server = s.t.app.getHttpServer() as Server;
    const gelezen = jest.spyOn(Pool.prototype, 'query');
    const delen = () =>
      gelezen.mock.calls.filter(([text]) => String(text).includes('FROM bijlagen.delen WHERE')).length;
    if (!server.listening) await new Promise<void>((klaar) => server.listen(0, '127.0.0.1', klaar));
    const { port } = server.address() as { port: number };
    try {
      await new Promise<void>((resolve, reject) => {
        const req = httpRequest({
          agent: false,
          port,
          host: '127.0.0.1',
          path: `/api/signalen/${eigen}/bijlagen/${body.id}`,
          headers: { Authorization: as.raad, 'X-Positie': String(body.positie) },
        });
        // the first bytes, then the client goes away without reading the rest
        req.on('response', (res) =>
          res.once('data', () => {
            req.destroy();
            resolve();
          }),
        );
        req.on('error', reject);
        req.end();
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      // of 33 chunks, no more than the socket's buffers took before the client went away
      expect(delen()).toBeGreaterThan(0);
      expect(delen()).toBeLessThan(16);
    } finally {
      gelezen.mockRestore();
    }
    await get(`/signalen/${id}`, 'raad').expect(200);
  });

  it('still serves an attachment stored whole, before chunking', async () => {
    const { body } = await upload(id, 'dienst', PDF, 'oud.pdf').expect(201);
    // the shape of before: the ciphertext in origineel, sealed with the person key itself
    const logboek = s.t.app.get<Logboek>(LOGBOEK);
    const heel = await logboek.personen.versleutelBytes({ actor: 'dienst:oud' }, PDF);
    await s.sql.query(`DELETE FROM bijlagen.delen WHERE bijlage_id = $1`, [body.id]);
    await s.sql.query(
      `UPDATE bijlagen.bestanden SET origineel = $2, sleutel = $3, data_sleutel = NULL WHERE id = $1`,
      [body.id, heel.versleuteld, heel.sleutel],
    );
    const res = await bytes(`/signalen/${id}/bijlagen/${body.id}`, 'raad').expect(200);
    expect((res.body as Buffer).equals(PDF)).toBe(true);
  });

  it('adds concurrent uploads to one signaal all, and still at most 10', async () => {
    const druk = (await post('/signalen', 'raad', signaal).expect(201)).body.id;
    const tegelijk = (n: number) =>
      Promise.all(Array.from({ length: n }, (_, i) => upload(druk, 'raad', PDF, `${i}.pdf`)));
    expect((await tegelijk(6)).map((res) => res.status)).toEqual([201, 201, 201, 201, 201, 201]);
    const statussen = (await tegelijk(6)).map((res) => res.status).sort();
    expect(statussen).toEqual([201, 201, 201, 201, 409, 409]);
    const { body: lijst } = await get(`/signalen/${druk}/bijlagen`, 'raad').expect(200);
    expect(lijst.items).toHaveLength(10);
    const rijen = await s.sql.query('SELECT count(*) FROM bijlagen.bestanden WHERE signaal_id = $1', [druk]);
    expect(Number(rijen.rows[0].count)).toBe(10);
  });

  it('sweeps bytes that a crash left without their event, and keeps those the signaal lists', async () => {
    const { body } = await upload(id, 'raad', PDF, 'blijft.pdf').expect(201);
    // a process that died after storing the bytes and before the event; and one before confirming
    const wees = randomUUID();
    await s.sql.query(
      `INSERT INTO bijlagen.bestanden (id, signaal_id, bewaard_op) VALUES ($1, $2, now() - interval '2 hours')`,
      [wees, id],
    );
    await s.sql.query(
      `INSERT INTO bijlagen.delen (bijlage_id, weergave, volgnummer, data) VALUES ($1, 'origineel', 0, '\\x00')`,
      [wees],
    );
    await s.sql.query(
      `UPDATE bijlagen.bestanden SET bevestigd = false, bewaard_op = now() - interval '2 hours' WHERE id = $1`,
      [body.id],
    );

    expect(await s.t.app.get(BijlagenOpruiming).ruimOp()).toBeGreaterThanOrEqual(2);
    const over = await s.sql.query('SELECT id, bevestigd FROM bijlagen.bestanden WHERE id = ANY($1)', [
      [wees, body.id],
    ]);
    expect(over.rows).toEqual([{ id: body.id, bevestigd: true }]);
    expect((await s.sql.query('SELECT 1 FROM bijlagen.delen WHERE bijlage_id = $1', [wees])).rowCount).toBe(
      0,
    );
    await bytes(`/signalen/${id}/bijlagen/${body.id}`, 'raad').expect(200);
  });
});
