import { describe, expect, test } from 'vitest';
import { byteLines, type ByteLine } from '../../../src/data-io/byte-lines';

async function lines(parts: Array<string | number[]>, chunk: number, maxBytes?: number): Promise<ByteLine[]> {
  const bytes = Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += chunk) yield new Uint8Array(bytes.subarray(i, i + chunk));
  }
  const out: ByteLine[] = [];
  for await (const l of byteLines(chunks(), maxBytes === undefined ? {} : { maxBytes })) out.push(l);
  return out;
}

describe('byteLines', () => {
  describe('should give each line with its number', () => {
    test.each([1, 2, 3, 7, 1000])('for chunks of %i bytes cutting through multi-byte characters', async (chunk) => {
      expect(await lines(['αβγ = 1\r\n', '\n', '   \n', '∑ — 2\n', 'last'], chunk)).toEqual([
        { line: 1, text: 'αβγ = 1' },
        { line: 4, text: '∑ — 2' },
        { line: 5, text: 'last' },
      ]);
    });

    test('for a byte-order mark before the first line', async () => {
      expect(await lines([[0xef, 0xbb, 0xbf], '{"a":1}\n'], 2)).toEqual([{ line: 1, text: '{"a":1}' }]);
    });
  });

  describe('should name a line it cannot read and go on', () => {
    test('for bytes that are not UTF-8 (Latin-1), while a real U+FFFD is kept', async () => {
      expect(await lines(['ok\n', [0x63, 0x61, 0x66, 0xe9, 0x0a], 'model wrote \uFFFD\n'], 3)).toEqual([
        { line: 1, text: 'ok' },
        { line: 2, reason: 'bytes that are not UTF-8' },
        { line: 3, text: 'model wrote \uFFFD' },
      ]);
    });

    test('for a line past the size limit, which is never buffered', async () => {
      const long = 'x'.repeat(3 * 2 ** 20);
      expect(await lines(['a\n', `${long}\n`, 'b'], 65536, 2 ** 20)).toEqual([
        { line: 1, text: 'a' },
        { line: 2, reason: 'longer than 1 MB (3 MB)' },
        { line: 3, text: 'b' },
      ]);
    });
  });
});
