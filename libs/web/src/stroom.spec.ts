import type { Gebruiker } from '@signaalspoor/auth';
import type { EventStore, RecordedEvent } from '@signaalspoor/event-store';
import type { CommittedListener } from '@signaalspoor/projections';
import { ReferenceData } from '@signaalspoor/reference-data';
import { vouw, type Leesmodel, type SignaalViewRepository } from '@signaalspoor/signaal-view';
import { Draining } from '@signaalspoor/http';
import { NEVER } from 'rxjs';
import { MAX_STROMEN_PER_GEBRUIKER, StroomHub, Stromen, type StroomBericht } from './stroom';

const reference = new ReferenceData({
  raden: [
    { id: 'dr-kermt', naam: 'Dorpsraad Kermt', soort: 'dorpsraad', gebied: 'Kermt', wijkmanager: 'wm-oost' },
    {
      id: 'dr-kuringen',
      naam: 'Dorpsraad Kuringen',
      soort: 'dorpsraad',
      gebied: 'Kuringen',
      wijkmanager: 'wm-noord',
    },
  ],
  wijkmanagers: [
    { id: 'wm-oost', naam: 'Wijkmanager Oost' },
    { id: 'wm-noord', naam: 'Wijkmanager Noord' },
  ],
  diensten: [{ id: 'mobiliteit', naam: 'Dienst Mobiliteit', soort: 'stadsdienst' }],
  themas: [{ id: 'mobiliteit', naam: 'Mobiliteit' }],
} as never);

/**
 * A store whose log the test writes, and a runner that hands the hub each event as a committed batch.
 * The read model holds each signaal's view as folded from its stream, but `achter` signalen lag one
 * event behind; with `gevouwen` the runner's batch hands the view along. `reads` counts what the hub read.
 */
function fakeStore({ gevouwen = false } = {}) {
  let listener: CommittedListener | undefined;
  let handler: ((event: RecordedEvent) => Promise<void>) | undefined;
  const log: RecordedEvent[] = [];
  const achter = new Set<string>();
  const reads: string[] = [];
  const stroom = (streamId: string) => log.filter((e) => e.streamId === streamId);
  const store = {
    headPosition: async () => log.length,
    subscribe: (o: { handler: (event: RecordedEvent) => Promise<void> }) => {
      handler = o.handler;
      return { position: 0, close: async () => undefined };
    },
    readStream: async (streamId: string) => {
      reads.push(streamId);
      return stroom(streamId);
    },
  } as unknown as EventStore;
  const runner = {
    onCommitted: (l: CommittedListener) => {
      listener = l;
      return () => (listener = undefined);
    },
  };
  /** the runner committed a batch of these events; the hub tells in order, after its reads: let those finish */
  const vertel = async (events: RecordedEvent[]) => {
    listener?.(events);
    for (const event of events) await handler?.(event);
    await new Promise((resolve) => setImmediate(resolve));
  };
  const viewVan = (signaalId: string) => {
    const events = stroom(`signaal-${signaalId}`);
    return vouw(achter.has(signaalId) ? events.slice(0, -1) : events)?.view ?? null;
  };
  const views = {
    vind: async (signaalId: string) => {
      reads.push(`view ${signaalId}`);
      return viewVan(signaalId);
    },
  } as unknown as SignaalViewRepository;
  const schrijf = async (signaal: string, type: string, data: Record<string, unknown> = {}) => {
    const event = {
      id: String(log.length + 1),
      streamId: `signaal-${signaal}`,
      type,
      revision: stroom(`signaal-${signaal}`).length,
      position: log.length + 1,
      recordedAt: new Date().toISOString(),
      data:
        type === 'SignaalIngediend'
          ? {
              signaalId: signaal,
              titel: 't',
              omschrijving: 'o',
              thema: 'mobiliteit',
              bron: 'andere',
              ...data,
            }
          : data,
      metadata: { actor: { rol: 'raad' }, schemaVersion: 1 },
    } as RecordedEvent;
    log.push(event);
    await vertel([event]);
  };
  /** the hub of a process that keeps the view (the all-in-one app) */
  const hub = () =>
    new StroomHub(store, runner, views, {
      signalen: { reached: async () => true },
      projectie: {
        gevouwen: (signaalId: string) => (gevouwen ? (viewVan(signaalId) ?? undefined) : undefined),
      },
    } as unknown as Leesmodel);
  /** the hub of a process whose projections follow the bus: no runner follows the log */
  const opDeBus = () => new StroomHub(store, undefined, views);
  return { store, schrijf, vertel, log, achter, reads, hub, opDeBus };
}

