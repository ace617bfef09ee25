import { describe, expect, test } from 'vitest';
import { createStatusLine, formatDuration, type StatusStream } from '../../../src/cli/status-line';

function fakeStream(isTTY: boolean, columns = 40): StatusStream & { text: string } {
  const s = { isTTY, columns, text: '', write: (t: string) => ((s.text += t), true) };
  return s;
}

describe('createStatusLine', () => {
  describe('should draw one line in place on a terminal', () => {
    test('for updates, a message above it, then clearing it', () => {
      const stream = fakeStream(true);
      let now = 0;
      const line = createStatusLine(stream, { now: () => now, minIntervalMs: 100 });
      line.update('1/4');
      now = 50;
      line.update('2/4'); // too soon: kept for the next draw
      line.log('a warning');
      now = 200;
      line.update('3/4');
      line.clear();
      expect(stream.text).toBe('\r\x1b[2K1/4\r\x1b[2Ka warning\n\r\x1b[2K2/4\r\x1b[2K3/4\r\x1b[2K');
    });

    test('for a line wider than the terminal, cut with an ellipsis', () => {
      const stream = fakeStream(true, 21);
      createStatusLine(stream).update('x'.repeat(50));
      expect(stream.text).toBe(`\r\x1b[2K${'x'.repeat(19)}…`);
    });
  });

  test('should write only the messages when not a terminal', () => {
    const stream = fakeStream(false);
    const line = createStatusLine(stream);
    line.update('1/4');
    line.log('a warning');
    line.clear();
    expect(line.live).toBe(false);
    expect(stream.text).toBe('a warning\n');
  });
});

describe('formatDuration', () => {
  test.each([
    [4.4, '4 s'],
    [185, '3 min 5 s'],
    [7800, '2 h 10 min'],
  ])('should read %d s as %s', (s, text) => {
    expect(formatDuration(s)).toBe(text);
  });
});
