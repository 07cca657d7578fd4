import { eventStoreContract, newEvent } from '../contract/event-store.contract';
import { InMemoryEventStore } from './in-memory-event-store';

eventStoreContract('in memory', async () => {
  const store = new InMemoryEventStore();
  return { store, cleanup: () => store.close() };
});

describe('InMemoryEventStore beyond the contract', () => {
  it('keeps what was appended apart from the writer and the readers', async () => {
    const store = new InMemoryEventStore();
    const event = newEvent('A', { lijst: [1] });
    await store.append('signaal-1', [event], 'no-stream');
    (event.data.lijst as number[]).push(2);
    const [read] = await store.readStream('signaal-1');
    (read.data.lijst as number[]).push(3);

    expect((await store.readStream('signaal-1'))[0].data).toEqual({ lijst: [1] });
  });

  it('refuses an event id that is no UUID, as the PostgreSQL store does', async () => {
    const store = new InMemoryEventStore();

    await expect(
      store.append('signaal-1', [{ ...newEvent('A'), id: 'geen-uuid' }], 'no-stream'),
    ).rejects.toThrow(/geen UUID/);
    expect(await store.headPosition()).toBe(0);
  });

  it('refuses every call once closed', async () => {
    const store = new InMemoryEventStore();
    await store.close();

    await expect(store.append('signaal-1', [newEvent('A')], 'no-stream')).rejects.toThrow(/closed/);
    await expect(store.readAll({ after: 0, limit: 1 })).rejects.toThrow(/closed/);
  });
});
