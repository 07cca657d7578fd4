import type { RecordedEvent } from '@signaalspoor/event-store';
import { deliver } from './retry';

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
