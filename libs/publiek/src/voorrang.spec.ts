import express, { type Response } from 'express';
import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { eventually } from '@signaalspoor/testing';
import { Voorrang } from './voorrang';

/** An app whose public route waits until the test lets it answer, behind `voorrang`. */
function app(voorrang: Voorrang) {
  const app = express();
  let bezig = 0;
  let hoogste = 0;
  const klaar: (() => void)[] = [];
  app.use('/publiek', (req, res, next) => voorrang.publiek(req, res, next));
  app.get('/publiek', (_req, res) => {
    hoogste = Math.max(hoogste, ++bezig);
    klaar.push(() => {
      bezig--;
      res.send('ok');
    });
  });
  const server = app.listen(0);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/publiek`;
  return { server, url, klaar, hoogste: () => hoogste };
}

const wacht = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the priority of the signed-in app over the public routes', () => {
  it('handles at most N public requests at once, lets the others wait in order, and refuses beyond the line', async () => {
    const { server, url, klaar, hoogste } = app(
      new Voorrang({ gelijktijdig: 2, wachtrij: 3, pauzeMs: 1, nawerkingMs: 0 }),
    );
    try {
      const antwoorden = Array.from({ length: 6 }, () => fetch(url).then((r) => r.status));
      await wacht(200);
      expect(klaar).toHaveLength(2); // two handled, three waiting, the sixth refused
      while (klaar.length) {
        klaar.shift()!();
        await wacht(50);
      }
      expect((await Promise.all(antwoorden)).sort()).toEqual([200, 200, 200, 200, 200, 503]);
      expect(hoogste()).toBe(2);
    } finally {
      server.close();
    }
  });

  it('handles one public request at a time, a pause apart, while the signed-in app is active; all again once it is quiet', async () => {
    const voorrang = new Voorrang({ gelijktijdig: 4, wachtrij: 100, pauzeMs: 500, nawerkingMs: 1000 });
    const { server, url, klaar, hoogste } = app(voorrang);
    // a signed-in request in progress: its response closes when the test says so
    const ingelogd = new EventEmitter() as Response;
    voorrang.ingelogd(ingelogd);
    try {
      const antwoorden = Array.from({ length: 4 }, () => fetch(url).then((r) => r.status));
      await eventually(async () => expect(klaar).toHaveLength(1), 5_000, 10);
      klaar.shift()!(); // answered well within the pause
      await wacht(100);
      expect(klaar).toHaveLength(0); // the next waits for the pause (500 ms from the first start) ...
      await eventually(async () => expect(klaar).toHaveLength(1), 5_000, 10); // ... and then goes, alone
      expect(hoogste()).toBe(1);
      ingelogd.emit('close');
      const stil = Date.now();
      klaar.shift()!();
      // its next request may follow soon: one at a time until it has been quiet for a while, then the rest
      await eventually(async () => expect(klaar).toHaveLength(2), 5_000, 10);
      expect(Date.now() - stil).toBeGreaterThanOrEqual(900);
      while (klaar.length) klaar.shift()!();
      expect(await Promise.all(antwoorden)).toEqual([200, 200, 200, 200]);
    } finally {
      server.close();
    }
  });
});
