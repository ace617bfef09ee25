/**
 * Stable identities and cheap similarity for exports.
 *
 * - `promptIdOf`: SHA-256 of the exact prompt text the model saw (distilabel's `prompt_id`), so
 *   exports from several browsers agree on which samples answer the same prompt. Exact, not
 *   normalised: two prompts that differ by a byte are different training inputs.
 * - `sketchOf` / `similarity`: a bottom-k MinHash of word 3-grams, estimating the Jaccard
 *   similarity of two responses from 32 numbers each, for near-duplicate removal in bounded memory.
 * - `rankOf`: a fixed pseudo-random order of sample ids, so "pick one" is unbiased yet the same
 *   whatever order the samples arrive in (a merge of several browsers gives the same export).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

const HEX = '0123456789abcdef';

/** Hex SHA-256 of a UTF-8 string, as one flat string (a concatenated one costs ~2 kB of heap per id). */
export function sha256Hex(text: string): string {
  const digest = sha256(utf8ToBytes(text));
  const codes = new Array<number>(digest.length * 2);
  for (let i = 0; i < digest.length; i++) {
    codes[2 * i] = HEX.charCodeAt(digest[i]! >> 4);
    codes[2 * i + 1] = HEX.charCodeAt(digest[i]! & 15);
  }
  return String.fromCharCode(...codes);
}

/** 32-bit FNV-1a of a string (UTF-16 code units), seeded. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Final mixing step (murmur3's fmix32) so nearby inputs spread over the whole range. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A stable pseudo-random rank of an id under a seed (ties are broken by the id itself). */
export function rankOf(id: string, seed = 0): number {
  return mix(fnv1a(id, (0x811c9dc5 ^ Math.imul(seed, 0x9e3779b1)) >>> 0));
}

/** Compares two ids by their rank, then by the ids, for a total, input-order-free order. */
export function byRank(seed: number) {
  return (a: { id: string }, b: { id: string }) => rankOf(a.id, seed) - rankOf(b.id, seed) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Number of minimum hashes kept per sketch (standard error of the estimate ≈ 0.05 near 0.9). */
export const SKETCH_SIZE = 32;

/** Reused between calls: the hashes of one text's 3-grams (grown when a text is longer). */
let shingles = new Uint32Array(4096);

/** Bottom-k MinHash sketch of the word 3-grams of `texts` (ASCII case and all whitespace runs ignored). */
export function sketchOf(texts: readonly string[]): Uint32Array {
  // One pass over the characters with no intermediate strings, then a native sort: this runs once
  // per sample of an export.
  let n = 0;
  let words = 0;
  let prev1 = 0;
  let prev2 = 0;
  for (const text of texts) {
    let h = 0x811c9dc5;
    let inWord = false;
    for (let i = 0; i <= text.length; i++) {
      let c = i < text.length ? text.charCodeAt(i) : 32;
      if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0) {
        if (!inWord) continue;
        inWord = false;
        const w = h >>> 0;
        h = 0x811c9dc5;
        if (++words >= 3) {
          if (n === shingles.length) {
            const grown = new Uint32Array(n * 2);
            grown.set(shingles);
            shingles = grown;
          }
          shingles[n++] = mix(prev2 ^ Math.imul(prev1, 31) ^ Math.imul(w, 961));
        }
        prev2 = prev1;
        prev1 = w;
        continue;
      }
      if (c >= 65 && c <= 90) c += 32;
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    }
  }
  // Fewer than three words: the words themselves stand for the text.
  if (words < 3) {
    if (words >= 1) shingles[n++] = mix(words === 1 ? prev1 : prev2);
    if (words === 2) shingles[n++] = mix(prev1);
  }
  const sorted = shingles.subarray(0, n).sort();
  const kept = new Uint32Array(Math.min(SKETCH_SIZE, n));
  let size = 0;
  for (let i = 0; i < n && size < SKETCH_SIZE; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) kept[size++] = sorted[i]!;
  return kept.slice(0, size);
}

/** Estimated Jaccard similarity of the texts behind two sketches (1 for two empty texts). */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let taken = 0;
  let shared = 0;
  // Walk the union in order; of its k smallest values, count those in both sketches.
  while (taken < SKETCH_SIZE && (i < a.length || j < b.length)) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    taken++;
  }
  return taken === 0 ? 1 : shared / taken;
}
