// The VRRP password: 8 characters drawn uniformly from letters and digits with an injected random source.
import type { RandomSource } from './types';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** Bytes at or above this would bias the draw (256 is not a multiple of 62), so they are skipped. */
const LIMIT = 256 - (256 % ALPHABET.length);

export function randomAuthPass(random: RandomSource, length = 8): string {
  let out = '';
  for (let rounds = 0; out.length < length; rounds++) {
    if (rounds > 64) throw new Error('random source keeps returning unusable bytes');
    for (const b of random(length * 2)) {
      if (b < LIMIT && out.length < length) out += ALPHABET[b % ALPHABET.length];
    }
  }
  return out;
}
