import { describe, expect, test } from 'vitest';
import { OutputCapture } from '../../../src/sandbox/runtime/output-capture';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

function capture(limit: number, ...writes: string[]): OutputCapture {
  const c = new OutputCapture(limit);
  for (const w of writes) expect(c.write(bytes(w))).toBe(bytes(w).length);
  return c;
}

describe('OutputCapture', () => {
  describe('should keep everything', () => {
    test('for output within the limit', () => {
      const c = capture(100, 'hello ', 'world\n');
      expect(c.text()).toBe('hello world\n');
      expect(c.truncated).toBe(false);
    });

    test('for output exactly at the limit', () => {
      const c = capture(10, '0123456789');
      expect(c.text()).toBe('0123456789');
      expect(c.truncated).toBe(false);
    });
  });

  describe('should keep head and tail with a marker', () => {
    test('for output past the limit in many writes', () => {
      const c = capture(10, 'abc', 'def', 'ghi', 'jkl', 'mno');
      expect(c.truncated).toBe(true);
      expect(c.text()).toBe('abcde\n… [output truncated: 5 bytes omitted] …\nklmno');
    });

    test('for one write larger than the limit', () => {
      const c = capture(4, 'abcdefgh');
      expect(c.text()).toBe('ab\n… [output truncated: 4 bytes omitted] …\ngh');
    });
  });

  describe('should count bytes, not characters', () => {
    test('for multi-byte text cut mid-character, never throwing', () => {
      const c = capture(6, 'ééééé');
      expect(c.truncated).toBe(true);
      // 10 bytes: the head keeps 3 (é + half an é), the tail the last 3; broken halves decode as U+FFFD.
      expect(c.text()).toBe('é\uFFFD\n… [output truncated: 4 bytes omitted] …\n\uFFFDé');
    });
  });
});
