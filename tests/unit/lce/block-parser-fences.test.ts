/**
 * Which fences open a code cell, and what the parser shows while a round streams: what the loop
 * runs and what a training sample holds as code comes from here (block-parser.test.ts covers the
 * stop strings and real transcripts).
 */
import { describe, expect, test } from 'vitest';
import { createBlockParser, type ParserEvent } from '../../../src/core/lce/block-parser';
import type { Block } from '../../../src/core/transcript';

const STOPS = ['```output', '<|im_end|>'];

/** Pushes `tokens`, then finishes; returns every event, what was streamed and the round. */
function parse(tokens: readonly string[]) {
  const parser = createBlockParser(STOPS);
  const events: ParserEvent[] = tokens.flatMap((t) => parser.push(t));
  const end = parser.finish();
  events.push(...end.events);
  const streamed = events.flatMap((e) => (e.kind === 'delta' ? [e.text] : [])).join('');
  return { events, streamed, round: end.round };
}

const blocksOf = (round: { blocks: Block[] }) => round.blocks.map((b) => [b.type, b.content]);
const starts = (events: ParserEvent[]) => events.flatMap((e) => (e.kind === 'block-start' ? [e.blockType] : []));

describe('createBlockParser', () => {
  describe('should open a code cell', () => {
    test.each([
      ['for a "Python" tag in capitals', '```Python'],
      ['for a "py" tag', '```py'],
      ['for a "python3" tag', '```python3'],
      ['for a "sympy" tag', '```sympy'],
      ['for a tag between spaces', '``` python '],
      ['for an indented fence', '  ```python'],
      ['for a tab-indented fence', '\t```python'],
    ])('%s', (_, fence) => {
      const { round, streamed } = parse([...`Go.\n${fence}\nx = 1\n  \`\`\`  \nDone.`]);
      expect(blocksOf(round)).toEqual([['text', 'Go.'], ['code', 'x = 1'], ['text', 'Done.']]);
      expect(streamed).toBe('Go.\nx = 1\nDone.');
    });

    test('for an empty cell, which is kept', () => {
      const { round, events } = parse(['```python\n```\nDone.']);
      expect(blocksOf(round)).toEqual([['code', ''], ['text', 'Done.']]);
      expect(starts(events)).toEqual(['code', 'text']);
    });
  });

  describe('should keep a fence of another language as text', () => {
    test('for a JavaScript block, fences and all', () => {
      const { round, streamed } = parse([...'```javascript\nlet x;\n```\n']);
      expect(blocksOf(round)).toEqual([['text', '```javascript\nlet x;\n```']]);
      expect(streamed).toBe('```javascript\nlet x;\n```\n');
    });

    test('for a "```python" line inside it, which opens nothing until that block closes', () => {
      const { round } = parse(['```text\n```python\nA\n```\n```python\nx = 1\n```\n']);
      expect(blocksOf(round)).toEqual([['text', '```text\n```python\nA\n```'], ['code', 'x = 1']]);
      expect(round.endsWithCode).toBe(true);
    });
  });

  describe('should open a text block only at its first visible character', () => {
    test('for blank lines before a cell', () => {
      const { events, round } = parse(['\n\n```python\nx\n```\n\n']);
      expect(events).toEqual([
        { kind: 'block-start', blockType: 'code' },
        { kind: 'delta', text: 'x\n' },
        { kind: 'block-end', block: { type: 'code', content: 'x' } },
      ]);
      expect(round.endsWithCode).toBe(true);
    });

    test('for blank lines after a cell', () => {
      const { events } = parse([...'Go.\n```python\nx\n```\n\n \n']);
      expect(starts(events)).toEqual(['text', 'code']);
    });
  });

  describe('should tell whether the round ended right after a closed cell', () => {
    test.each([
      ['for text after the cell', '```python\nx\n```\nDone.', false],
      ['for blank lines after the cell', '```python\nx\n```\n\n\n', true],
      ['for no cell at all', 'Just text.\n', false],
      ['for a one-character answer', '4', false],
      ['for an empty round', '', false],
    ])('%s', (_, text, endsWithCode) => {
      expect(parse([text]).round.endsWithCode).toBe(endsWithCode);
    });
  });

  describe('should show text as it comes', () => {
    test('for words with no line end yet', () => {
      const parser = createBlockParser(STOPS);
      expect(parser.push('Hello')).toEqual([{ kind: 'block-start', blockType: 'text' }, { kind: 'delta', text: 'Hello' }]);
      expect(parser.push(' world')).toEqual([{ kind: 'delta', text: ' world' }]);
    });

    test('for a last line without a line end, shown once', () => {
      const { events } = parse(['abc']);
      expect(events).toEqual([
        { kind: 'block-start', blockType: 'text' },
        { kind: 'delta', text: 'abc' },
        { kind: 'block-end', block: { type: 'text', content: 'abc' } },
      ]);
    });

    test('for a cell cut off mid-line, ended as unterminated', () => {
      const { events } = parse(['```python\nx = 1']);
      expect(events.at(-1)).toEqual({ kind: 'block-end', block: { type: 'code', content: 'x = 1' }, unterminated: true });
    });
  });

  test('should flush a held-back tail as text when finish names no stop string to drop', () => {
    const parser = createBlockParser(['Stop.']);
    parser.push('Go. St');
    expect(parser.finish().round.raw).toBe('Go. St');
  });

  describe('should show nothing more once a stop string showed up', () => {
    test('for tokens after the stop', () => {
      const parser = createBlockParser(STOPS);
      parser.push('Done.<|im_end|>');
      expect(parser.stopped).toBe(true);
      expect(parser.push('More text.\n')).toEqual([]);
      expect(parser.finish().round.raw).toBe('Done.');
    });
  });

  describe('should open nothing for backticks that do not make a fence line (as in CommonMark)', () => {
    test.each([
      ['for a fence that does not start its line', 'Run it as ```python\nprint(1)\n', 'Run it as ```python\nprint(1)'],
      ['for a whole line that is an inline code span', '```python```\nprint(1)\n', '```python```\nprint(1)'],
    ])('%s', (_, text, content) => {
      const { round } = parse([...text]);
      expect(blocksOf(round)).toEqual([['text', content]]);
      expect(round.unterminatedCode).toBe(false);
    });
  });

  test('should keep a cell\'s code as written, its blank first and last lines included', () => {
    const { round } = parse([...'```python\n\nx = 1\n\n```\n']);
    expect(blocksOf(round)).toEqual([['code', '\nx = 1\n']]);
  });

  test('should keep a cell open past a code line that only ends with backticks', () => {
    const code = 'md = """\nUse ```\n"""\nprint(md)';
    const { round } = parse([...`\`\`\`python\n${code}\n\`\`\`\n`]);
    expect(blocksOf(round)).toEqual([['code', code]]);
  });

  describe('should never show a fence line, even with no stop string to hold backticks back', () => {
    // Under CoT the stops are end-of-turn tokens only: the stop scanner no longer withholds "``",
    // so the parser's own check is all that keeps a fence out of the streamed text.
    test.each(['```python', '```', '  ```py', '``` python'])('for "%s" streamed a character at a time', (fence) => {
      const parser = createBlockParser(['<|im_end|>']);
      const events = [...`Go.\n${fence}\nx = 1\n\`\`\`\nDone.`].flatMap((c) => parser.push(c));
      events.push(...parser.finish().events);
      expect(events.flatMap((e) => (e.kind === 'delta' ? [e.text] : [])).join('')).toBe('Go.\nx = 1\nDone.');
    });
  });
});
