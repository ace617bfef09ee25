import { describe, expect, test } from 'vitest';
import { solve } from '../../../src/core/lce';
import type { Block } from '../../../src/core/transcript';
import { createAppStore } from '../../../src/ui/state/app-store';
import type { AppDeps } from '../../../src/ui/state/deps';
import { initialRunState } from '../../../src/ui/state/run-state';
import { restoreShare, shareUrl } from '../../../src/ui/state/share-actions';
import { decodeShare, encodeShare, type SharedView } from '../../../src/ui/state/share-link';

const SECRET = 'sk-secret-7f3a9c';

const blocks: Block[] = [
  { type: 'text', content: 'Add the fractions.' },
  { type: 'code', content: 'from fractions import Fraction\nprint(Fraction(1,2)+Fraction(1,3))' },
  { type: 'output', content: '5/6' },
  { type: 'code', content: 'while True: pass' },
  { type: 'error', content: 'TimeoutError: the cell ran longer than 10 s and was stopped', error: { type: 'TimeoutError' } },
];

const view: SharedView = {
  question: 'What is $\\frac{1}{2} + \\frac{1}{3}$? Ünïcödé ✓',
  reference: '5/6',
  method: 'lce',
  engine: { kind: 'openai', baseUrl: 'http://127.0.0.1:8080/v1', model: 'qwen' },
  caps: { maxRounds: 6 },
  transcript: { blocks, answer: '\\frac{5}{6}', stopDetail: null, recording: false },
};

/** Deps the store needs to exist; nothing is solved in these tests. */
const idleDeps: AppDeps = {
  solve,
  createEngine: () => Promise.reject(new Error('no engine in this test')),
  getRunner: () => {
    throw new Error('no Python in this test');
  },
  now: () => 0,
};

