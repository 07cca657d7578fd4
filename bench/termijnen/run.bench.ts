// What a run of the deadlines process manager reads, over N open signalen of which 1% owe a command:
// the nominations (SignaalViewRepository.teDoen: `actie_op` has come, or was computed under another
// policy) against the baseline, in the same run, of what a run read before (every open signaal, paged
// by id, each checked with termijnCommands). Both walk their pages and check every view they get, as
// the process manager does; the commands themselves (a stream read and an append each) are left out.
// The views are folded by the domain's `projecteer` and written through SignaalViewRepository.bewaar
// with the deadline policy, as the projection writes them.
//   npx tsx bench/termijnen/run.bench.ts [signalen] [rounds]     (defaults 100000 5)
import { randomUUID } from 'node:crypto';
import { SIGNAAL_STREAM_PREFIX, termijnCommands } from '@signaalspoor/domain';
import { inTransaction } from '@signaalspoor/projections';
import { projecteer, SignaalViewRepository, stateOf, type SignaalView } from '@signaalspoor/signaal-view';
import { testConfig } from '@signaalspoor/testing';
import type { Pool } from 'pg';
import { loadAverage, runBench } from '../support';

const PAGE = 500;
const DAY = 86_400_000;

const aantal = Number(process.argv[2] ?? 100_000);
const rounds = Number(process.argv[3] ?? 5);

/** A submitted signaal: every hundredth 60 days ago (its deadlines passed), the others in the last 2 days. */
function signaal(i: number, nu: number): SignaalView {
  const id = randomUUID();
  const at = new Date(i % 100 === 0 ? nu - 60 * DAY : nu - (i % 2_880) * 60_000).toISOString();
  return projecteer(null, {
    id: randomUUID(),
    streamId: SIGNAAL_STREAM_PREFIX + id,
    type: 'SignaalIngediend',
    revision: 0,
    position: i + 1,
    recordedAt: at,
    data: { signaalId: id, raadId: 'dr-kermt', titel: `Signaal ${i}`, thema: 'mobiliteit', bron: 'andere' },
    metadata: {
      actor: { rol: 'raad', id: 'lid-kermt' },
      correlationId: 'bench',
      causationId: 'bench',
      schemaVersion: 1,
      occurredAt: at,
    },
  })!.view;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

runBench(
  `a deadlines run over ${aantal} open signalen (1% due)`,
  { storePool: 2, pool: 4 },
  async ({ db, pool }) => {
    const { intervalMs: _interval, ...beleid } = testConfig(db.url).termijnen;
    const views = new SignaalViewRepository(pool, 'projectie', beleid);
    await inTransaction(pool, (client) => views.migrate(client));
    const nu = Date.now();
    for (let start = 0; start < aantal; start += 1000) {
      const batch = Array.from({ length: Math.min(1000, aantal - start) }, (_, k) => signaal(start + k, nu));
      await inTransaction(pool, (client) => views.bewaar(client, batch, []));
    }
    await pool.query('VACUUM ANALYZE projectie.signalen');
    const now = new Date(nu).toISOString();

    /** Walks the pages as the process manager does, checking each view; what it read and owed. */
    const walk = async (page: (after: string) => Promise<SignaalView[]>) => {
      const cpu = process.cpuUsage();
      const started = performance.now();
      let read = 0;
      let commands = 0;
      let views: SignaalView[] = [];
      do {
        views = await page(views.at(-1)?.id ?? '');
        read += views.length;
        for (const view of views) commands += termijnCommands(stateOf(view), now, beleid).length;
      } while (views.length === PAGE);
      const { user, system } = process.cpuUsage(cpu);
      return { ms: performance.now() - started, nodeCpuMs: (user + system) / 1000, read, commands };
    };
    const elkOpen = async (after: string) =>
      (
        await pool.query<{ view: SignaalView }>(
          `SELECT view FROM projectie.signalen WHERE status NOT IN ('afgesloten', 'ingetrokken') AND signaal_id > $1
            ORDER BY signaal_id LIMIT $2`,
          [after, PAGE],
        )
      ).rows.map((row) => row.view);
    const teDoen = (after: string) => views.teDoen(now, beleid, after, PAGE);

    const loadavgBefore = loadAverage();
    const results: Record<'baseline' | 'teDoen', Awaited<ReturnType<typeof walk>>[]> = {
      baseline: [],
      teDoen: [],
    };
    await walk(elkOpen); // warm both
    await walk(teDoen);
    for (let round = 0; round < rounds; round++) {
      results.baseline.push(await walk(elkOpen));
      results.teDoen.push(await walk(teDoen));
    }
    const summary = (runs: Awaited<ReturnType<typeof walk>>[]) => ({
      read: runs[0]!.read,
      commands: runs[0]!.commands,
      msMedian: Math.round(median(runs.map((r) => r.ms)) * 10) / 10,
      nodeCpuMsMedian: Math.round(median(runs.map((r) => r.nodeCpuMs)) * 10) / 10,
    });
    const baseline = summary(results.baseline);
    const nieuw = summary(results.teDoen);
    // the plan of the nominations' first page: the statement teDoen sends, caught on its way out
    let gesteld: { text: string; values: unknown[] } | undefined;
    const vanger = {
      query: async (text: string, values: unknown[]) => {
        gesteld = { text, values };
        return { rows: [] };
      },
    } as unknown as Pool;
    await new SignaalViewRepository(vanger).teDoen(now, beleid, '', PAGE);
    const plan = await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${gesteld!.text}`, gesteld!.values);
    return {
      signalen: aantal,
      rounds,
      loadavgBefore,
      'baseline: every open signaal (a run before actie_op)': baseline,
      'teDoen: the nominated signalen': nieuw,
      ratioMs: Math.round((nieuw.msMedian / baseline.msMedian) * 1000) / 1000,
      ratioNodeCpu: Math.round((nieuw.nodeCpuMsMedian / baseline.nodeCpuMsMedian) * 1000) / 1000,
      plan: plan.rows.map((row) => row['QUERY PLAN']),
      loadavgAfter: loadAverage(),
    };
  },
);
