import { describe, expect, test } from 'vitest';
import { loadDraft, saveDraft } from '../../../src/ui/state/draft';
import { formatBytes, formatSeconds } from '../../../src/ui/components/ModelsPanel/format';

/** A Map standing in for localStorage, which Node lacks. */
function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), raw: m };
}

describe('drafts', () => {
  test('should come back as saved', () => {
    const s = memoryStorage();
    saveDraft({ question: 'What is $1+1$?', reference: '2', method: 'cot' }, s);
    expect(loadDraft(s)).toEqual({ question: 'What is $1+1$?', reference: '2', method: 'cot' });
  });

  describe('should be ignored', () => {
    test('for unreadable JSON', () => {
      const s = memoryStorage();
      s.raw.set('lce-playground:draft', '{broken');
      expect(loadDraft(s)).toBeNull();
    });

    test('for an unknown method, which falls back to LCE', () => {
      const s = memoryStorage();
      s.raw.set('lce-playground:draft', JSON.stringify({ question: 'q', method: 'magic' }));
      expect(loadDraft(s)).toEqual({ question: 'q', reference: '', method: 'lce' });
    });
  });
});

describe('formatBytes and formatSeconds', () => {
  test('should pick a readable unit', () => {
    expect(formatBytes(4.2 * 2 ** 30)).toBe('4.2 GB');
    expect(formatBytes(826 * 2 ** 20)).toBe('826 MB');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatSeconds(42)).toBe('42 s');
    expect(formatSeconds(200)).toBe('3 min 20 s');
    expect(formatSeconds(3900)).toBe('1 h 5 min');
  });
});
