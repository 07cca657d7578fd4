import { logLevel } from 'kafkajs';
import { kafkaLogCreator } from './kafka-logger';

describe('kafkaLogCreator', () => {
  const lines: [string, string][] = [];
  const sink = {
    error: (m: string) => lines.push(['error', m]),
    warn: (m: string) => lines.push(['warn', m]),
    log: (m: string) => lines.push(['log', m]),
    debug: (m: string) => lines.push(['debug', m]),
  };
  let clock = 0;
  const write = kafkaLogCreator(sink, () => clock)(logLevel.INFO);
  const entry = (level: logLevel, message: string, extra: Record<string, unknown> = {}) =>
    write({ namespace: 'Consumer', level, label: '', log: { timestamp: '', message, ...extra } });

  beforeEach(() => {
    lines.splice(0);
    clock += 3_600_000;
  });

  it('sums up the refusals while a topic is created in one warning, the lines themselves at debug', () => {
    for (let i = 0; i < 290; i++)
      entry(logLevel.ERROR, 'Response Metadata(key: 3, version: 6)', {
        error: 'This server does not host this topic-partition',
      });
    entry(logLevel.ERROR, 'Response Metadata(key: 3, version: 6)', {
      error: 'There is no leader for this topic-partition as we are in the middle of a leadership election',
    });
    entry(logLevel.ERROR, 'Response CreateTopics(key: 19, version: 3)', { error: 'Topic creation errors' });
    expect(lines.filter(([level]) => level !== 'debug')).toEqual([
      [
        'warn',
        'topic of partitie nog niet klaar (aangemaakt of kiest een leider), kafkajs probeert opnieuw; verdere meldingen op debug: Response Metadata(key: 3, version: 6) (This server does not host this topic-partition)',
      ],
    ]);
    expect(lines).toHaveLength(292);
  });

  it('warns again about a topic not yet there only after a quiet minute', () => {
    const notThere = () =>
      entry(logLevel.ERROR, 'Response Metadata(key: 3, version: 6)', {
        error: 'This server does not host this topic-partition',
      });
    notThere();
    clock += 59_000;
    notThere();
    clock += 2_000;
    notThere();
    expect(lines.map(([level]) => level)).toEqual(['warn', 'debug', 'warn']);
  });

  it('logs the warning about the bounded retries of the idempotent producer, a deliberate choice, at debug', () => {
    entry(logLevel.WARN, 'Limiting retries for the idempotent producer may invalidate EoS guarantees');
    expect(lines.map(([level]) => level)).toEqual(['debug']);
  });

  it('logs the normal rebalance messages of a group at debug level, not as errors', () => {
    entry(logLevel.ERROR, 'Crash: KafkaJSError: The group is rebalancing, so a rejoin is needed', {
      groupId: 'g',
    });
    entry(logLevel.ERROR, 'The coordinator is not aware of this member, re-joining the group');
    entry(logLevel.WARN, 'The group is rebalancing, re-joining');
    expect(lines.map(([level]) => level)).toEqual(['debug', 'debug', 'debug']);
  });

  it('keeps real errors as errors, on one line with the group and the cause', () => {
    entry(logLevel.ERROR, 'Crash: KafkaJSProtocolError: Not authorized', { groupId: 'g', error: 'denied' });
    expect(lines).toEqual([['error', 'g Crash: KafkaJSProtocolError: Not authorized (denied)']]);
  });

  it('logs an unreachable broker at debug level: the consumer and the relay say so once per attempt', () => {
    entry(logLevel.ERROR, 'Connection error', { error: 'connect ECONNREFUSED 127.0.0.1:1' });
    expect(lines).toEqual([['debug', 'Connection error (connect ECONNREFUSED 127.0.0.1:1)']]);
  });
});
