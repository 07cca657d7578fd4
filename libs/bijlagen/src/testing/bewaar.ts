import { createHash } from 'node:crypto';
import type { Bewaar } from '../inhoud/inhoud';

/** Keeps nothing: reads the bytes as a store would and answers their SHA-256 and length. */
export const bewaarNiets: Bewaar = async (_, bytes) => {
  const hash = createHash('sha256');
  let grootte = 0;
  for await (const stuk of bytes) {
    hash.update(stuk);
    grootte += stuk.length;
  }
  return { sha256: hash.digest('hex'), grootte };
};
