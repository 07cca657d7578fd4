import type { Gebruiker } from '@signaalspoor/auth';
import type { EventStore, RecordedEvent, SubscribeOptions } from '@signaalspoor/event-store';
import { ReferenceData } from '@signaalspoor/reference-data';
import { vouw, type Leesmodel, type SignaalViewRepository } from '@signaalspoor/signaal-view';
import { StroomHub, type StroomBericht } from './stroom';

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
 * A store whose log the test writes; the hub subscribes to it like to the real one. The read model
 * holds each signaal's view as folded from its stream, but `achter` signalen lag one event behind.
 */
function fakeStore(eerder: RecordedEvent[] = []) {
  let handler: SubscribeOptions['handler'] | undefined;
  const log = [...eerder];
  const achter = new Set<string>();
  const stroom = (streamId: string) => log.filter((e) => e.streamId === streamId);
  const store = {
    headPosition: async () => log.length,
    subscribe: (o: SubscribeOptions) => {
      handler = o.handler;
      return { position: 0, close: async () => undefined };
    },
    readStream: async (streamId: string) => stroom(streamId),
  } as unknown as EventStore;
  const views = {
    vind: async (signaalId: string) => {
      const events = stroom(`signaal-${signaalId}`);
      return vouw(achter.has(signaalId) ? events.slice(0, -1) : events)?.view ?? null;
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
    await handler?.(event);
  };
  /** the hub of a process that keeps the view (the all-in-one app) */
  const hub = () =>
    new StroomHub(
      store,
      undefined as never,
      {
        views,
        signalen: { reached: async () => true },
      } as unknown as Leesmodel,
    );
  return { store, schrijf, log, achter, hub };
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
});