const ontvangen = (hub: StroomHub, gebruiker: Gebruiker) => {
  const lijst: StroomBericht[] = [];
  hub.voor(gebruiker, reference).subscribe((b) => lijst.push(b));
  return lijst;
};

describe('the live stream', () => {
  it('given signalen of two raden, when they change, then each user hears only what they may see', async () => {
    const { schrijf, hub: start } = fakeStore();
    const hub = start();
    await hub.onApplicationBootstrap();
    const kermt = ontvangen(hub, { sub: 'raad-dr-kermt', rol: 'raad', raadId: 'dr-kermt' });
    const oost = ontvangen(hub, { sub: 'wm-oost', rol: 'wijkmanager' });
    const noord = ontvangen(hub, { sub: 'wm-noord', rol: 'wijkmanager' });
    const mobiliteit = ontvangen(hub, { sub: 'dienst-mobiliteit', rol: 'dienst', dienstId: 'mobiliteit' });
    const auditor = ontvangen(hub, { sub: 'auditor', rol: 'auditor' });

    await schrijf('a', 'SignaalIngediend', { raadId: 'dr-kermt' });
    await schrijf('b', 'SignaalIngediend', { raadId: 'dr-kuringen' });
    await schrijf('a', 'DoorgestuurdNaarDienst', { doorsturingId: 'd1', dienstId: 'mobiliteit' });
    await schrijf('a', 'OpgepaktDoorDienst', { doorsturingId: 'd1', dienstId: 'mobiliteit' });

    expect(kermt.map((b) => b.positie)).toEqual([1, 3, 4]);
    expect(oost.map((b) => b.positie)).toEqual([1, 3, 4]);
    expect(noord.map((b) => b.positie)).toEqual([2]);
    expect(mobiliteit).toEqual([
      { signaalId: 'a', type: 'DoorgestuurdNaarDienst', positie: 3 },
      { signaalId: 'a', type: 'OpgepaktDoorDienst', positie: 4 },
    ]);
    expect(auditor).toHaveLength(4);
  });

  it('given a signaal submitted before the app started, when it changes, then its raad comes from its view', async () => {
    const { schrijf, log, hub: start } = fakeStore();
    await schrijf('oud', 'SignaalIngediend', { raadId: 'dr-kuringen' });
    const hub = start();
    await hub.onApplicationBootstrap();
    expect(log).toHaveLength(1);
    const kermt = ontvangen(hub, { sub: 'raad-dr-kermt', rol: 'raad', raadId: 'dr-kermt' });
    const kuringen = ontvangen(hub, { sub: 'raad-dr-kuringen', rol: 'raad', raadId: 'dr-kuringen' });
    await schrijf('oud', 'VerduidelijkingGevraagd', { vraag: 'Waar?' });
    expect(kermt).toEqual([]);
    expect(kuringen).toEqual([{ signaalId: 'oud', type: 'VerduidelijkingGevraagd', positie: 2 }]);
  });

  it('given a read model that does not hold the event yet, then who may see it is folded from the stream', async () => {
    const { schrijf, achter, hub: start } = fakeStore();
    const hub = start();
    await hub.onApplicationBootstrap();
    const mobiliteit = ontvangen(hub, { sub: 'dienst-mobiliteit', rol: 'dienst', dienstId: 'mobiliteit' });
    await schrijf('a', 'SignaalIngediend', { raadId: 'dr-kermt' });
    achter.add('a');
    await schrijf('a', 'DoorgestuurdNaarDienst', { doorsturingId: 'd1', dienstId: 'mobiliteit' });
    expect(mobiliteit).toEqual([{ signaalId: 'a', type: 'DoorgestuurdNaarDienst', positie: 2 }]);
  });

  it('given the view the committed batch folded, then the hub tells who may see it without reading', async () => {
    const { schrijf, reads, hub: start } = fakeStore({ gevouwen: true });
    const hub = start();
    await hub.onApplicationBootstrap();
    const kermt = ontvangen(hub, { sub: 'raad-dr-kermt', rol: 'raad', raadId: 'dr-kermt' });
    await schrijf('a', 'SignaalIngediend', { raadId: 'dr-kermt' });
    await schrijf('a', 'DoorgestuurdNaarDienst', { doorsturingId: 'd1', dienstId: 'mobiliteit' });
    expect(kermt.map((b) => b.positie)).toEqual([1, 2]);
    expect(reads).toEqual([]);
  });

  it('given events the runner catches up on at start, then the hub tells only what came after', async () => {
    const { schrijf, vertel, log, hub: start } = fakeStore();
    await schrijf('oud', 'SignaalIngediend', { raadId: 'dr-kermt' });
    const hub = start();
    await hub.onApplicationBootstrap();
    const kermt = ontvangen(hub, { sub: 'raad-dr-kermt', rol: 'raad', raadId: 'dr-kermt' });
    await vertel([...log]); // the runner's first batch after the start
    await schrijf('oud', 'VerduidelijkingGevraagd', { vraag: 'Waar?' });
    expect(kermt.map((b) => b.positie)).toEqual([2]);
  });

  it('given projections on the bus, then the hub follows the log itself', async () => {
    const { schrijf, opDeBus } = fakeStore();
    const hub = opDeBus();
    await hub.onApplicationBootstrap();
    const kermt = ontvangen(hub, { sub: 'raad-dr-kermt', rol: 'raad', raadId: 'dr-kermt' });
    await schrijf('a', 'SignaalIngediend', { raadId: 'dr-kermt' });
    await schrijf('b', 'SignaalIngediend', { raadId: 'dr-kuringen' });
    expect(kermt.map((b) => b.positie)).toEqual([1]);
  });
});

