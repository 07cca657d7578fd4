import { randomUUID } from 'node:crypto';
import { signaalStreamId, type Actor, type SignaalCommand } from '@signaalspoor/domain';
import { dienSignaalIn } from '@signaalspoor/domain/testing';
import { WrongExpectedRevisionError, type EventStore } from '@signaalspoor/event-store';
import { InMemoryEventStore } from '@signaalspoor/event-store/testing';
import type { CommandContext } from './codec';
import { SignaalRepository } from './signaal.repository';

const AT = '2026-03-03T09:00:00.000Z';
const raad: Actor = { rol: 'raad', id: 'lid-kiewit', raadId: 'kiewit' };
const wijkmanager: Actor = { rol: 'wijkmanager', id: 'wm-noord' };
const context = (actor: Actor, extra: Partial<CommandContext> = {}): CommandContext => ({
  actor,
  correlationId: randomUUID(),
  causationId: randomUUID(),
  ...extra,
});
const koppelTerug = (boodschap: string): SignaalCommand => ({
  type: 'KoppelTerug',
  at: AT,
  boodschap,
  definitief: false,
});

// What the repository does with any event store: on the in-memory one, in milliseconds.
describe('SignaalRepository', () => {
  let store: InMemoryEventStore;
  let repository: SignaalRepository;

  beforeEach(() => {
    store = new InMemoryEventStore();
    repository = new SignaalRepository(store);
  });

  async function ingediend(): Promise<string> {
    const signaalId = randomUUID();
    await repository.execute(signaalId, dienSignaalIn(signaalId, AT), context(raad));
    return signaalId;
  }

  /** Appends an event as a newer version of the app would: a type or schema version this code does not know. */
  const newerVersionWrites = (signaalId: string, type: string, schemaVersion: number) =>
    store.append(
      signaalStreamId(signaalId),
      [
        {
          id: randomUUID(),
          type,
          data: {},
          metadata: {
            ...context(wijkmanager),
            actor: { rol: 'wijkmanager', id: 'wm-noord' },
            schemaVersion,
            occurredAt: AT,
          },
        },
      ],
      'stream-exists',
    );

  describe('If-Match', () => {
    it('refuses with REVISIE_VERANDERD when another writer appends between load and append', async () => {
      const signaalId = await ingediend();
      // a store that lets another writer in right before this command's append
      const racing: EventStore = Object.create(store, {
        append: {
          value: async (...args: Parameters<EventStore['append']>) => {
            await repository.execute(signaalId, koppelTerug('Tussendoor.'), context(wijkmanager));
            return store.append(...args);
          },
        },
      });
      await expect(
        new SignaalRepository(racing).execute(
          signaalId,
          koppelTerug('Eerst.'),
          context(wijkmanager, { ifMatch: [0] }),
        ),
      ).rejects.toMatchObject({ code: 'REVISIE_VERANDERD', kind: 'precondition-failed' });
      expect((await store.readStream(signaalStreamId(signaalId))).map((e) => e.type)).toEqual([
        'SignaalIngediend',
        'TeruggekoppeldAanRaad',
      ]);
    });

    it('without If-Match decides again on the new state, as before', async () => {
      const signaalId = await ingediend();
      let raced = false;
      const racing: EventStore = Object.create(store, {
        append: {
          value: async (...args: Parameters<EventStore['append']>) => {
            if (!raced) {
              raced = true;
              await repository.execute(signaalId, koppelTerug('Tussendoor.'), context(wijkmanager));
            }
            return store.append(...args);
          },
        },
      });
      const result = await new SignaalRepository(racing).execute(
        signaalId,
        koppelTerug('Eerst.'),
        context(wijkmanager),
      );
      expect(result.revision).toBe(2);
      expect(result.state.terugkoppelingen.map((t) => t.boodschap)).toEqual(['Tussendoor.', 'Eerst.']);
    });
  });

  describe('events a newer version wrote (rolling upgrade)', () => {
    it.each([
      ['an unknown type', 'SignaalGesplitst', 1],
      ['a newer schema version of a known type', 'TeruggekoppeldAanRaad', 2],
    ])(
      'with %s: loading keeps the state and marks it; a command is refused and writes nothing',
      async (_name, type, version) => {
        const signaalId = await ingediend();
        await newerVersionWrites(signaalId, type, version);

        const loaded = await repository.load(signaalId);
        expect(loaded.revision).toBe(1);
        expect(loaded.state).toMatchObject({
          status: 'ingediend',
          terugkoppelingen: [],
          onleesbaar: [`${type} v${version}`],
        });

        await expect(
          repository.execute(signaalId, koppelTerug('Even geduld.'), context(wijkmanager)),
        ).rejects.toMatchObject({
          code: 'ONBEKEND_EVENTTYPE',
          kind: 'conflict',
        });
        expect(await store.readStream(signaalStreamId(signaalId))).toHaveLength(2);
      },
    );

    it('still answers a retry of a command that was written before the unknown event', async () => {
      const signaalId = await ingediend();
      const keyed = context(wijkmanager, { idempotencyKey: 'k-1' });
      const first = await repository.execute(signaalId, koppelTerug('Even geduld.'), keyed);
      await newerVersionWrites(signaalId, 'SignaalGesplitst', 1);
      const retry = await repository.execute(signaalId, koppelTerug('Even geduld.'), {
        ...keyed,
        causationId: randomUUID(),
      });
      expect(retry).toEqual(first);
    });
  });

  describe('a command that starts a stream', () => {
    it('is appended without reading the stream first: one round trip', async () => {
      const reads = jest.spyOn(store, 'readStream');
      const signaalId = randomUUID();

      const result = await repository.execute(signaalId, dienSignaalIn(signaalId, AT), context(raad));

      expect(reads).not.toHaveBeenCalled();
      expect(result).toMatchObject({ revision: 0, position: 1, state: { status: 'ingediend' } });
    });

    it('a retry with its Idempotency-Key answers as the first try did, from the stored events', async () => {
      const signaalId = randomUUID();
      const keyed = context(raad, { idempotencyKey: 'k-in' });
      const first = await repository.execute(signaalId, dienSignaalIn(signaalId, AT), keyed);

      const retry = await repository.execute(signaalId, dienSignaalIn(signaalId, AT), keyed);

      expect(retry).toEqual(first);
      expect(await store.headPosition()).toBe(1);
    });

    it('on a stream that exists is decided again on what is read, and refused', async () => {
      const signaalId = await ingediend();

      await expect(
        repository.execute(signaalId, dienSignaalIn(signaalId, AT), context(raad)),
      ).rejects.toMatchObject({ code: 'SIGNAAL_BESTAAT_AL' });
      expect(await store.headPosition()).toBe(1);
    });
  });

  describe('with an Idempotency-Key', () => {
    const keyed = (key: string) => context(wijkmanager, { idempotencyKey: key });

    it('a retry answers as the first try did and writes nothing more', async () => {
      const signaalId = await ingediend();
      const first = await repository.execute(signaalId, koppelTerug('Even geduld.'), keyed('k-1'));
      const head = await store.headPosition();

      const retry = await repository.execute(signaalId, koppelTerug('Even geduld.'), keyed('k-1'));

      expect(retry).toEqual(first);
      expect(await store.headPosition()).toBe(head);
    });

    it('concurrent tries write once and answer alike', async () => {
      const signaalId = await ingediend();

      const tries = await Promise.all(
        Array.from({ length: 4 }, () =>
          repository.execute(signaalId, koppelTerug('Even geduld.'), keyed('k-1')),
        ),
      );

      expect(new Set(tries.map((answer) => JSON.stringify(answer))).size).toBe(1);
      expect((await repository.load(signaalId)).revision).toBe(1);
    });

    it('refuses the key for another request, on the same signaal or another one, and writes nothing', async () => {
      const [signaalId, other] = [await ingediend(), await ingediend()];
      await repository.execute(signaalId, koppelTerug('Even geduld.'), keyed('k-1'));
      const head = await store.headPosition();
      const hergebruikt = { code: 'IDEMPOTENCY_KEY_HERGEBRUIKT', field: 'Idempotency-Key' };

      await expect(
        repository.execute(signaalId, koppelTerug('Iets anders.'), keyed('k-1')),
      ).rejects.toMatchObject(hergebruikt);
      await expect(
        repository.execute(other, koppelTerug('Even geduld.'), keyed('k-1')),
      ).rejects.toMatchObject(hergebruikt);
      expect(await store.headPosition()).toBe(head);
    });
  });

  it('a command that decides nothing answers the head of the log and no event ids', async () => {
    const signaalId = await ingediend();
    await repository.execute(signaalId, { type: 'TrekIn', at: AT }, context(raad));
    await ingediend();

    const result = await repository.execute(
      signaalId,
      { type: 'MeldTermijnOverschreden', at: AT, termijn: 'ontvangst', vervaldatum: AT },
      context(wijkmanager),
    );

    expect(result).toMatchObject({ revision: 1, eventIds: [], position: await store.headPosition() });
    expect(result.position).toBe(3);
  });

  it('gives up after three conflicts in a row', async () => {
    const signaalId = await ingediend();
    let appends = 0;
    const busy: EventStore = Object.create(store, {
      append: {
        value: async (...args: Parameters<EventStore['append']>) => {
          appends += 1;
          await repository.execute(signaalId, koppelTerug(`Tussendoor ${appends}.`), context(wijkmanager));
          return store.append(...args);
        },
      },
    });

    await expect(
      new SignaalRepository(busy).execute(signaalId, koppelTerug('Eerst.'), context(wijkmanager)),
    ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(appends).toBe(3);
    expect((await repository.load(signaalId)).revision).toBe(3);
  });
});
