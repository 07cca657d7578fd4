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
  const api = {
    post(path: string, who: string, body?: object): Test {
      const req = http().post(`/api${path}`).set('Authorization', tokens[who]);
      req.on('response', (res: { body?: { positie?: unknown } }) => zag(res.body?.positie));
      return body === undefined ? req : req.send(body);
    },
    get(path: string, who: string): Test {
      return http().get(`/api${path}`).set('Authorization', tokens[who]).set('X-Positie', String(positie));
    },
    /** `who` routes signaal `id` to `dienst`: the new doorsturing's id is the body's `id` */
    doorsturen(id: string, who: string, dienst: string): Test {
      return api.post(`/signalen/${id}/doorsturingen`, who, { dienst });
    },
    /** `who`, the dienst, answers doorsturing `doorsturing` of signaal `id`: `{ besluit, antwoord, … }` */
    antwoorden(id: string, doorsturing: string, who: string, antwoord: object): Test {
      return api.post(`/signalen/${id}/doorsturingen/${doorsturing}/antwoord`, who, antwoord);
    },
    /** `who`, the wijkmanager, gives the raad feedback on signaal `id`: final unless said otherwise */
    terugkoppelen(id: string, who: string, boodschap: string, definitief = true): Test {
      return api.post(`/signalen/${id}/terugkoppelingen`, who, { boodschap, definitief });
    },
    /** for commands sent otherwise: remembers their `positie` too */
    zag,
    /** the highest `positie` a command answered so far */
    positie: () => positie,
  };
  return api;
}
