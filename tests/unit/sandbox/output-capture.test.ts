import { describe, expect, test } from 'vitest';
import { OutputCapture } from '../../../src/sandbox/runtime/output-capture';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

function capture(limit: number, ...writes: string[]): OutputCapture {
  const c = new OutputCapture(limit);
  for (const w of writes) expect(c.write('stdout', bytes(w))).toBe(bytes(w).length);
  return c;
}

describe('OutputCapture', () => {
  describe('should keep everything', () => {
    test('for output within the limit', () => {
      const c = capture(100, 'hello ', 'world\n');
      expect(c.text('stdout')).toBe('hello world\n');
      expect(c.truncated).toBe(false);
    });

    test('for output exactly at the limit', () => {
      const c = capture(10, '0123456789');
      expect(c.text('stdout')).toBe('0123456789');
      expect(c.truncated).toBe(false);
    });
  });

  describe('should keep head and tail with a marker', () => {
    test('for output past the limit in many writes', () => {
      const c = capture(10, 'abc', 'def', 'ghi', 'jkl', 'mno');
      expect(c.truncated).toBe(true);
      expect(c.text('stdout')).toBe('abcde\n… [output truncated: 5 bytes omitted] …\nklmno');
    });

    test('for one write larger than the limit', () => {
      const c = capture(4, 'abcdefgh');
      expect(c.text('stdout')).toBe('ab\n… [output truncated: 4 bytes omitted] …\ngh');
    });
  });

  describe('should count bytes, not characters', () => {
    test('for multi-byte text cut mid-character, never throwing', () => {
      const c = capture(6, 'ééééé');
      expect(c.truncated).toBe(true);
      // 10 bytes: the head keeps 3 (é + half an é), the tail the last 3; broken halves decode as U+FFFD.
      expect(c.text('stdout')).toBe('é\uFFFD\n… [output truncated: 4 bytes omitted] …\n\uFFFDé');
    });
  });

  describe('should cap stdout and stderr together', () => {
    test('for both streams past the limit, keeping the earliest and latest bytes of either', () => {
      const c = new OutputCapture(8);
      c.write('stdout', bytes('aaaa'));
      c.write('stderr', bytes('bbbb'));
      c.write('stdout', bytes('cccc'));
      c.write('stderr', bytes('dddd'));
      expect(c.truncated).toBe(true);
      expect(c.text('stdout')).toBe('aaaa\n… [output truncated: 4 bytes omitted] …\n');
      expect(c.text('stderr')).toBe('\n… [output truncated: 4 bytes omitted] …\ndddd');
    });

    test('for a flood on stderr after stdout, which stays within one budget', () => {
      const c = new OutputCapture(100);
      c.write('stdout', bytes('x'.repeat(60)));
      c.write('stderr', bytes('y'.repeat(60)));
      const kept = bytes(c.text('stdout').replace(/\n… \[.*\] …\n/, '')).length + bytes(c.text('stderr').replace(/\n… \[.*\] …\n/, '')).length;
      expect(kept).toBe(100);
    });

    test('for two streams within the limit together, keeping both whole', () => {
      const c = new OutputCapture(10);
      c.write('stdout', bytes('12345'));
      c.write('stderr', bytes('abcde'));
      expect([c.text('stdout'), c.text('stderr'), c.truncated]).toEqual(['12345', 'abcde', false]);
    });
  });
});
