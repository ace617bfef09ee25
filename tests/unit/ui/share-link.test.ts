import { describe, expect, test } from 'vitest';
import { decodeShare, encodeShare, type SharedView } from '../../../src/ui/state/share-link';

const view: SharedView = {
  question: 'What is $\\frac{1}{2} + \\frac{1}{3}$? Ünïcödé ✓',
  reference: '5/6',
  method: 'lce',
  engine: { engine: 'openai', baseUrl: 'http://127.0.0.1:8080/v1', model: 'qwen', apiKey: 'sk-secret' },
  caps: { maxRounds: 6 },
  transcript: {
    blocks: [
      { type: 'text', content: 'Add the fractions.' },
      { type: 'code', content: 'from fractions import Fraction\nprint(Fraction(1,2)+Fraction(1,3))' },
      { type: 'output', content: '5/6' },
      { type: 'code', content: 'while True: pass' },
      { type: 'error', content: 'TimeoutError: the cell ran longer than 10 s and was stopped', error: { type: 'TimeoutError' } },
    ],
    answer: '\\frac{5}{6}',
    stopDetail: null,
    recording: false,
  },
};

describe('share links', () => {
  describe('should round-trip', () => {
    test('for a view with a transcript', async () => {
      const hash = await encodeShare(view);
      expect(hash.startsWith('#share=')).toBe(true);
      expect(hash).toMatch(/^#share=[A-Za-z0-9_-]+$/);
      const decoded = await decodeShare(hash);
      expect(decoded.kind).toBe('ok');
      if (decoded.kind !== 'ok') return;
      expect(decoded.view.question).toBe(view.question);
      expect(decoded.view.transcript).toEqual(view.transcript);
      expect(decoded.view.caps).toEqual({ maxRounds: 6 });
    });
  });

  test('should never carry an API key', async () => {
    const decoded = await decodeShare(await encodeShare(view));
    expect(decoded.kind === 'ok' && decoded.view.engine).toEqual({ engine: 'openai', baseUrl: 'http://127.0.0.1:8080/v1', model: 'qwen' });
  });

  describe('should refuse with a sentence', () => {
    test('for a damaged hash', async () => {
      const hash = await encodeShare(view);
      const decoded = await decodeShare(hash.slice(0, hash.length / 2));
      expect(decoded).toEqual({ kind: 'invalid', reason: expect.stringMatching(/^This share link cannot be opened: .*\. Ask for a new link\.$/) });
    });

    test('for an error block whose error type is not a string', async () => {
      const bad = { ...view, transcript: { ...view.transcript!, blocks: [{ type: 'error', content: 'x', error: { type: 7 } }] } } as unknown as SharedView;
      const decoded = await decodeShare(await encodeShare(bad));
      expect(decoded.kind).toBe('invalid');
    });

    test('for a transcript whose blocks are not text/code/output/error', async () => {
      const bad = { ...view, transcript: { ...view.transcript!, blocks: [{ type: 'script', content: 'x' }] } } as unknown as SharedView;
      const decoded = await decodeShare(await encodeShare(bad));
      expect(decoded.kind).toBe('invalid');
    });
  });
});
