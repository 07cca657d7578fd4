import type { RecordedEvent } from '@signaalspoor/event-store';
import { deliver, deliverBatch } from './retry';

const event = { id: 'e1' } as RecordedEvent;
const policy = { retries: 2, backoffMs: 100 };

describe('deliver', () => {
  it('given a handler that succeeds, when delivered, then it is handled after one attempt', async () => {
    const handler = jest.fn().mockResolvedValue(undefined);
    const pause = jest.fn().mockResolvedValue(undefined);

    expect(await deliver(handler, event, policy, pause)).toEqual({ handled: true });
    expect(handler).toHaveBeenCalledTimes(1);
    expect(pause).not.toHaveBeenCalled();
  });

  it('given a handler that fails twice, when delivered, then it is handled after backing off 100 and 200 ms', async () => {
    const handler = jest
      .fn()
      .mockRejectedValueOnce(new Error('a'))
      .mockRejectedValueOnce(new Error('b'))
      .mockResolvedValue(undefined);
    const pause = jest.fn().mockResolvedValue(undefined);

    expect(await deliver(handler, event, policy, pause)).toEqual({ handled: true });
    expect(pause.mock.calls).toEqual([[100], [200]]);
  });

  it('given a handler that always fails, when the retries are spent, then the last error is the reason to dead-letter', async () => {
    const handler = jest
      .fn()
      .mockRejectedValueOnce(new Error('eerst'))
      .mockRejectedValue(new TypeError('kapot'));
    const pause = jest.fn().mockResolvedValue(undefined);

    expect(await deliver(handler, event, policy, pause)).toEqual({
      handled: false,
      reason: 'TypeError: kapot',
      attempts: 3,
    });
    expect(handler).toHaveBeenCalledTimes(3);
  });
});

describe('deliverBatch', () => {
  const events = ['e1', 'e2', 'e3'].map((id) => ({ id }) as RecordedEvent);
  const identity = (item: RecordedEvent) => item;

  it('given a batch handler that succeeds, when delivered, then it gets all events at once and none goes one by one', async () => {
    const batch = jest.fn().mockResolvedValue(undefined);
    const each = jest.fn().mockResolvedValue(undefined);

    await deliverBatch(batch, events, identity, each);

    expect(batch.mock.calls).toEqual([[events]]);
    expect(each).not.toHaveBeenCalled();
  });

  it('given a batch handler that throws, when delivered, then every event goes one by one, in order', async () => {
    const batch = jest.fn().mockRejectedValue(new Error('kapot'));
    const each = jest.fn().mockResolvedValue(undefined);

    await deliverBatch(batch, events, identity, each);

    expect(each.mock.calls).toEqual(events.map((event) => [event]));
  });

  it('given no batch handler, when delivered, then every event goes one by one', async () => {
    const each = jest.fn().mockResolvedValue(undefined);

    await deliverBatch(undefined, events, identity, each);

    expect(each).toHaveBeenCalledTimes(3);
  });
});