/** The JSON inside a `#share=` hash, inflated by hand — not through decodeShare, which validates and filters. */
async function rawHashJson(hash: string): Promise<string> {
  const bin = atob(hash.replace(/^#share=/, '').replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(inflated).text();
}

/** A `#share=` hash around any JSON, built by hand: a link from another version, or a forged one. */
async function hashOf(data: object): Promise<string> {
  const deflated = new Blob([JSON.stringify(data)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(deflated).arrayBuffer());
  return `#share=${btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** A store showing a finished solve with an OpenAI-compatible server and an API key typed in. */
function storeWithKey() {
  const store = createAppStore(idleDeps, { kind: 'openai', baseUrl: 'http://127.0.0.1:8080/v1', model: 'qwen' });
  store.apiKey.value = SECRET;
  store.question.value = view.question;
  store.reference.value = view.reference;
  store.run.value = { ...initialRunState(), phase: 'done', blocks, answer: '\\frac{5}{6}' };
  return store;
}

describe('shareUrl', () => {
  describe('should never carry the API key in the link a user pastes', () => {
    test('for the query and the inflated hash, with the transcript', async () => {
      const link = await shareUrl(storeWithKey(), true, new URL('https://lce.example/app/'));
      expect(link).not.toContain(SECRET);
      const url = new URL(link);
      expect(url.search).toBe('?engine=openai&baseUrl=http%3A%2F%2F127.0.0.1%3A8080%2Fv1&model=qwen');
      const json = await rawHashJson(url.hash);
      expect(json).not.toContain(SECRET);
      expect(JSON.parse(json)).toMatchObject({ engine: { engine: 'openai', baseUrl: 'http://127.0.0.1:8080/v1', model: 'qwen' } });
    });
  });

  test('should restore what it shares into another store', async () => {
    const link = new URL(await shareUrl(storeWithKey(), true, new URL('https://lce.example/app/')));
    const other = createAppStore(idleDeps, { kind: 'replay' });
    expect(await restoreShare(other, link.hash)).toBeNull();
    expect(other.engineSettings.value).toEqual({ kind: 'openai', baseUrl: 'http://127.0.0.1:8080/v1', model: 'qwen' });
    expect(other.apiKey.value).toBe('');
    expect(other.run.value.blocks).toEqual(blocks);
    expect(other.question.value).toBe(view.question);
  });
});

describe('share links', () => {
  describe('should round-trip', () => {
    test('for a view with a transcript, keeping each error type', async () => {
      const hash = await encodeShare(view);
      expect(hash).toMatch(/^#share=[A-Za-z0-9_-]+$/);
      const decoded = await decodeShare(hash);
      expect(decoded).toEqual({ kind: 'ok', view });
    });

    test('for a link whose engine settings are incomplete, kept for the page to show', async () => {
      const decoded = await decodeShare(await encodeShare({ ...view, engine: { kind: 'openai', baseUrl: 'http://h/v1', model: '' } }));
      expect(decoded.kind === 'ok' && decoded.view.engine).toEqual({ kind: 'openai', baseUrl: 'http://h/v1' });
    });
  });

  describe('should read links made before the engine registry', () => {
    test('for engine parameters with a key left in them by an old version, which is dropped', async () => {
      const decoded = await decodeShare(await hashOf({ v: 1, question: 'q', method: 'cot', engine: { engine: 'openai', baseUrl: 'http://h/v1', model: 'm', apiKey: SECRET } }));
      expect(decoded).toEqual({ kind: 'ok', view: { question: 'q', reference: '', method: 'cot', engine: { kind: 'openai', baseUrl: 'http://h/v1', model: 'm' } } });
    });
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

    test.for([
      ['a hash without the share prefix', '#problem=abc', 'it has no shared view in it'],
      ['a hash that is not base64url', '#share=%%%', 'it is damaged or cut short'],
    ] as const)('for %s', async ([, hash, reason]) => {
      expect(await decodeShare(hash)).toEqual({ kind: 'invalid', reason: `This share link cannot be opened: ${reason}. Ask for a new link.` });
    });

    test.for([
      ['JSON that is not an object', 42, 'it holds no view'],
      ['JSON null', null, 'it holds no view'],
      ['a link from a newer version', { v: 2, question: 'q', method: 'lce' }, 'it was made by a newer version of the app'],
      ['a link without a version', { question: 'q', method: 'lce' }, 'it was made by a newer version of the app'],
      ['a view without a problem', { v: 1, method: 'lce' }, 'the problem is missing'],
      ['a problem that is not text', { v: 1, question: 7, method: 'lce' }, 'the problem is missing'],
      ['transcript blocks that are not a list', { v: 1, question: 'q', transcript: { blocks: 'text' } }, 'its transcript is malformed'],
      ['a block that is null', { v: 1, question: 'q', transcript: { blocks: [null] } }, 'its transcript is malformed'],
      ['a block whose content is not text', { v: 1, question: 'q', transcript: { blocks: [{ type: 'text', content: 1 }] } }, 'its transcript is malformed'],
      ['a block without a type', { v: 1, question: 'q', transcript: { blocks: [{ content: 'x' }] } }, 'its transcript is malformed'],
      ['an error that is a string, not an object', { v: 1, question: 'q', transcript: { blocks: [{ type: 'error', content: 'x', error: 'ValueError' }] } }, 'its transcript is malformed'],
      ['an error that is null', { v: 1, question: 'q', transcript: { blocks: [{ type: 'error', content: 'x', error: null }] } }, 'its transcript is malformed'],
    ] as const)('for %s', async ([, data, reason]) => {
      expect(await decodeShare(await hashOf(data as object))).toEqual({ kind: 'invalid', reason: `This share link cannot be opened: ${reason}. Ask for a new link.` });
    });

    test('for an engine this version does not know, quoting at most 40 characters of its name', async () => {
      const decoded = await decodeShare(await hashOf({ v: 1, question: 'q', method: 'lce', engine: { engine: `${'g'.repeat(40)}<script>` } }));
      expect(decoded).toEqual({ kind: 'invalid', reason: `This share link cannot be opened: it names an engine this version does not know ("${'g'.repeat(40)}"). Ask for a new link.` });
    });

    test('for an engine this version does not know', async () => {
      const decoded = await decodeShare(await hashOf({ v: 1, question: 'q', method: 'lce', engine: { engine: 'gpt' } }));
      expect(decoded).toEqual({ kind: 'invalid', reason: 'This share link cannot be opened: it names an engine this version does not know ("gpt"). Ask for a new link.' });
    });
  });
});

describe('decodeShare', () => {
  const decode = async (data: unknown) => decodeShare(await hashOf(data as object));

  describe('should fill what a valid link leaves out or gets wrong with the defaults', () => {
    test('for a link with only a problem', async () => {
      expect(await decode({ v: 1, question: 'q' })).toEqual({ kind: 'ok', view: { question: 'q', reference: '', method: 'lce' } });
    });

    test.for([
      ['a method this version does not know', { method: 'magic' }, { method: 'lce' }],
      ['each known method', { method: 'auto' }, { method: 'auto' }],
      ['a reference that is not text', { reference: 5 }, { reference: '' }],
    ] as const)('for %s', async ([, extra, expected]) => {
      expect(await decode({ v: 1, question: 'q', ...extra })).toEqual({ kind: 'ok', view: { question: 'q', reference: '', method: 'lce', ...expected } });
    });

    test('for transcript fields of the wrong type: no answer, no stop detail, not a recording', async () => {
      const decoded = await decode({ v: 1, question: 'q', transcript: { blocks: [], answer: 4, stopDetail: false, recording: 'yes' } });
      expect(decoded).toEqual({ kind: 'ok', view: { question: 'q', reference: '', method: 'lce', transcript: { blocks: [], answer: null, stopDetail: null, recording: false } } });
    });

    test('for engine parameters that are not text, which are left out rather than spelled as text', async () => {
      const decoded = await decode({ v: 1, question: 'q', engine: { engine: 'openai', baseUrl: 'http://h/v1', model: 7, apiKey: { key: SECRET } } });
      expect(decoded).toEqual({ kind: 'ok', view: { question: 'q', reference: '', method: 'lce', engine: { kind: 'openai', baseUrl: 'http://h/v1' } } });
    });

    test.for([
      ['engine settings that are null', 'engine'],
      ['a transcript that is null', 'transcript'],
    ] as const)('for %s, as none', async ([, field]) => {
      expect(await decode({ v: 1, question: 'q', [field]: null })).toEqual({ kind: 'ok', view: { question: 'q', reference: '', method: 'lce' } });
    });

    test('for a transcript that says it is a recording, with its stop detail', async () => {
      const decoded = await decode({ v: 1, question: 'q', transcript: { blocks: [], answer: '4', stopDetail: 'max rounds', recording: true } });
      expect(decoded.kind === 'ok' && decoded.view.transcript).toEqual({ blocks: [], answer: '4', stopDetail: 'max rounds', recording: true });
    });
  });

  describe('should keep only positive, finite caps, rounded down to whole numbers', () => {
    test.for([
      ['all four caps', { maxRounds: 3, maxTokensPerRound: 512, cellTimeoutMs: 2000, maxOutputChars: 300 }, { maxRounds: 3, maxTokensPerRound: 512, cellTimeoutMs: 2000, maxOutputChars: 300 }],
      ['a fraction', { maxRounds: 2.9 }, { maxRounds: 2 }],
      ['zero, a negative number, text and an unknown cap', { maxRounds: 0, maxTokensPerRound: -5, cellTimeoutMs: '9', other: 4, maxOutputChars: 10 }, { maxOutputChars: 10 }],
    ] as const)('for %s', async ([, caps, expected]) => {
      const decoded = await decode({ v: 1, question: 'q', caps });
      expect(decoded.kind === 'ok' && decoded.view.caps).toEqual(expected);
    });

    test('for caps of which none is usable, as no caps at all', async () => {
      const decoded = await decode({ v: 1, question: 'q', caps: { maxRounds: 0 } });
      expect(decoded).toEqual({ kind: 'ok', view: { question: 'q', reference: '', method: 'lce' } });
    });

    test.for([
      ['a number', 5],
      ['null', null],
    ] as const)('for caps that are %s, not an object', async ([, caps]) => {
      expect(await decode({ v: 1, question: 'q', caps })).toEqual({ kind: 'ok', view: { question: 'q', reference: '', method: 'lce' } });
    });
  });

  test('should round-trip a transcript too long to encode in one piece (over 32 KiB deflated)', async () => {
    // Random-looking text barely deflates, so the link's bytes pass the encoder's 32 KiB chunks.
    let seed = 7;
    const noise = Array.from({ length: 60_000 }, () => String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 90))).join('');
    const long: SharedView = { question: 'q', reference: '', method: 'code', transcript: { blocks: [{ type: 'output', content: noise }], answer: null, stopDetail: null, recording: false } };
    const hash = await encodeShare(long);
    expect(hash.length).toBeGreaterThan(45_000);
    expect(await decodeShare(hash)).toEqual({ kind: 'ok', view: long });
  });
});
