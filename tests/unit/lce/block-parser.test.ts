import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createBlockParser, type ParserEvent } from '../../../src/core/lce/block-parser';
import type { Block } from '../../../src/core/transcript';

const STOPS = ['```output', '<|im_end|>', '<|endoftext|>'];

/** Feeds `tokens` one by one; returns every event, the streamed text and the final round. */
function parse(tokens: string[], stops = STOPS) {
  const parser = createBlockParser(stops);
  const events: ParserEvent[] = [];
  let readTokens = 0;
  for (const t of tokens) {
    readTokens++;
    events.push(...parser.push(t));
    if (parser.stopped) break;
  }
  const end = parser.finish();
  events.push(...end.events);
  const streamed = events.flatMap((e) => (e.kind === 'delta' ? [e.text] : [])).join('');
  return { events, streamed, round: end.round, readTokens };
}

/** Cuts text into pieces of `n` characters, so every boundary case gets hit. */
function chars(text: string, n = 1): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += n) out.push(text.slice(i, i + n));
  return out;
}

function expectBlocks(blocks: Block[], expected: Array<[Block['type'], string]>): void {
  expect(blocks.map((b) => [b.type, b.content])).toEqual(expected);
}

const LCE = "Let's compute.\n```python\nx = 6 * 7\nprint(x)\n```\n```output\n42\n```\nThe answer is 42.";

