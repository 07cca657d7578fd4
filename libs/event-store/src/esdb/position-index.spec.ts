import { START, type EventStoreDBClient } from '@eventstore/db-client';
import { PositionIndex } from './position-index';

/** A stand-in client: $all holds `domain` domain events in streams signaal-0..n, nothing is indexed yet. */
function fakeClient(domain: number) {
  const writes: string[] = [];
  const all = Array.from({ length: domain }, (_, i) => ({
    event: {
      streamId: `signaal-${i}`,
      type: 'SignaalIngediend',
      revision: 0n,
      position: { commit: BigInt(i + 1), prepare: BigInt(i + 1) },
    },
  }));
  const client = {
    readStream: async function* () {
      // no log stream yet: nothing indexed
    },
    readAll: async function* ({ fromPosition, maxCount }: { fromPosition: unknown; maxCount: number }) {
      const after = fromPosition === START ? 0n : (fromPosition as { commit: bigint }).commit;
      yield* all.filter((e) => e.event.position.commit >= after).slice(0, maxCount);
    },
    appendToStream: async (stream: string) => {
      writes.push(stream);
    },
  } as unknown as EventStoreDBClient;
  return { client, writes };
}

describe('PositionIndex.head (EventStoreDB adapter, stand-in client)', () => {
  it('given unindexed events, when asked for the head, then it counts them and writes nothing', async () => {
    const { client, writes } = fakeClient(7);
    const index = new PositionIndex(client, 3);
    expect(await index.head()).toBe(7);
    expect(writes).toEqual([]);
  });
});
