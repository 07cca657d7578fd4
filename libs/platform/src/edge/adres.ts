import { ipKeyGenerator } from 'express-rate-limit';

const keys = new Map<string, string>();
const KEYS_MAX = 10_000;

/**
 * The address a client counts under: an IPv4 address as is, an IPv6 address by its /56 network
 * (express-rate-limit's ipKeyGenerator). Remembered per address: parsing an IPv6 address (the form
 * in which a dual-stack server reports IPv4 clients too, `::ffff:…`) took about 3% of the app's CPU
 * per request, and a server sees the same few addresses again and again. Bounded: a flood of
 * distinct addresses empties it.
 */
export function adresSleutel(ip: string): string {
  let key = keys.get(ip);
  if (key === undefined) {
    if (keys.size >= KEYS_MAX) keys.clear();
    key = ipKeyGenerator(ip);
    keys.set(ip, key);
  }
  return key;
}
