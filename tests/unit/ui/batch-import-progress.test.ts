/**
 * The import's progress line in the page: a worker reports after every 64 K piece, faster than the
 * page paints, so the state takes the latest figures at most once per frame — and a frame that
 * comes after the read ended never turns the report back into a progress line.
 */
import { describe, expect, test } from 'vitest';
import { createProblemImport } from '../../../src/ui/state/batch/problem-import';
import { pasteSource } from '../../../src/ui/state/batch/import-source';
import { freshStore } from '../store/support';

/** About 1.2 MB: five 256 K pieces of a paste. */
const PASTE = Array.from({ length: 24_000 }, (_, i) => JSON.stringify({ question: `What is ${i} + 1?`, answer: String(i + 1) })).join('\n');

describe('the import progress', () => {
  describe('should be shown once per frame with the latest figures', () => {
    test('for five pieces, a paint after the second, and a frame left over when the read ends', async () => {
      const db = await freshStore();
      const frames: Array<() => void> = [];
      const paint = () => frames.splice(0).forEach((f) => f());
      let pieces = 0;
      const breathe = async () => {
        if (++pieces === 2) paint();
      };
      const imp = createProblemImport({ store: async () => db, breathe, frame: (cb) => frames.push(cb) });
      const shown: number[] = [];
      const stop = imp.state.subscribe((s) => s.kind === 'reading' && s.progress && shown.push(s.progress.charsRead));
      const result = await imp.read(pasteSource(PASTE));
      expect(result!.counts.kept).toBe(24_000);
      // Pieces 1 and 2 shared one frame, which showed piece 2; pieces 3 to 5 asked for one more.
      expect(shown).toEqual([2 * (1 << 18)]);
      expect(frames).toHaveLength(1);
      paint();
      stop();
      expect(shown).toHaveLength(1);
      expect(imp.state.value.kind).toBe('read');
    });
  });

  describe('should show every report when each gets its own frame', () => {
    test('for five pieces with frames run at once', async () => {
      const imp = createProblemImport({ store: freshStore, breathe: async () => undefined, frame: (cb) => cb() });
      const shown: number[] = [];
      const stop = imp.state.subscribe((s) => s.kind === 'reading' && s.progress && shown.push(s.progress.charsRead));
      await imp.read(pasteSource(PASTE));
      stop();
      expect(shown).toEqual([1, 2, 3, 4, 5].map((n) => Math.min(n * (1 << 18), PASTE.length)));
    });
  });
});
