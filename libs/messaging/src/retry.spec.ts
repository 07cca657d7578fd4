import type { RecordedEvent } from '@signaalspoor/event-store';
import { EventStoreError } from '@signaalspoor/event-store';
import { KafkaJSConnectionError, KafkaJSNonRetriableError, KafkaJSNumberOfRetriesExceeded } from 'kafkajs';
import { DeliveryStopped, deliver, deliverBatch, isTransient } from './retry';

const event = { id: 'e1' } as RecordedEvent;
const policy = { retries: 2, backoffMs: 100, maxBackoffMs: 1000 };
const withCode = (code: string) => Object.assign(new Error(`fout ${code}`), { code });
/** A handler that fails with `errors` in turn, then for good with `last`, or succeeds without one. */
const failing = (errors: Error[], last?: Error) => {
  const handler = errors.reduce((mock, error) => mock.mockRejectedValueOnce(error), jest.fn());
  return last ? handler.mockRejectedValue(last) : handler.mockResolvedValue(undefined);
};

describe('deliver', () => {
  it('given a handler that succeeds, when delivered, then it is handled after one attempt', async () => {
    const handler = jest.fn().mockResolvedValue(undefined);
    const pause = jest.fn().mockResolvedValue(true);

    expect(await deliver(handler, event, policy, pause)).toEqual({ handled: true });
    expect(handler).toHaveBeenCalledTimes(1);
    expect(pause).not.toHaveBeenCalled();
  });

  it('given a handler that fails twice, when delivered, then it is handled after backing off 100 and 200 ms', async () => {
    const handler = failing([new Error('a'), new Error('b')]);
    const pause = jest.fn().mockResolvedValue(true);

    expect(await deliver(handler, event, policy, pause)).toEqual({ handled: true });
    expect(pause.mock.calls).toEqual([[100], [200]]);
  });

  it('given a handler that always fails, when the retries are spent, then the last error is the reason to dead-letter', async () => {
    const handler = failing([new Error('eerst')], new TypeError('kapot'));
    const pause = jest.fn().mockResolvedValue(true);

    expect(await deliver(handler, event, policy, pause)).toEqual({
      handled: false,
      reason: 'TypeError: kapot',
      attempts: 3,
    });
    expect(handler).toHaveBeenCalledTimes(3);
  });

  it('given a database outage longer than the retries, when delivered, then it waits it out with capped backoff and is handled', async () => {
    const handler = failing(Array.from({ length: 6 }, () => withCode('ECONNREFUSED')));
    const pause = jest.fn().mockResolvedValue(true);

    expect(await deliver(handler, event, policy, pause)).toEqual({ handled: true });
    expect(pause.mock.calls.flat()).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('given transient failures first, when the handler then fails for good, then it still gets all its retries', async () => {
    const handler = failing([withCode('57P01'), withCode('57P01')], new TypeError('kapot'));
    const pause = jest.fn().mockResolvedValue(true);

    expect(await deliver(handler, event, policy, pause)).toEqual({
      handled: false,
      reason: 'TypeError: kapot',
      attempts: 5,
    });
  });

  it('given a transient failure, when the consumer stops during the wait, then it throws and nothing is dead-lettered', async () => {
    const handler = jest.fn().mockRejectedValue(withCode('ECONNRESET'));
    const pause = jest.fn().mockResolvedValueOnce(true).mockResolvedValue(false);

    await expect(deliver(handler, event, policy, pause)).rejects.toBeInstanceOf(DeliveryStopped);
    expect(handler).toHaveBeenCalledTimes(2);
  });
});

describe('isTransient', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED')],
    ['a reset connection', withCode('ECONNRESET')],
    ['a connect timeout', withCode('ETIMEDOUT')],
    ['PostgreSQL shutting down', withCode('57P01')],
    ['PostgreSQL crashed', withCode('57P02')],
    ['PostgreSQL starting up', withCode('57P03')],
    ['a connection exception (class 08)', withCode('08006')],
    ['too many connections', withCode('53300')],
    ['a serialization failure', withCode('40001')],
    ['a deadlock', withCode('40P01')],
    ['node-postgres losing its connection', new Error('Connection terminated unexpectedly')],
    ['the pool timing out', new Error('timeout exceeded when trying to connect')],
    [
      'an unavailable event store',
      new EventStoreError('EVENT_STORE_UNAVAILABLE', 'De event store is niet bereikbaar', 'unavailable'),
    ],
    ['a retriable kafkajs error', new KafkaJSConnectionError('Connection error')],
    [
      'kafkajs giving up on a retriable error',
      new KafkaJSNumberOfRetriesExceeded(new KafkaJSConnectionError('Connection error'), {
        retryCount: 5,
        retryTime: 1000,
      }),
    ],
    ['a wrapped refused connection', new Error('opslaan mislukt', { cause: withCode('ECONNREFUSED') })],
  ])('%s is transient', (_, error) => {
    expect(isTransient(error)).toBe(true);
  });

  it.each([
    ['a plain error', new Error('kapot')],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a unique violation', withCode('23505')],
    ['a syntax error', withCode('42601')],
    ['a conflict', new EventStoreError('WRONG_EXPECTED_REVISION', 'gewijzigd', 'conflict')],
    ['a kafkajs error that is not retriable', new KafkaJSNonRetriableError('Invalid message')],
    ['something that is not an error', 'ECONNREFUSED'],
  ])('%s is not transient', (_, error) => {
    expect(isTransient(error)).toBe(false);
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
