import express from 'express';
import type { AddressInfo } from 'node:net';
import { voorrang } from './voorrang';

describe('the bulkhead of the public routes', () => {
  it('handles at most N at once, lets the others wait in order, and refuses beyond the line', async () => {
    const app = express();
    let bezig = 0;
    let hoogste = 0;
    const klaar: (() => void)[] = [];
    app.use(voorrang(2, 3));
    app.get('/', (_req, res) => {
      hoogste = Math.max(hoogste, ++bezig);
      klaar.push(() => {
        bezig--;
        res.send('ok');
      });
    });
    const server = app.listen(0);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const antwoorden = Array.from({ length: 6 }, () => fetch(url).then((r) => r.status));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(klaar).toHaveLength(2); // two handled, three waiting, the sixth refused
      while (klaar.length) {
        klaar.shift()!();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect((await Promise.all(antwoorden)).sort()).toEqual([200, 200, 200, 200, 200, 503]);
      expect(hoogste).toBe(2);
    } finally {
      server.close();
    }
  });
});
