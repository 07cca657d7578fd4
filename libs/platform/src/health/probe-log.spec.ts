import { ProbeLog, type CheckOutcomes } from './probe-log';

describe('ProbeLog', () => {
  const lines: string[] = [];
  const log = new ProbeLog('readiness', {
    warn: (line) => lines.push(`warn ${line}`),
    log: (line) => lines.push(`log ${line}`),
  });
  const up: CheckOutcomes = { database: { status: 'up' }, 'kafka projecties': { status: 'up', lag: 0 } };
  const kafkaDown: CheckOutcomes = {
    database: { status: 'up' },
    'kafka projecties': { status: 'down', state: 'connecting', lag: 12, lastError: 'x'.repeat(2000) },
  };

  it('stays quiet while the process starts, until its first success', () => {
    log.record(kafkaDown);
    log.record(kafkaDown);
    log.record(up);
    expect(lines).toEqual([]);
  });

  it('then logs one line when checks go down, none for each further failing probe, one when all are up again', () => {
    for (let i = 0; i < 10; i++) log.record(kafkaDown);
    log.record({ ...kafkaDown, database: { status: 'down', error: 'no answer within 2000 ms' } });
    log.record(up);
    log.record(up);
    expect(lines).toEqual([
      'warn readiness: niet in orde: kafka projecties',
      'warn readiness: niet in orde: database (no answer within 2000 ms), kafka projecties',
      'log readiness: weer in orde',
    ]);
  });
});
