// Search under load: GET /api/signalen?q=…&status=… of the all-in-one app as a wijkmanager (three
// raden of the demo data), 100,000 signalen in the read model, at 10 connections. Two baselines in
// the same run: the same list without `q` through the app (what the search adds to a list), and the
// same search statement (SignaalViewRepository.lijst) through a bare `pg` pool of the app's size (20)
// behind a plain node:http server writing the rows as JSON — no Nest, no auth, no mapping.
// The signalen are folded by the domain's own `projecteer` from realistic Dutch texts (titels,
// omschrijvingen, locaties, answers, feedback) and written straight into the view tables (a read
// bench: the log stays empty, the checkpoint says the view is current).
//   npm run build && npx tsx bench/zoeken/zoeken.bench.ts [signalen] [seconds]   (defaults 100000 15)
import { randomUUID } from 'node:crypto';
import { SIGNAAL_STREAM_PREFIX } from '@signaalspoor/domain';
import type { RecordedEvent } from '@signaalspoor/event-store';
import { inTransaction } from '@signaalspoor/projections';
import { DEMO_REFERENCE_DATA, parseReferenceData } from '@signaalspoor/reference-data';
import {
  projecteer,
  SignaalViewRepository,
  type SignaalView,
  type SignalenFilter,
} from '@signaalspoor/signaal-view';
import { bearer, testConfig } from '@signaalspoor/testing';
import { loadAverage, runBench, serveViews, signalenRunner, startBaseline } from '../support';
import { startApp, stopProcess } from '../projections/app-process';
import { load, reqRatio, type Load } from '../projections/http-load';

const APP_PORT = 3430;
const BASELINE_PORT = 3431;
const CONNECTIONS = 10;
/** what the wijkmanager looks for (each a prefix of words in the texts), in turn */
const ZOEKWOORDEN = [
  'oversteek',
  'verlichting',
  'fietspad',
  'cafe',
  'boom',
  'parkeren',
  'riool',
  'zwerfvuil',
];
const STATUS = 'in-behandeling';
const WIJKMANAGER = 'wm-oost';
const [role, databaseUrl] = process.argv.slice(2);

const reference = parseReferenceData(DEMO_REFERENCE_DATA);
const RADEN_WM = reference.raden.filter((raad) => raad.wijkmanager === WIJKMANAGER).map((raad) => raad.id);
const filterVan = (q?: string): SignalenFilter => ({
  raadIds: RADEN_WM,
  status: STATUS,
  q,
  limiet: 50,
  offset: 0,
});

if (role === 'baseline')
  serveViews(databaseUrl!, BASELINE_PORT, (views, request) =>
    views.lijst(filterVan(request.searchParams.get('q') ?? undefined)),
  );
else main();

// --- realistic texts: what a dorpsraad writes, what a dienst answers

