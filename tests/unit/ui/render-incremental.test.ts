import { describe, expect, test } from 'vitest';
import { createMemo } from '../../../src/ui/render/memo';
import { splitSettled } from '../../../src/ui/render/stream-split';
import { streamFrames } from '../../../src/ui/render/check/stream-driver';
import type { Block } from '../../../src/core/transcript';

describe('createMemo', () => {
  test('should run the function once per distinct input', () => {
    const seen: string[] = [];
    const memo = createMemo((s) => (seen.push(s), s.toUpperCase()));
    expect([memo('a'), memo('b'), memo('a'), memo('a')]).toEqual(['A', 'B', 'A', 'A']);
    expect(seen).toEqual(['a', 'b']);
    expect(memo.misses).toBe(2);
  });

  test('should remember a result that is undefined too', () => {
    const memo = createMemo(() => undefined);
    memo('a');
    memo('a');
    expect(memo.misses).toBe(1);
  });

  test('should evict the least recently used entry past its bound', () => {
    const memo = createMemo((s) => s, 2);
    memo('a');
    memo('b');
    memo('a');
    memo('c');
    expect(memo.size).toBe(2);
    memo('a');
    expect(memo.misses).toBe(3);
    memo('b');
    expect(memo.misses).toBe(4);
  });
});

describe('splitSettled', () => {
  test('should cut at blank lines and give back the text when joined', () => {
    const text = 'First para.\n\nSecond $x$.\n\nThird, still grow';
    const chunks = splitSettled(text);
    expect(chunks).toEqual(['First para.\n\n', 'Second $x$.\n\n', 'Third, still grow']);
    expect(chunks.join('')).toBe(text);
  });

  test('should keep settled chunks identical as the text grows', () => {
    const full = 'One.\n\nTwo with\n$$\nx\n\ny\n$$\nThree.\n\\[z\\]\n\n```python\na = 1\n\nb = 2\n```\n\nFour.';
    let previous: string[] = [];
    for (let end = 1; end <= full.length; end++) {
      const chunks = splitSettled(full.slice(0, end));
      expect(chunks.join('')).toBe(full.slice(0, end));
      // Everything settled before stays settled, unchanged.
      expect(chunks.slice(0, previous.length - 1)).toEqual(previous.slice(0, -1));
      previous = chunks;
    }
  });

  test('should not cut inside a code fence or display math', () => {
    expect(splitSettled('```\na\n\nb\n```\n\nafter')).toEqual(['```\na\n\nb\n```\n\n', 'after']);
    expect(splitSettled('\\[\na\n\nb\n\\]\n\nafter')).toEqual(['\\[\na\n\nb\n\\]\n\n', 'after']);
  });

  test('should give each closed display formula a chunk of its own', () => {
    const text = 'The roots:\n\\[\na = 1\n\\]\n$$b = 2$$\nso a + b = 3';
    expect(splitSettled(text)).toEqual(['The roots:\n', '\\[\na = 1\n\\]\n', '$$b = 2$$\n', 'so a + b = 3']);
  });

  describe('should close a code fence only on a line of the same fence characters alone', () => {
    test.for([
      ['a fence with an info string, which opens no new block inside one', '```\n```js\n\nx\n```\n\nafter'],
      ['tildes before the backticks', '```\n~~```\n\nx\n```\n\nafter'],
    ] as const)('for %s', ([, text]) => {
      expect(splitSettled(text)).toEqual([text.slice(0, -'after'.length), 'after']);
    });
  });

  describe('should settle a display formula once it closes', () => {
    test('for dollars that close at the end of a line with math before them', () => {
      expect(splitSettled('$$\nx = 1\n\ny = 2 $$\n\nafter')).toEqual(['$$\nx = 1\n\ny = 2 $$\n\n', 'after']);
    });

    test('for text right on the line after the closing bracket', () => {
      expect(splitSettled('x\n\\[\na\n\\]\nnext')).toEqual(['x\n', '\\[\na\n\\]\n', 'next']);
    });

    test('for a single character after a one-line formula, at the end of the text', () => {
      expect(splitSettled('$$x$$\ny')).toEqual(['$$x$$\n', 'y']);
    });
  });

  describe('should start a display formula in a chunk of its own', () => {
    test('for a formula that has only begun, on the last line', () => {
      expect(splitSettled('a\n$$')).toEqual(['a\n', '$$']);
    });

    test('but not for blank lines before it, which stay with it', () => {
      expect(splitSettled('\n\n$$x$$')).toEqual(['\n\n$$x$$']);
    });
  });

  describe('should cut only at a blank line', () => {
    test.for([
      ['a paragraph of several lines', 'a\nb\nc\n\nd', ['a\nb\nc\n\n', 'd']],
      ['backticks that do not start the line, which open no fence', 'x ```\n\ny', ['x ```\n\n', 'y']],
      ['a longer fence around a shorter one', '````\n```\n\nb\n````\n\nafter', ['````\n```\n\nb\n````\n\n', 'after']],
      ['a longer tilde fence around a shorter one', '~~~~\n~~~\n\nb\n~~~~\n\nafter', ['~~~~\n~~~\n\nb\n~~~~\n\nafter'.slice(0, -5), 'after']],
      ['display dollars alone on their line, with a blank line inside', '$$\nx\n\ny\n$$\n\nafter', ['$$\nx\n\ny\n$$\n\n', 'after']],
      ['display dollars opened with math on their line', '$$x\ny\n\nz\n$$\n\nafter', ['$$x\ny\n\nz\n$$\n\n', 'after']],
      ['a next paragraph with two spaces inside it', 'a\n\nb  c', ['a\n\n', 'b  c']],
      ['a continuation indented by a tab', '1. item\n\n\tmore', ['1. item\n\n\tmore']],
      ['several blank lines, cut once after the last', 'a\n\n\nb', ['a\n\n\n', 'b']],
      ['a next paragraph indented by one space, which is no continuation', 'a\n\n b', ['a\n\n', ' b']],
      ['display dollars inside a line of text, which open no formula', 'a\nb $$x$$\n\nc', ['a\nb $$x$$\n\n', 'c']],
    ] as const)('for %s', ([, text, chunks]) => {
      expect(splitSettled(text)).toEqual(chunks);
    });
  });

  describe('should cut only after a paragraph with text in it', () => {
    test('for blank lines before the first paragraph, which stay with it', () => {
      expect(splitSettled('\n\nHello\n\nWorld')).toEqual(['\n\nHello\n\n', 'World']);
    });

    test('for a line of spaces, which is a blank line', () => {
      expect(splitSettled('Hello\n   \nWorld')).toEqual(['Hello\n   \n', 'World']);
    });
  });

  test('should not cut before an indented continuation', () => {
    expect(splitSettled('1. item\n\n    more of item')).toEqual(['1. item\n\n    more of item']);
  });
});

describe('streamFrames', () => {
  test('should grow text and code token by token and deliver output whole', () => {
    const source: Block[] = [
      { type: 'text', content: 'abcde' },
      { type: 'code', content: 'x=1' },
      { type: 'output', content: '1' },
    ];
    const frames = [...streamFrames(source, 2)];
    expect(frames.map((f) => f.streaming?.text ?? `[${f.blocks.length}]`)).toEqual(['ab', 'abcd', '[1]', 'x=', '[2]', '[3]']);
    expect(frames.at(-1)?.blocks).toEqual(source);
  });
});
