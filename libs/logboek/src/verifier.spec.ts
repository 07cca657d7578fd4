import type { NewEvent } from '@signaalspoor/event-store';
import { auditSleutels } from './sleutels';
import { signCheckpoint } from './checkpoint';
import { LogVerifier, type StoredEvent } from './verifier';
import { chainHash, GENESIS_HASH, verzegel } from './zegel';

const sleutels = auditSleutels('a-secret-of-at-least-thirty-two-characters');

function log(count: number, key = sleutels.macKey): StoredEvent[] {
  let hash = GENESIS_HASH;
  return Array.from({ length: count }, (_, index) => {
    const fresh: NewEvent = {
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      type: 'SignaalIngediend',
      data: { titel: `signaal ${index}` },
      metadata: {
        actor: { rol: 'raad', id: 'r' },
        correlationId: 'c',
        causationId: 'c',
        schemaVersion: 1,
        occurredAt: '2026-01-01T00:00:00.000Z',
      },
    };
    const sealed = verzegel(key, `signaal-${index}`, fresh, 0);
    const event = {
      ...sealed,
      streamId: `signaal-${index}`,
      revision: 0,
      position: index + 1,
      recordedAt: '2026-01-01T00:00:00.000000Z',
    };
    hash = chainHash(hash, event);
    return { ...event, hash };
  });
}

const rechain = (events: StoredEvent[]): StoredEvent[] => {
  let hash = GENESIS_HASH;
  return events.map((event) => ({ ...event, hash: (hash = chainHash(hash, event)) }));
};

function verify(
  events: StoredEvent[],
  options: ConstructorParameters<typeof LogVerifier>[0] = {},
  head?: { positie: number; hash: string },
) {
  const verifier = new LogVerifier({ macKey: sleutels.macKey, publicKey: sleutels.publicKeyPem, ...options });
  for (const event of events) if (!verifier.add(event)) break;
  return verifier.finish(head);
}

describe('verifying a log', () => {
  it('given a sealed log, when verified, then it is intact', () => {
    expect(verify(log(5))).toEqual({ intact: true, gecontroleerd: 5 });
  });

  it('given an event rewritten with the chain recomputed, then its seal names it', () => {
    const events = log(5);
    events[2] = { ...events[2], data: { titel: 'vervalst' } };
    expect(verify(rechain(events)).eersteAfwijking).toEqual({
      positie: 3,
      reden: expect.stringContaining('zegel'),
    });
  });

  it('given events sealed with another key, then the first is named', () => {
    const forged = rechain(log(3, auditSleutels('another-secret-of-thirty-two-characters').macKey));
    expect(verify(forged).eersteAfwijking?.positie).toBe(1);
  });

  it('given a checkpoint beyond the last event, then the first missing position is named', () => {
    const events = log(5);
    const checkpoint = signCheckpoint(
      sleutels.checkpointKey,
      { positie: 5, hash: events[4].hash },
      new Date(),
    );
    expect(verify(events.slice(0, 3), { checkpoints: [checkpoint] }).eersteAfwijking?.positie).toBe(4);
  });

  it('given a checkpoint signed with another key, then it is refused', () => {
    const events = log(2);
    const other = auditSleutels('another-secret-of-thirty-two-characters');
    const checkpoint = signCheckpoint(other.checkpointKey, { positie: 2, hash: events[1].hash }, new Date());
    expect(verify(events, { checkpoints: [checkpoint] }).intact).toBe(false);
  });

  it('given a head that claims fewer events than stored, then the first row beyond it is named', () => {
    const events = log(4);
    expect(verify(events, {}, { positie: 3, hash: events[2].hash }).eersteAfwijking?.positie).toBe(4);
  });

  it('given only the public key, when a swapped pair breaks the chain at a checkpoint, then the interval start is named', () => {
    const events = log(4);
    const checkpoints = [1, 4].map((n) =>
      signCheckpoint(sleutels.checkpointKey, { positie: n, hash: events[n - 1].hash }, new Date()),
    );
    const swapped = rechain([
      events[0],
      { ...events[2], position: 2 },
      { ...events[1], position: 3 },
      events[3],
    ]);
    const result = verify(swapped, { macKey: undefined, checkpoints });
    expect(result.eersteAfwijking?.positie).toBe(2);
  });
});

describe('verifying a log against witnessed checkpoints', () => {
  const checkpointAt = (events: StoredEvent[], n: number) =>
    signCheckpoint(sleutels.checkpointKey, { positie: n, hash: events[n - 1].hash }, new Date());

  it('given the key holder resealed an event and re-signed the checkpoints, then the witness copy names the interval', () => {
    const events = log(4);
    const witnessed = { ...checkpointAt(events, 3), bron: 'getuige webhook.jsonl' };
    const resealed = verzegel(
      sleutels.macKey,
      events[1].streamId,
      { ...events[1], data: { titel: 'vervalst' } },
      0,
    );
    const forged = rechain(events.map((event, i) => (i === 1 ? { ...event, ...resealed } : event)));
    const resigned = checkpointAt(forged, 3);
    // seals and the log's own (re-signed) checkpoint agree with the forgery
    expect(verify(forged, { checkpoints: [resigned] }).intact).toBe(true);
    // the re-signed checkpoint at 2 matches the forgery too: the interval starts after the witness's last match
    const resigned2 = checkpointAt(forged, 2);
    expect(verify(forged, { checkpoints: [resigned2, resigned, witnessed] }).eersteAfwijking).toEqual({
      positie: 1,
      reden: expect.stringContaining('(getuige webhook.jsonl)'),
    });
  });

  it('given only the public key, then rows after the last checkpoint are not covered', () => {
    const events = log(4);
    const result = verify(events, {
      macKey: undefined,
      checkpoints: [checkpointAt(events, 2)],
      dekking: true,
    });
    expect(result.eersteAfwijking).toEqual({
      positie: 3,
      reden: expect.stringContaining('na het laatste vertrouwde checkpoint'),
    });
    expect(verify(events, { checkpoints: [checkpointAt(events, 2)], dekking: true }).intact).toBe(true);
  });

  it('given a closing checkpoint of the last row, then every row is covered; of another chain, it is refused', () => {
    const events = log(3);
    const close = (checkpoint: ReturnType<typeof checkpointAt>, rows = events) => {
      const verifier = new LogVerifier({ publicKey: sleutels.publicKeyPem, dekking: true });
      for (const event of rows) verifier.add(event);
      verifier.sluitAf(checkpoint);
      return verifier.finish();
    };
    expect(close(checkpointAt(events, 3))).toEqual({ intact: true, gecontroleerd: 3 });
    expect(close(checkpointAt(events, 2)).eersteAfwijking?.positie).toBe(1);
    const other = auditSleutels('another-secret-of-thirty-two-characters');
    const unsigned = signCheckpoint(other.checkpointKey, { positie: 3, hash: events[2].hash }, new Date());
    expect(close(unsigned).intact).toBe(false);
  });
});
