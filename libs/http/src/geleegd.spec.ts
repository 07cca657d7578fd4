import { PassThrough } from 'node:stream';
import { geleegd } from './geleegd';

describe('geleegd', () => {
  it('given many waits for a slow reader, then it leaves no listener behind', async () => {
    const response = new PassThrough({ highWaterMark: 1 });
    const voor = response.listenerCount('close') + response.listenerCount('drain');
    for (let i = 0; i < 20; i++) {
      const wacht = geleegd(response);
      response.emit('drain');
      await wacht;
    }
    expect(response.listenerCount('close') + response.listenerCount('drain')).toBe(voor);
  });

  it('given a client that goes away, then the wait ends', async () => {
    const response = new PassThrough();
    const wacht = geleegd(response);
    response.destroy();
    await expect(wacht).resolves.toBeUndefined();
  });
});
