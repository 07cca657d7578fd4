import type { Actor } from '@signaalspoor/domain';
import { commandIds } from './codec';

const lid: Actor = { rol: 'raad', id: 'p1', raadId: 'dr-kermt' };

describe('the ids of a command', () => {
  it('given an Idempotency-Key, when the command is tried again, then it makes the same ids', () => {
    const first = commandIds({ actor: lid, idempotencyKey: 'k1' });
    const retry = commandIds({ actor: { ...lid }, idempotencyKey: 'k1' });
    expect(retry.of('signaal')).toBe(first.of('signaal'));
    expect([retry.event(0), retry.event(1)]).toEqual([first.event(0), first.event(1)]);
    expect(first.of('signaal')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('given one key, then every name and index is its own id', () => {
    const ids = commandIds({ actor: lid, idempotencyKey: 'k1' });
    const all = [ids.of('signaal'), ids.of('doorsturing'), ids.event(0), ids.event(1)];
    expect(new Set(all).size).toBe(all.length);
  });

  it.each<[string, Actor]>([
    ['another raad of the same person', { ...lid, raadId: 'dr-stevoort' }],
    ['another role of the same person', { rol: 'wijkmanager', id: 'p1' }],
    ['another dienst', { rol: 'dienst', id: 'p1', dienstId: 'groen' }],
    ['another person', { ...lid, id: 'p2' }],
  ])(
    'given the same key, when %s sends it, then the ids differ (the principal is the whole identity)',
    (_, other) => {
      expect(commandIds({ actor: other, idempotencyKey: 'k1' }).event(0)).not.toBe(
        commandIds({ actor: lid, idempotencyKey: 'k1' }).event(0),
      );
    },
  );

  it('given no key, then every id is new', () => {
    const ids = commandIds({ actor: lid });
    expect(ids.of('signaal')).not.toBe(ids.of('signaal'));
    expect(ids.event(0)).not.toBe(ids.event(0));
  });
});
