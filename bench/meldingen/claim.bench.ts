// The mail sender's claim (a mail only after every earlier waiting mail to its address) on outboxes of
// several shapes: how long the first claim of a round takes, and draining the whole outbox 50 mails a
// round (claim, mark as sent, commit; no SMTP). Baseline in the same run: the same drain with a claim
// that keeps no order per address (the due mails by id), the least a claim can cost.
//   npx tsx bench/meldingen/claim.bench.ts [shapes]      (default 1000x1,20000x1,20000x20,1000x1000,5000x5000)
// A shape is <waiting mails>x<addresses>; the mails go to the addresses in turn.
import type { PoolClient } from 'pg';
import { claim, markeerVerzonden, migrateOutbox } from '@signaalspoor/meldingen';
import { inTransaction } from '@signaalspoor/projections';
import { loadAverage, runBench } from '../support';

const shapes = (process.argv[2] ?? '1000x1,20000x1,20000x20,1000x1000,5000x5000')
  .split(',')
  .map((shape) => shape.split('x').map(Number) as [number, number]);
const ROUND = 50;

/** Every due mail by id, without regard to its address. */
const zonderVolgorde = async (client: PoolClient, limit: number) =>
  (
    await client.query<{ id: string }>(
      `SELECT id FROM meldingen.outbox WHERE status = 'wachtend' AND volgende_poging <= now()
        ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    )
  ).rows.map((row) => ({ id: Number(row.id) }));

runBench('mail claim: one address at a time, in order', { storePool: 1, pool: 2 }, async ({ pool }) => {
  await migrateOutbox(pool);
  const vul = async (mails: number, adressen: number) => {
    await pool.query('TRUNCATE meldingen.outbox');
    await pool.query(
      `INSERT INTO meldingen.outbox (event_id, adres, ontvanger, soort, onderwerp, tekst, message_id, status, dag)
       SELECT 'e' || g, 'adres' || (g % $2) || '@example.org', 'o', 'antwoord', 'o', 't', 'm' || g, 'wachtend',
              current_date
         FROM generate_series(1, $1) g`,
      [mails, adressen],
    );
    await pool.query('VACUUM ANALYZE meldingen.outbox');
  };
  const leeg = async (neem: (client: PoolClient, limit: number) => Promise<{ id: number }[]>) => {
    const start = performance.now();
    let eerste = 0;
    for (let rondes = 0; ; rondes++) {
      const genomen = await inTransaction(pool, async (client) => {
        const mails = await neem(client, ROUND);
        if (rondes === 0) eerste = performance.now() - start;
        await markeerVerzonden(
          client,
          mails.map((mail) => mail.id),
          'bench',
        );
        return mails.length;
      });
      if (genomen === 0)
        return { eersteMs: +eerste.toFixed(1), leegMs: Math.round(performance.now() - start) };
    }
  };
  const results = [];
  for (const [mails, adressen] of shapes) {
    await vul(mails, adressen);
    const baseline = await leeg(zonderVolgorde);
    await vul(mails, adressen);
    const inVolgorde = await leeg(claim);
    results.push({
      shape: `${mails} mails to ${adressen} addresses`,
      baseline,
      claim: inVolgorde,
      ratio: +(baseline.leegMs / inVolgorde.leegMs).toFixed(2),
    });
  }
  return { round: ROUND, load: loadAverage(), results };
});
