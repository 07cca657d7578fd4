// Accuracy of the dienst suggestions on the demo history (libs/demo), replayed in time order: for each
// signaal, the suggestions from what was known the moment it was submitted (every other signaal folded
// up to then), against the dienst that finally answered it; next to the baseline "the diensten that
// answered the signaal's thema most often" from the same knowledge. No database: the in-memory store.
//   npx tsx bench/suggesties/nauwkeurigheid.bench.ts [signalen] [seed]     (default 600, 2026)
import { maakGeschiedenis } from '@signaalspoor/demo';
import type { RecordedEvent } from '@signaalspoor/event-store';
import { InMemoryEventStore } from '@signaalspoor/event-store/testing';
import { DEMO_REFERENCE_DATA, parseReferenceData, ReferenceData } from '@signaalspoor/reference-data';
import { projecteer, suggesties, vouw, type SignaalView } from '@signaalspoor/signaal-view';
import { machine } from '../support';

const aantal = Number(process.argv[2] ?? 600);
const seed = Number(process.argv[3] ?? 2026);
const reference = new ReferenceData(parseReferenceData(DEMO_REFERENCE_DATA));
const namen = {
  dienst: (id: string) => reference.dienst(id)?.naam ?? id,
  thema: (id: string) => reference.thema(id)?.naam ?? id,
  diensten: reference.set.diensten.map((d) => d.id),
};

/** The dienst whose answer came last: the one that finally answered. */
const beantwoordDoor = (view: SignaalView): string | undefined =>
  view.doorsturingen
    .filter((d) => d.status === 'beantwoord')
    .sort((a, b) => (a.beantwoordOp ?? '').localeCompare(b.beantwoordOp ?? ''))
    .at(-1)?.dienstId;

/** The baseline: the diensten that answered signalen of this thema most often, most first. */
function perThema(views: Iterable<SignaalView>, thema: string): string[] {
  const tellingen = new Map<string, number>();
  for (const view of views) {
    if (view.thema !== thema) continue;
    for (const d of view.doorsturingen.filter((d) => d.status === 'beantwoord'))
      tellingen.set(d.dienstId, (tellingen.get(d.dienstId) ?? 0) + 1);
  }
  return [...tellingen].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([id]) => id);
}

(async () => {
  const store = new InMemoryEventStore();
  const started = Date.now();
  const samenvatting = await maakGeschiedenis(store, reference, {
    eind: new Date('2026-11-30T12:00:00.000Z'),
    aantal,
    seed,
  });
  const events = await store.readAll({ after: 0, limit: Number.MAX_SAFE_INTEGER });
  console.error(
    `generated ${samenvatting.signalen} signalen, ${events.length} events in ${Date.now() - started} ms`,
  );

  // the truth: each signaal folded from its whole stream
  const perStream = new Map<string, RecordedEvent[]>();
  for (const event of events)
    perStream.set(event.streamId, [...(perStream.get(event.streamId) ?? []), event]);
  const eindViews = new Map(
    [...perStream.values()].map((stream) => vouw(stream)!.view).map((v) => [v.id, v]),
  );

  // the replay: the views as known at each moment, folded event by event in log (= time) order
  const bekend = new Map<string, SignaalView>();
  const score = { gevallen: 0, top1: 0, top3: 0, basis1: 0, basis3: 0, zonder: 0 };
  // the same from the second month on, once there is some history to learn from
  const warm = { gevallen: 0, top3: 0, basis3: 0 };
  const begin = Date.parse(events[0].metadata.occurredAt);
  const duur: number[] = [];
  for (const event of events) {
    const vorige = bekend.get(event.streamId.replace(/^signaal-/, '')) ?? null;
    const projectie = projecteer(vorige, event);
    if (!projectie) continue;
    const { view } = projectie;
    const waarheid = vorige ? undefined : beantwoordDoor(eindViews.get(view.id)!);
    if (waarheid) {
      const t0 = performance.now();
      const { diensten } = suggesties(view, [...bekend.values()], [], namen);
      duur.push(performance.now() - t0);
      const top = diensten.map((d) => d.dienstId);
      const basis = perThema(bekend.values(), view.thema);
      score.gevallen += 1;
      if (top.length === 0) score.zonder += 1;
      if (top[0] === waarheid) score.top1 += 1;
      if (top.slice(0, 3).includes(waarheid)) score.top3 += 1;
      if (basis[0] === waarheid) score.basis1 += 1;
      if (basis.slice(0, 3).includes(waarheid)) score.basis3 += 1;
      if (Date.parse(view.ingediendOp) - begin > 30 * 24 * 3600 * 1000) {
        warm.gevallen += 1;
        if (top.slice(0, 3).includes(waarheid)) warm.top3 += 1;
        if (basis.slice(0, 3).includes(waarheid)) warm.basis3 += 1;
      }
    }
    bekend.set(view.id, view);
  }
  const pct = (n: number, van = score.gevallen) => Math.round((n / van) * 1000) / 10;
  duur.sort((a, b) => a - b);
  console.log(
    JSON.stringify(
      {
        benchmark: 'suggesties: nauwkeurigheid op de demogeschiedenis',
        machine: machine(),
        signalen: samenvatting.signalen,
        seed,
        beoordeeld: score.gevallen,
        zonderSuggestie: score.zonder,
        top1: pct(score.top1),
        top3: pct(score.top3),
        basislijnTop1: pct(score.basis1),
        basislijnTop3: pct(score.basis3),
        naEersteMaand: {
          beoordeeld: warm.gevallen,
          top3: pct(warm.top3, warm.gevallen),
          basislijnTop3: pct(warm.basis3, warm.gevallen),
        },
        msPerSuggestie: { p50: duur[Math.floor(duur.length / 2)]?.toFixed(2), max: duur.at(-1)?.toFixed(2) },
      },
      null,
      2,
    ),
  );
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
