import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { createSketchStore, sha256Hex, sketchOf, SKETCH_SIZE } from '../../../src/core/dataset/fingerprint';

/** The definition the sketch must meet, written the slow, obvious way: all 3-gram hashes, sorted, the k smallest distinct. */
function referenceSketch(texts: readonly string[]): number[] {
  const words: number[] = [];
  for (const text of texts) {
    for (const word of text.split(/[\t\n\v\f\r \u00a0]+/).filter(Boolean)) {
      let h = 0x811c9dc5;
      for (const c of word) for (let i = 0; i < c.length; i++) {
        let code = c.charCodeAt(i);
        if (code >= 65 && code <= 90) code += 32;
        h = Math.imul(h ^ code, 0x01000193);
      }
      words.push(h >>> 0);
    }
  }
  const mix = (x: number) => {
    x ^= x >>> 16;
    x = Math.imul(x, 0x85ebca6b);
    x ^= x >>> 13;
    x = Math.imul(x, 0xc2b2ae35);
    x ^= x >>> 16;
    return x >>> 0;
  };
  const hashes = words.length >= 3 ? words.slice(2).map((w, i) => mix(words[i]! ^ Math.imul(words[i + 1]!, 31) ^ Math.imul(w, 961))) : words.map(mix);
  return [...new Set(hashes)].sort((a, b) => a - b).slice(0, SKETCH_SIZE);
}

/** Deterministic text: `n` words from a vocabulary of `vocabulary` words. */
function text(n: number, vocabulary: number, seed: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += `${i % 5 === 0 ? '\n' : ' '}w${x % vocabulary}${i % 7 === 0 ? 'X' : ''}`;
  }
  return out;
}

describe('sketchOf', () => {
  describe('should keep the k smallest distinct 3-gram hashes, ascending', () => {
    test.each([
      ['an empty response', ['']],
      ['one word', ['Answer']],
      ['two words', ['the answer']],
      ['words spread over several blocks', ['So the', 'answer\tis', '  42 . ']],
      ['a long response of many distinct words (most hashes rejected early)', [text(3000, 100_000, 1)]],
      ['a long response repeating a few words (fewer distinct 3-grams than its length suggests)', [text(3000, 3, 2)]],
      ['a response with exactly k + 2 three-grams', [text(SKETCH_SIZE + 4, 100_000, 3)]],
      ['non-breaking spaces, tabs and capitals', ['Ünïcode\u00a0TEXT  with\ttabs\nand CAPITALS Ünïcode text']],
    ])('for %s', (_name, texts) => {
      expect([...sketchOf(texts)]).toEqual(referenceSketch(texts));
    });
  });
});

describe('createSketchStore', () => {
  describe('should give each response its own sketch, equal to sketchOf of its text and code', () => {
    test('for more responses than one storage chunk holds', () => {
      const store = createSketchStore(3);
      const transcripts = Array.from({ length: 20 }, (_, i) => [
        { type: 'text', content: text(50 + i, 1000, i) },
        { type: 'code', content: `print(${i})` },
        { type: 'output', content: 'not written by the model' },
      ]);
      const sketches = transcripts.map((blocks) => store.sketchOfBlocks(blocks));
      transcripts.forEach((blocks, i) => expect([...sketches[i]!]).toEqual([...sketchOf([blocks[0]!.content, blocks[1]!.content])]));
    });
  });
});

describe('sha256Hex', () => {
  describe('should hash the UTF-8 bytes of the text', () => {
    test.each([
      ['ASCII', 'Terry eats 2 yogurts a day.'],
      ['accents, symbols and an astral character', 'Ünïcödé ≤ 𝔸 😀'],
      ['a lone surrogate (encoded as U+FFFD, as TextEncoder does)', 'lone \ud800 surrogate'],
      // Before the longer text, which grows the reused buffer.
      ['a text of fewer UTF-16 units than the reused buffer has bytes, but three bytes each', '≤'.repeat(3000)],
      ['a text longer than the reused buffer', 'x'.repeat(50_000) + '≤'],
      ['the empty string', ''],
    ])('for %s', (_name, input) => {
      const bytes = Buffer.from(new TextEncoder().encode(input));
      expect(sha256Hex(input)).toBe(createHash('sha256').update(bytes).digest('hex'));
    });
  });
});
