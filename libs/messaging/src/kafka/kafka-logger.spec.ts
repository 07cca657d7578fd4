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
  const write = kafkaLogCreator(sink)(logLevel.INFO);
  const entry = (level: logLevel, message: string, extra: Record<string, unknown> = {}) =>
    write({ namespace: 'Consumer', level, label: '', log: { timestamp: '', message, ...extra } });

  beforeEach(() => lines.splice(0));

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