describe('the open streams (Stromen)', () => {
  const raad = (sub: string, verlooptOp?: number): Gebruiker => ({
    sub,
    rol: 'raad',
    raadId: 'dr-kermt',
    verlooptOp,
  });
  const volg = (stromen: Stromen, gebruiker: Gebruiker) => {
    const events: string[] = [];
    let klaar = false;
    stromen.volg(gebruiker, NEVER).subscribe({
      next: (e) => events.push(String(e.type)),
      complete: () => (klaar = true),
    });
    return { events, klaar: () => klaar };
  };

  it('given a stream while the process drains or starts draining, then it says "afsluiten" and ends', () => {
    const draining = new Draining();
    const stromen = new Stromen(draining);
    const open = [volg(stromen, raad('a')), volg(stromen, raad('b'))];
    draining.start();
    const laat = volg(stromen, raad('c'));
    for (const s of [...open, laat])
      expect({ events: s.events, klaar: s.klaar() }).toEqual({ events: ['afsluiten'], klaar: true });
  });

  it('given a token that expires, then the stream says "verlopen" at its expiry', () => {
    jest.useFakeTimers({ now: 1_000_000 });
    try {
      const s = volg(new Stromen(new Draining()), raad('a', 1_000_000 + 60_000));
      jest.advanceTimersByTime(59_999);
      expect(s.klaar()).toBe(false);
      jest.advanceTimersByTime(1);
      expect({ events: s.events, klaar: s.klaar() }).toEqual({ events: ['verlopen'], klaar: true });
    } finally {
      jest.useRealTimers();
    }
  });

  it(`given ${MAX_STROMEN_PER_GEBRUIKER} streams of one identity, a next one ends the oldest with "vervangen"`, () => {
    const stromen = new Stromen(new Draining());
    const eigen = Array.from({ length: MAX_STROMEN_PER_GEBRUIKER }, () => volg(stromen, raad('a')));
    const ander = volg(stromen, raad('b'));
    volg(stromen, raad('a'));
    expect(eigen.map((s) => s.events)).toEqual([['vervangen'], [], [], [], []]);
    expect(ander.events).toEqual([]);
  });
});
