import type { Test } from 'supertest';

/** What a test calls the app through: supertest on the app or on the gateway (or a function giving it, for an app started later). */
interface Http {
  post(url: string): Test;
  get(url: string): Test;
}

/**
 * The API as a test's users call it, each by a name in `tokens` (filled in later is fine): the
 * `positie` of every command is remembered and every read sends it as `X-Positie`, so a read reflects
 * the writes before it (read-your-writes); a command without a body is sent without one.
 */
export function apiVoor(app: Http | (() => Http), tokens: Record<string, string>) {
  const http = () => (typeof app === 'function' ? app() : app);
  let positie = 0;
  const zag = (p: unknown) => {
    if (typeof p === 'number') positie = Math.max(positie, p);
  };
  return {
    post(path: string, who: string, body?: object): Test {
      const req = http().post(`/api${path}`).set('Authorization', tokens[who]);
      req.on('response', (res: { body?: { positie?: unknown } }) => zag(res.body?.positie));
      return body === undefined ? req : req.send(body);
    },
    get(path: string, who: string): Test {
      return http().get(`/api${path}`).set('Authorization', tokens[who]).set('X-Positie', String(positie));
    },
    /** for commands sent otherwise: remembers their `positie` too */
    zag,
    /** the highest `positie` a command answered so far */
    positie: () => positie,
  };
}
