import type { Writable } from 'node:stream';

/**
 * Until the client read what waits in a response's buffer (`drain`), or went away (`close`): one
 * listener on each, both removed again, so a long download that waits often leaves none behind.
 */
export const geleegd = (response: Writable): Promise<void> =>
  new Promise<void>((resolve) => {
    const klaar = () => {
      response.off('drain', klaar).off('close', klaar);
      resolve();
    };
    response.once('drain', klaar).once('close', klaar);
  });
