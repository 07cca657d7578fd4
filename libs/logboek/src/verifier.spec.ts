import { auditSleutels } from './sleutels';
import { signCheckpoint } from './checkpoint';
import { LogVerifier, type StoredEvent } from './verifier';
import { LOGBOEK_HERVERZEGELD, LOGBOEK_STREAM } from './herverzegeling-event';
import { sleutels, verzegeldeLog } from './testing/verzegelde-log';
import { chainHash, GEEN_ZEGEL, GENESIS_HASH, verzegel, type Zegel } from './zegel';

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
    expect(verify(verzegeldeLog(5))).toEqual({ intact: true, gecontroleerd: 5 });
  });

  it('given an event rewritten with the chain recomputed, then its seal names it', () => {
    const events = verzegeldeLog(5);
    events[2] = { ...events[2], data: { titel: 'vervalst' } };
    expect(verify(rechain(events)).eersteAfwijking).toEqual({
      positie: 3,
      reden: expect.stringContaining('zegel'),
    });
  });

  it('given events sealed with another key, then the first is named', () => {
    const forged = rechain(verzegeldeLog(3, auditSleutels('another-secret-of-thirty-two-characters').macKey));
    expect(verify(forged).eersteAfwijking?.positie).toBe(1);
  });

  it('given a checkpoint beyond the last event, then the first missing position is named', () => {
    const events = verzegeldeLog(5);
    const checkpoint = signCheckpoint(
      sleutels.checkpointKey,
      { positie: 5, hash: events[4].hash },
      new Date(),
    );
    expect(verify(events.slice(0, 3), { checkpoints: [checkpoint] }).eersteAfwijking?.positie).toBe(4);
  });

  it('given a checkpoint signed with another key, then it is refused', () => {
    const events = verzegeldeLog(2);
    const other = auditSleutels('another-secret-of-thirty-two-characters');
    const checkpoint = signCheckpoint(other.checkpointKey, { positie: 2, hash: events[1].hash }, new Date());
    expect(verify(events, { checkpoints: [checkpoint] }).intact).toBe(false);
  });

  it('given a head that claims fewer events than stored, then the first row beyond it is named', () => {
    const events = verzegeldeLog(4);
    expect(verify(events, {}, { positie: 3, hash: events[2].hash }).eersteAfwijking?.positie).toBe(4);
  });

  it('given only the public key, when a swapped pair breaks the chain at a checkpoint, then the interval start is named', () => {
    const events = verzegeldeLog(4);
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
    const events = verzegeldeLog(4);
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
    const events = verzegeldeLog(4);
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
    const events = verzegeldeLog(3);
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

describe('verifying a log written partly before the seals', () => {
  const { zegel: _zegel, ...zonderZegel } = verzegeldeLog(1)[0].metadata as unknown as Record<
    string,
    unknown
  >;
  /** n events as a release before the seals wrote them, then `na` sealed ones */
  const oud = (n: number, na = 0): StoredEvent[] =>
    rechain(
      verzegeldeLog(n + na).map((event, index) =>
        index < n ? { ...event, metadata: zonderZegel as unknown as StoredEvent['metadata'] } : event,
      ),
    );
  /** the resealing event as the migration appends it: sealed, stating the chain where the old events end */
  const herverzegeling = (events: StoredEvent[], tot: number): StoredEvent[] => {
    const data = {
      van: 1,
      tot,
      hash: events[tot - 1].hash,
      aantal: tot,
      sleutel: sleutels.sleutelId,
      tijd: 'nu',
    };
    const sealed = verzegel(
      sleutels.macKey,
      LOGBOEK_STREAM,
      {
        ...verzegeldeLog(1)[0],
        id: '00000000-0000-4000-8000-999999999999',
        type: LOGBOEK_HERVERZEGELD,
        data,
      },
      0,
    );
    const marker = {
      ...sealed,
      streamId: LOGBOEK_STREAM,
      revision: 0,
      position: events.length + 1,
      recordedAt: 'nu',
    };
    return rechain([...events, { ...marker, hash: '' }]);
  };

  it('given events without a seal and no resealing, then the first of them is named', () => {
    expect(verify(oud(3, 2))).toEqual({
      intact: false,
      gecontroleerd: 0,
      eersteAfwijking: { positie: 1, reden: GEEN_ZEGEL },
    });
  });

  it('given a sealed resealing stating the chain where they end, then the log is intact', () => {
    expect(verify(herverzegeling(oud(3), 3))).toEqual({ intact: true, gecontroleerd: 4 });
  });

  it('given an old event changed after the resealing, chain recomputed, then the range is named', () => {
    const events = herverzegeling(oud(3), 3);
    events[1] = { ...events[1], data: { titel: 'vervalst' } };
    expect(verify(rechain(events)).eersteAfwijking).toEqual({
      positie: 1,
      reden: expect.stringContaining('de keten tot positie 3 is gewijzigd sinds het herverzegelen'),
    });
  });

  it('given a resealing forged without the key, then it is named and covers nothing', () => {
    const events = herverzegeling(oud(3), 3);
    events[3] = { ...events[3], data: { ...events[3].data, tot: 3, aantal: 99 } };
    expect(verify(rechain(events)).eersteAfwijking?.positie).toBe(1);
  });
});

describe('verifying a log across a rotation of its key', () => {
  const EERSTE = 'the-first-secret-of-at-least-32-characters';
  const oud = auditSleutels(EERSTE);
  const nieuw = auditSleutels('the-second-secret-of-at-least-32-characters', [EERSTE]);
  /** three events sealed before the rotation, two after */
  const events = () => rechain([...verzegeldeLog(3, oud), ...verzegeldeLog(5, nieuw).slice(3)]);

  it('given every new seal, then it names the key that made it', () => {
    expect(events().map((event) => (event.metadata as unknown as { zegel: Zegel }).zegel.sleutel)).toEqual([
      ...Array(3).fill(oud.sleutelId),
      ...Array(2).fill(nieuw.sleutelId),
    ]);
  });

  it('given the earlier key kept, then seals of both keys hold', () => {
    expect(verify(events(), { macKey: nieuw })).toEqual({ intact: true, gecontroleerd: 5 });
  });

  it('given the earlier key not kept, then the first old seal names its unknown key', () => {
    const zonder = auditSleutels('the-second-secret-of-at-least-32-characters');
    expect(verify(events(), { macKey: zonder }).eersteAfwijking).toEqual({
      positie: 1,
      reden: expect.stringContaining(`sleutel ${oud.sleutelId}`),
    });
  });

  it('given a checkpoint signed before the rotation, then it holds with the earlier public key only', () => {
    const log = events();
    const checkpoint = signCheckpoint(oud.checkpointKey, { positie: 3, hash: log[2].hash }, new Date());
    const options = { macKey: nieuw, checkpoints: [checkpoint], publicKey: nieuw.publicKeyPem };
    expect(verify(log, { ...options, eerderePubliekeSleutels: [oud.publicKeyPem] }).intact).toBe(true);
    expect(verify(log, options).intact).toBe(false);
  });

  it('given a rotation, then person keys are still found by the oldest secret’s pepper', () => {
    expect(nieuw.pepper.equals(oud.pepper)).toBe(true);
  });
});
