import { isFinal } from './idempotency.interceptor';

describe('which answers an Idempotency-Key replays', () => {
  it('replays successes and refusals', () => {
    expect(isFinal(201)).toBe(true);
    expect(isFinal(409, { code: 'SIGNAAL_AFGESLOTEN' })).toBe(true);
    expect(isFinal(400, { code: 'ONGELDIGE_INVOER' })).toBe(true);
  });

  it('does not replay server errors or a lost race with a concurrent writer', () => {
    expect(isFinal(503, { code: 'EVENT_STORE_UNAVAILABLE' })).toBe(false);
    expect(isFinal(500, new Error('kapot'))).toBe(false);
    expect(isFinal(409, { code: 'WRONG_EXPECTED_REVISION' })).toBe(false);
  });
});