const STRATEN = [
  'Kerkstraat',
  'Stationsstraat',
  'Molenweg',
  'Schoolstraat',
  'Dorpsplein',
  'Kiezelstraat',
  'Hoogstraat',
  'Kapelstraat',
  'Lindestraat',
  'Beekstraat',
  'Bosstraat',
  'Veldstraat',
  'Sint-Jozefstraat',
];
const ONDERWERPEN: [titel: string, omschrijving: string, thema: string, dienst: string][] = [
  [
    'Gevaarlijke oversteekplaats',
    'Kinderen steken hier over zonder zebrapad; auto’s rijden te snel.',
    'verkeersveiligheid',
    'mobiliteit',
  ],
  [
    'Straatverlichting defect',
    'Al twee weken brandt de verlichting niet; ’s avonds is het er pikdonker.',
    'openbaar-domein',
    'openbaar-domein',
  ],
  [
    'Fietspad vol putten',
    'Het fietspad ligt vol putten en losliggende tegels, gevaarlijk voor fietsers.',
    'verkeersveiligheid',
    'awv',
  ],
  [
    'Terras van het café op de stoep',
    'Het terras van het café neemt de hele stoep in; rolstoelen kunnen er niet door.',
    'openbaar-domein',
    'openbaar-domein',
  ],
  ['Zieke boom langs de weg', 'Een grote boom hangt scheef en verliest takken bij wind.', 'groen', 'groen'],
  [
    'Foutparkeren aan de school',
    'Ouders parkeren op het voetpad bij het begin en einde van de schooldag.',
    'verkeersveiligheid',
    'mobiliteit',
  ],
  [
    'Verstopt riool',
    'Bij elke regenbui staat de straat blank; het riool lijkt verstopt.',
    'openbaar-domein',
    'openbaar-domein',
  ],
  [
    'Zwerfvuil in het park',
    'Rond de speeltuin ligt veel zwerfvuil en de vuilnisbakken puilen uit.',
    'groen',
    'groen',
  ],
  [
    'Te snel verkeer in de zone 30',
    'Bestuurders houden zich niet aan de zone 30; graag snelheidsremmers.',
    'verkeersveiligheid',
    'mobiliteit',
  ],
  [
    'Bushalte zonder schuilhuisje',
    'Wachtenden staan in de regen; een schuilhuisje en een bank zouden helpen.',
    'mobiliteit',
    'mobiliteit',
  ],
];
const ANTWOORDEN = [
  'We plannen de werken in het voorjaar.',
  'De aannemer herstelt dit binnen de maand.',
  'We onderzoeken de situatie ter plaatse met de politie.',
  'Dit valt buiten ons budget van dit jaar.',
];

function event(
  signaalId: string,
  type: string,
  data: Record<string, unknown>,
  revision: number,
  at: string,
): RecordedEvent {
  return {
    id: randomUUID(),
    streamId: SIGNAAL_STREAM_PREFIX + signaalId,
    type,
    revision,
    position: 0,
    recordedAt: at,
    data,
    metadata: {
      actor: { rol: 'systeem', id: 'bench' },
      correlationId: 'bench',
      causationId: 'bench',
      schemaVersion: 1,
      occurredAt: at,
    },
  };
}

/** One signaal folded by the domain: submitted, and by its number routed, answered, given feedback. */
function signaal(i: number, raden: string[], since: number): SignaalView {
  const id = randomUUID();
  const [titel, omschrijving, thema, dienst] = ONDERWERPEN[i % ONDERWERPEN.length]!;
  const straat = STRATEN[(i * 7) % STRATEN.length]!;
  const at = (uur: number) => new Date(since + i * 60_000 + uur * 3_600_000).toISOString();
  const events: [string, Record<string, unknown>][] = [
    [
      'SignaalIngediend',
      {
        signaalId: id,
        raadId: raden[i % raden.length],
        titel: `${titel} in de ${straat}`,
        omschrijving: `${omschrijving} Ter hoogte van nummer ${(i % 120) + 1}.`,
        thema,
        bron: 'andere',
        locatie: { omschrijving: `${straat} ${(i % 120) + 1}` },
      },
    ],
  ];
  // how far it got: independent of its subject, so every subject has signalen in every status
  const stap = Math.floor(i / ONDERWERPEN.length) % 4;
  const doorsturingId = randomUUID();
  if (stap !== 0) events.push(['DoorgestuurdNaarDienst', { doorsturingId, dienstId: dienst }]);
  if (stap >= 2)
    events.push([
      'BeantwoordDoorDienst',
      { doorsturingId, dienstId: dienst, besluit: 'ingepland', antwoord: ANTWOORDEN[i % ANTWOORDEN.length] },
    ]);
  if (stap === 3)
    events.push([
      'TeruggekoppeldAanRaad',
      { boodschap: `Antwoord van de dienst: ${ANTWOORDEN[i % ANTWOORDEN.length]}`, definitief: true },
    ]);
  let view: SignaalView | null = null;
  events.forEach(([type, data], revision) => {
    view = projecteer(view, event(id, type, data, revision, at(revision)))!.view;
  });
  return view!;
}