describe('createBlockParser', () => {
  describe('should cut at the output stop', () => {
    for (const n of [1, 2, 3, 5, 1000]) {
      test(`for a stop string split into ${n}-character tokens`, () => {
        const { round, streamed, events } = parse(chars(LCE, n));
        expect(round.stop).toBe('```output');
        expectBlocks(round.blocks, [['text', "Let's compute."], ['code', 'x = 6 * 7\nprint(x)']]);
        expect(round.raw).toBe("Let's compute.\n```python\nx = 6 * 7\nprint(x)\n```\n");
        expect(round.endsWithCode).toBe(true);
        expect(streamed).not.toContain('`');
        expect(events.filter((e) => e.kind === 'block-start').map((e) => (e.kind === 'block-start' ? e.blockType : ''))).toEqual(['text', 'code']);
      });
    }

    test('for an engine that ignores the stop and invents an output', () => {
      const { readTokens, round } = parse(chars(LCE, 4));
      expect(readTokens).toBeLessThan(chars(LCE, 4).length);
      expect(round.raw).not.toContain('42\n```\nThe answer');
    });

    test('for an engine that omits the stop string and ends right after the code', () => {
      const { round } = parse(chars("Text\n```python\nprint(1)\n```\n", 3));
      expect(round.stop).toBeNull();
      expect(round.endsWithCode).toBe(true);
      expectBlocks(round.blocks, [['text', 'Text'], ['code', 'print(1)']]);
    });
  });

  describe('should cut at the earliest stop string in the text', () => {
    test('for a stop listed later that comes first, in one token', () => {
      const { round, readTokens } = parse(['The answer is 4.<|im_end|>\n```output\n4', ' more']);
      expect(round).toMatchObject({ raw: 'The answer is 4.', stop: '<|im_end|>' });
      expect(readTokens).toBe(1);
    });

    test('for a stop listed first that comes first, before a later one', () => {
      const { round } = parse(['Go.\n```python\nprint(1)\n```\n```output\n1\n```\nDone.<|endoftext|>']);
      expect(round).toMatchObject({ raw: 'Go.\n```python\nprint(1)\n```\n', stop: '```output' });
    });
  });

  describe('should hold back what could still be a stop string', () => {
    test('for a partial end-of-turn token mid-line', () => {
      const parser = createBlockParser(STOPS);
      const shown = [...parser.push('The answer is 4.<|im'), ...parser.push('_')];
      expect(shown.flatMap((e) => (e.kind === 'delta' ? [e.text] : [])).join('')).toBe('The answer is 4.');
      parser.push('end|>');
      expect(parser.stopped).toBe(true);
      expect(parser.finish().round).toMatchObject({ raw: 'The answer is 4.', stop: '<|im_end|>' });
    });

    test('for a prefix that turns out not to be a stop string', () => {
      const { streamed, round } = parse(['a <|im', 'portant> b']);
      expect(streamed).toBe('a <|important> b');
      expect(round.stop).toBeNull();
    });
  });

  describe('should drop a stop-string piece the engine streamed before stopping', () => {
    test('for web-llm sending "```" of "```output" and then finishing on the stop', () => {
      const parser = createBlockParser(STOPS);
      const events = [...parser.push('Go.\n```python\nprint(1)\n```\n'), ...parser.push('```')];
      const end = parser.finish(['```output']);
      expect(end.round.raw).toBe('Go.\n```python\nprint(1)\n```\n');
      expect(end.round.endsWithCode).toBe(true);
      expect(end.round.unterminatedCode).toBe(false);
      expect([...events, ...end.events].flatMap((e) => (e.kind === 'delta' ? [e.text] : [])).join('')).toBe('Go.\nprint(1)\n');
    });

    test('for a closing fence whose newline the engine withheld, which is kept', () => {
      const parser = createBlockParser([...STOPS, '\n\nProblem:']);
      parser.push('Go.\n```python\nprint(1)\n```');
      const end = parser.finish(['```output']);
      expect(end.round).toMatchObject({ raw: 'Go.\n```python\nprint(1)\n```', endsWithCode: true, unterminatedCode: false });
    });

    test('for any held tail inside an unfinished code block, which is code and kept whatever stop the engine named', () => {
      // "St" could begin the stop "Step:", so it is held back; the engine then names that stop.
      const parser = createBlockParser([...STOPS, 'Step:']);
      parser.push('```python\nx = 1\nSt');
      const end = parser.finish(['Step:']);
      expect(end.round).toMatchObject({ raw: '```python\nx = 1\nSt', unterminatedCode: true });
      expectBlocks(end.round.blocks, [['code', 'x = 1\nSt']]);
    });

    test('for a model that really wrote backticks when no stop was hit', () => {
      const parser = createBlockParser(STOPS);
      parser.push('Use ``');
      expect(parser.finish().round.raw).toBe('Use ``');
    });
  });

  describe('should find code blocks', () => {
    test('for a block without a language tag', () => {
      const { round } = parse(chars('Use code.\n```\nprint(2)\n```\n```output', 2));
      expectBlocks(round.blocks, [['text', 'Use code.'], ['code', 'print(2)']]);
    });

    test('for backticks inside strings', () => {
      const code = 's = "```"\nprint(f"`{s}` ``` x")';
      const { round } = parse(chars(`Go.\n\`\`\`python\n${code}\n\`\`\`\n\`\`\`output`, 3));
      expectBlocks(round.blocks, [['text', 'Go.'], ['code', code]]);
    });

    test('for a fence of another language kept as text', () => {
      const text = 'Table:\n```text\na | b\n```\nDone.';
      const { round } = parse(chars(text, 2));
      expectBlocks(round.blocks, [['text', text]]);
    });

    test('for an unterminated code block at the token limit', () => {
      const { round } = parse(chars('Start.\n```python\nfor i in range(10):\n    print(i', 4));
      expect(round.unterminatedCode).toBe(true);
      expect(round.endsWithCode).toBe(false);
      expectBlocks(round.blocks, [['text', 'Start.'], ['code', 'for i in range(10):\n    print(i']]);
    });

    test('for Windows line ends', () => {
      const { round } = parse(['Hi\r\n```python\r\nx=1\r\n```\r\n', '```output']);
      expectBlocks(round.blocks, [['text', 'Hi'], ['code', 'x=1']]);
    });
  });

  describe('should match real transcripts', () => {
    const lines = readFileSync(new URL('../../fixtures/transcripts/tora-code-34b.gsm8k.first40.jsonl', import.meta.url), 'utf8').trim().split('\n');
    test('for the 40 lines of the fixture', () => {
      expect(lines).toHaveLength(40);
    });

    test('for ToRA responses cut at their first output block', () => {
      for (const line of lines) {
        const response = (JSON.parse(line) as { code: string[] }).code[0] ?? '';
        const cut = response.indexOf('```output');
        if (cut < 0) continue;
        const { round, streamed } = parse(chars(response, 3));
        expect(round.raw).toBe(response.slice(0, cut));
        const code = round.blocks.filter((b) => b.type === 'code').at(-1)?.content ?? '';
        expect(response.slice(0, cut)).toContain(`\`\`\`python\n${code}\n\`\`\``);
        expect(streamed.replace(/\s/g, '')).toBe(round.blocks.map((b) => b.content).join('').replace(/\s/g, ''));
      }
    });
  });
});
