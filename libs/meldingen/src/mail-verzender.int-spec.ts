import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { createPool } from '@signaalspoor/database';
import { inTransaction } from '@signaalspoor/projections';
import { createTestDatabase, testServers, type TestDatabase } from '@signaalspoor/testing';
import { MailVerzender } from './mail-verzender';
import { MailFout, type Mail, type MailPort } from './mail.port';
import { claim, migrateOutbox, voegToe } from './outbox';

/** Accepts every mail, the first ones slowest: sent all at once, the later ones would arrive first. */
class TrageEerstePort implements MailPort {
  readonly kanaal = 'test';
  readonly ontvangen: Mail[] = [];
  private verstuurd = 0;

  async send(mail: Mail): Promise<void> {
    const wacht = Math.max(0, 200 - 50 * this.verstuurd++);
    await new Promise((resolve) => setTimeout(resolve, wacht));
    this.ontvangen.push(mail);
  }

  async close(): Promise<void> {}
}

/** A server that does not answer for one address (each try costs a timeout); the others get through. */
class OnbereikbaarVoorPort implements MailPort {
  readonly kanaal = 'test';
  readonly pogingen: string[] = [];

  constructor(private readonly onbereikbaar: string) {}

  async send(mail: Mail): Promise<void> {
    this.pogingen.push(`${mail.aan}: ${mail.onderwerp}`);
    if (mail.aan === this.onbereikbaar) throw new MailFout('geen antwoord', false, true);
  }

  async close(): Promise<void> {}
}

const mail = (adres: string, onderwerp: string) => ({
  eventId: randomUUID(),
  adres,
  ontvanger: adres,
  soort: 'antwoord' as const,
  onderwerp,
  tekst: onderwerp,
  messageId: `<${randomUUID()}@test>`,
  dag: '2026-11-30',
  status: 'wachtend' as const,
});

describe.each(testServers())('MailVerzender on $name PostgreSQL', ({ url }) => {
  let database: TestDatabase;
  let pool: Pool;

  beforeAll(async () => {
    database = await createTestDatabase(url);
    pool = createPool(database.url);
    await migrateOutbox(pool);
  });

  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  beforeEach(async () => {
    await pool.query('DELETE FROM meldingen.outbox');
  });

  /** Writes these mails to the outbox, in this order, in one transaction: [address, subject] each. */
  const schrijf = (...mails: [adres: string, onderwerp: string][]) =>
    inTransaction(pool, (client) =>
      voegToe(
        client,
        mails.map(([adres, onderwerp]) => mail(adres, onderwerp)),
      ),
    );
  /** One round of a MailVerzender on the outbox, through `port`: how many mails left. */
  const ronde = (port: MailPort) =>
    new MailVerzender(pool, port, { from: 'test@example.org', publicUrl: 'http://x' }).ronde();

  it('given mails to one address in one round, then they leave in the order they were written', async () => {
    await schrijf(
      ['raad@example.org', 'Gekoppeld'],
      ['dienst@example.org', 'Doorgestuurd'],
      ['raad@example.org', 'Antwoord'],
      ['raad@example.org', 'Definitieve terugkoppeling'],
    );
    const port = new TrageEerstePort();

    expect(await ronde(port)).toBe(4);

    expect(port.ontvangen.filter((m) => m.aan === 'raad@example.org').map((m) => m.onderwerp)).toEqual([
      'Gekoppeld',
      'Antwoord',
      'Definitieve terugkoppeling',
    ]);
    // another address does not wait for this one
    expect(port.ontvangen.findIndex((m) => m.aan === 'dienst@example.org')).toBeLessThan(3);
  });

  it('given a mail to an address fails, then its later mails wait for a next round and other addresses are served', async () => {
    await schrijf(
      ['raad@example.org', 'Antwoord'],
      ['dienst@example.org', 'Doorgestuurd'],
      ['raad@example.org', 'Definitieve terugkoppeling'],
    );
    const port = new OnbereikbaarVoorPort('raad@example.org');

    expect(await ronde(port)).toBe(2);

    expect(port.pogingen.sort()).toEqual(['dienst@example.org: Doorgestuurd', 'raad@example.org: Antwoord']);
    const { rows } = await pool.query<{ onderwerp: string; status: string; pogingen: number }>(
      'SELECT onderwerp, status, pogingen FROM meldingen.outbox ORDER BY id',
    );
    expect(rows.map(({ onderwerp, status, pogingen }) => [onderwerp, status, pogingen])).toEqual([
      ['Antwoord', 'wachtend', 1],
      ['Doorgestuurd', 'verzonden', 1],
      ['Definitieve terugkoppeling', 'wachtend', 0],
    ]);
  });

  describe('claim: which mails a round takes', () => {
    /** The subjects a claim of `limit` takes on a client of its own, per address, in their order. */
    const geclaimd = (limit = 50) =>
      inTransaction(pool, async (client) => {
        const per: Record<string, string[]> = {};
        for (const m of await claim(client, limit)) (per[m.adres] ??= []).push(m.onderwerp);
        return per;
      });
    const stelUit = (onderwerp: string) =>
      pool.query(
        `UPDATE meldingen.outbox SET volgende_poging = now() + interval '1 hour' WHERE onderwerp = $1`,
        [onderwerp],
      );

    it('given mails to several addresses, then each address comes with its mails in the order written', async () => {
      await schrijf(['a@x', 'a1'], ['b@x', 'b1'], ['a@x', 'a2'], ['c@x', 'c1'], ['b@x', 'b2'], ['a@x', 'a3']);

      expect(await geclaimd()).toEqual({ 'a@x': ['a1', 'a2', 'a3'], 'b@x': ['b1', 'b2'], 'c@x': ['c1'] });
    });

    it("given an address's first mail backs off, then none of its mails is claimed and the others are", async () => {
      await schrijf(['a@x', 'a1'], ['b@x', 'b1'], ['a@x', 'a2']);
      await stelUit('a1');

      expect(await geclaimd()).toEqual({ 'b@x': ['b1'] });
    });

    it('given a later mail backs off, then the claim stops before it', async () => {
      await schrijf(['a@x', 'a1'], ['a@x', 'a2'], ['a@x', 'a3'], ['a@x', 'a4']);
      await stelUit('a3');

      expect(await geclaimd()).toEqual({ 'a@x': ['a1', 'a2'] });
    });

    it("given another sender holds an address's first mail, then a second sender skips the address", async () => {
      await schrijf(['a@x', 'a1'], ['a@x', 'a2'], ['b@x', 'b1']);

      const tweede = await inTransaction(pool, async (eerste) => {
        expect((await claim(eerste, 1)).map((m) => m.onderwerp)).toEqual(['a1']);
        return geclaimd();
      });

      expect(tweede).toEqual({ 'b@x': ['b1'] });
    });

    it("given more waiting mails than the limit, then every address's first mail comes before later ones", async () => {
      await schrijf(['a@x', 'a1'], ['a@x', 'a2'], ['a@x', 'a3'], ['b@x', 'b1'], ['c@x', 'c1']);

      expect(await geclaimd(4)).toEqual({ 'a@x': ['a1', 'a2'], 'b@x': ['b1'], 'c@x': ['c1'] });
    });
  });
});
