import type { Actor } from '@signaalspoor/domain';
import { commandVerzoek } from './command';

const actor: Actor = { rol: 'raad', id: 'p1', raadId: 'dr-kermt' };
const context = { requestId: 'r1', correlationId: 'c1' };

describe('the headers of a command request', () => {
  it('passes a well-formed Idempotency-Key on and refuses a malformed one', () => {
    expect(commandVerzoek(actor, context, { 'idempotency-key': 'abc-123' })).toEqual({
      actor,
      correlationId: 'c1',
      causationId: 'r1',
      idempotencyKey: 'abc-123',
    });
    for (const key of ['', 'met spatie', 'x'.repeat(201), 'é']) {
      expect(() => commandVerzoek(actor, context, { 'idempotency-key': key })).toThrow(
        expect.objectContaining({ code: 'ONGELDIGE_IDEMPOTENCY_KEY', field: 'Idempotency-Key' }),
      );
    }
  });

  it('reads If-Match as the revisions of strong ETags; * and no header set no condition', () => {
    expect(commandVerzoek(actor, context, { 'if-match': '"3"' }).ifMatch).toEqual([3]);
    expect(commandVerzoek(actor, context, { 'if-match': '"3", "5"' }).ifMatch).toEqual([3, 5]);
    expect(commandVerzoek(actor, context, { 'if-match': 'W/"3"' }).ifMatch).toEqual([]);
    expect(commandVerzoek(actor, context, { 'if-match': '*' }).ifMatch).toBeUndefined();
    expect(commandVerzoek(actor, context, {}).ifMatch).toBeUndefined();
  });

  it('refuses an If-Match that is no list of entity tags', () => {
    for (const header of ['3', '"x"', '"3",', '"-1"', '"1e3"']) {
      expect(() => commandVerzoek(actor, context, { 'if-match': header })).toThrow(
        expect.objectContaining({ code: 'ONGELDIGE_IF_MATCH', field: 'If-Match' }),
      );
    }
  });
});
