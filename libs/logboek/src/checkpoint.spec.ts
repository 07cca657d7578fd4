import { generateKeyPairSync } from 'node:crypto';
import { getuigdeCheckpoints, signCheckpoint } from './checkpoint';

describe('witnessed checkpoints', () => {
  const { privateKey } = generateKeyPairSync('ed25519');
  const checkpoint = signCheckpoint(privateKey, { positie: 7, hash: 'ab'.repeat(32) }, new Date(0));

  it('reads webhook bodies, a mail text and the shipped JSON log lines alike', () => {
    const logLine = JSON.stringify({
      level: 'info',
      time: '2026-12-07T08:00:00.000Z',
      msg: 'checkpoint',
      checkpoint,
    });
    const text = ['Beste auditor,', JSON.stringify(checkpoint), '', logLine].join('\n');
    expect(getuigdeCheckpoints(text)).toEqual([checkpoint, checkpoint]);
  });

  it('refuses a JSON line that is no checkpoint, naming the line', () => {
    const other = JSON.stringify({ level: 'info', msg: 'request', status: 200 });
    expect(() => getuigdeCheckpoints(`${JSON.stringify(checkpoint)}\n${other}`)).toThrow(
      'regel 2 is geen checkpoint',
    );
  });
});
