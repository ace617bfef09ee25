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

const HEX = '0123456789abcdef';
const encoder = new TextEncoder();
/** Reused between calls: the UTF-8 bytes of the text being hashed (grown for a longer text). */
let utf8 = new Uint8Array(4096);
/** Reused between calls: the hex digits' char codes. */
const hexCodes = new Array<number>(64);

/** Hex SHA-256 of a UTF-8 string, as one flat string (a concatenated one costs ~2 kB of heap per id). */
export function sha256Hex(text: string): string {
  // At most 3 bytes per UTF-16 unit (a surrogate pair is 4 bytes for 2 units); a lone surrogate
  // becomes U+FFFD, as TextEncoder.encode writes it.
  if (text.length * 3 > utf8.length) utf8 = new Uint8Array(text.length * 3);
  const digest = sha256(utf8.subarray(0, encoder.encodeInto(text, utf8).written));
  for (let i = 0; i < digest.length; i++) {
    hexCodes[2 * i] = HEX.charCodeAt(digest[i]! >> 4);
    hexCodes[2 * i + 1] = HEX.charCodeAt(digest[i]! & 15);
  }
  return String.fromCharCode.apply(null, hexCodes);
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

/** Reused between calls: the hashes of one response's 3-grams (grown for a longer response). */
let shingles = new Uint32Array(4096);
/**
 * Hashes the word 3-grams of `texts` (ASCII case and all whitespace runs ignored) into
 * `shingles`; returns how many. Fewer than three words: the words themselves stand for the text.
 */
function collectShingles(texts: readonly string[]): number {
  // One pass over the characters with no intermediate strings and only local variables in the
  // loop: this runs over every response an export compares.
  let out = shingles;
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
          if (n === out.length) {
            const grown = new Uint32Array(n * 2);
            grown.set(out);
            shingles = out = grown;
          }
          out[n++] = mix(prev2 ^ Math.imul(prev1, 31) ^ Math.imul(w, 961));
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
  if (words < 3) {
    if (words >= 1) out[n++] = mix(words === 1 ? prev1 : prev2);
    if (words === 2) out[n++] = mix(prev1);
  }
  return n;
}

/**
 * Adds `h` to `into`, the smallest distinct values seen so far (`size` of them, ascending, at most
 * `SKETCH_SIZE`); returns the new size.
 */
function offer(into: Uint32Array, size: number, h: number): number {
  if (size === SKETCH_SIZE && h >= into[SKETCH_SIZE - 1]!) return size;
  let at = size;
  while (at > 0 && into[at - 1]! > h) at--;
  if (at > 0 && into[at - 1] === h) return size;
  for (let i = size < SKETCH_SIZE ? size : SKETCH_SIZE - 1; i > at; i--) into[i] = into[i - 1]!;
  into[at] = h;
  return size < SKETCH_SIZE ? size + 1 : size;
}

/**
 * Puts the bottom-k of the first `n` shingles into `into`, ascending; returns how many. The hashes
 * are uniform, so the k smallest of n lie below about 2³² · k / n: only the hashes under a few
 * times that bound are inserted. When fewer than k distinct ones are under it (a text repeating
 * itself), every hash is.
 */
function bottomK(n: number, into: Uint32Array): number {
  const threshold = n > 4 * SKETCH_SIZE ? (2 ** 32 * 2.5 * SKETCH_SIZE) / n : Infinity;
  let size = 0;
  for (let i = 0; i < n; i++) if (shingles[i]! < threshold) size = offer(into, size, shingles[i]!);
  // Every kept value is below the threshold and every other hash is not: these are the k smallest.
  if (size === SKETCH_SIZE || threshold === Infinity) return size;
  size = 0;
  for (let i = 0; i < n; i++) size = offer(into, size, shingles[i]!);
  return size;
}

/** Reused between calls: the sketch just made. */
const made = new Uint32Array(SKETCH_SIZE);

/**
 * Bottom-k MinHash sketch of the word 3-grams of `texts` (ASCII case and all whitespace runs
 * ignored): the `SKETCH_SIZE` smallest distinct hashes, ascending.
 */
export function sketchOf(texts: readonly string[]): Uint32Array {
  return made.slice(0, bottomK(collectShingles(texts), made));
}

/**
 * Sketches for a whole export, stored side by side in large arrays: one small array each would
 * cost an ArrayBuffer (and its bookkeeping in the garbage collector) per sample.
 */
export function createSketchStore(chunkSketches = 4096) {
  let chunk = new Uint32Array(0);
  let used = 0;
  return {
    /** The sketch of the text and code blocks of a transcript: `sketchOf` of their contents. */
    sketchOfBlocks(blocks: readonly { type: string; content: string }[]): Uint32Array {
      const written: string[] = [];
      for (const b of blocks) if (b.type === 'text' || b.type === 'code') written.push(b.content);
      const size = bottomK(collectShingles(written), made);
      if (used + size > chunk.length) {
        chunk = new Uint32Array(chunkSketches * SKETCH_SIZE);
        used = 0;
      }
      chunk.set(made.subarray(0, size), used);
      used += size;
      return chunk.subarray(used - size, used);
    },
  };
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

export type SketchStore = ReturnType<typeof createSketchStore>;