function main(): void {
  const aantal = Number(process.argv[2] ?? 100_000);
  const seconds = Number(process.argv[3] ?? 15);
  runBench(
    `search (q + status) over ${aantal} signalen at ${CONNECTIONS} connections`,
    { storePool: 4, pool: 4 },
    async ({ db, store, pool }) => {
      // the view's tables and its checkpoint, as the app keeps them: a runner over the empty log
      const views = new SignaalViewRepository(
        pool,
        'projectie',
        (({ intervalMs: _i, ...beleid }) => beleid)(testConfig(db.url).termijnen),
      );
      const runner = signalenRunner(store, pool, views);
      await runner.start();
      await runner.stop();
      const raden = reference.raden.map((raad) => raad.id);
      const since = Date.now() - aantal * 60_000;
      const seeded = performance.now();
      for (let start = 0; start < aantal; start += 1000) {
        const batch = Array.from({ length: Math.min(1000, aantal - start) }, (_, k) =>
          signaal(start + k, raden, since),
        );
        await inTransaction(pool, (client) => views.bewaar(client, batch, []));
      }
      await pool.query('VACUUM ANALYZE projectie.signalen');
      const seedSeconds = Math.round((performance.now() - seeded) / 1000);
      const matches = await Promise.all(
        ZOEKWOORDEN.map(async (q) => (await views.lijst(filterVan(q))).total),
      );

      const [appProc, baselineProc] = [
        await startApp(db.url, APP_PORT),
        await startBaseline(__filename, db.url),
      ];
      try {
        const wm = { Authorization: await bearer({ rol: 'wijkmanager', sub: WIJKMANAGER }) };
        let n = 0;
        const woord = () => ZOEKWOORDEN[n++ % ZOEKWOORDEN.length]!;
        const scenarios: Record<string, () => { path: string; headers?: Record<string, string> }> = {
          [`app: GET /api/signalen?q=…&status=${STATUS}`]: () => ({
            path: `/api/signalen?q=${woord()}&status=${STATUS}`,
            headers: wm,
          }),
          [`app: GET /api/signalen?status=${STATUS} (the same list without q)`]: () => ({
            path: `/api/signalen?status=${STATUS}`,
            headers: wm,
          }),
          'bare node:http + pg: the same search statement': () => ({ path: `/?q=${woord()}` }),
        };
        const figures: Record<string, unknown> = {
          signalen: aantal,
          seedSeconds,
          seconds,
          connections: CONNECTIONS,
          raden: RADEN_WM,
          treffersPerZoekwoord: Object.fromEntries(ZOEKWOORDEN.map((q, k) => [q, matches[k]])),
          loadavgBefore: loadAverage(),
        };
        const port = (name: string) => (name.startsWith('app') ? APP_PORT : BASELINE_PORT);
        // every scenario warms up before any is measured: none measures a cold cache the next one warmed
        for (const [name, next] of Object.entries(scenarios)) await load(port(name), next, CONNECTIONS, 5);
        const results: Load[] = [];
        for (const [name, next] of Object.entries(scenarios)) {
          const result = await load(port(name), next, CONNECTIONS, seconds);
          results.push(result);
          figures[name] = result;
          console.error(
            `${name}: ${result.reqPerS}/s p50 ${result.p50Ms} ms p99 ${result.p99Ms} ms, errors ${result.errors}`,
          );
        }
        figures.ratioToListWithoutQ = reqRatio(results[0]!, results[1]!);
        figures.ratioToBareSearch = reqRatio(results[0]!, results[2]!);
        figures.goalP99Ms = 100;
        figures.loadavgAfter = loadAverage();
        return figures;
      } finally {
        await Promise.all([stopProcess(appProc), stopProcess(baselineProc)]);
      }
    },
  );
}
