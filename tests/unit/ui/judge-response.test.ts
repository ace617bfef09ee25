import { describe, expect, test } from 'vitest';
import { judge } from '../../../src/core/critic';
import { solve } from '../../../src/core/lce';
import { judgeInto, type RunBox } from '../../../src/ui/state/run-driver';
import { initialRunState, type RunState } from '../../../src/ui/state/run-state';
import type { AppDeps } from '../../../src/ui/state/deps';

// The real critic (rules only: no sandbox is needed for these pairs).
const deps: AppDeps = {
  solve,
  judge: (pred, gold, options) => judge(pred, gold, options),
  createEngine: () => Promise.reject(new Error('not used')),
  getRunner: () => {
    throw new Error('not used');
  },
  now: () => 0,
};

function finishedWith(text: string, answer: string): RunState {
  return { ...initialRunState(), phase: 'done', runId: 'r', answer, blocks: [{ type: 'text', content: text }] };
}

describe('judgeInto', () => {
  describe('should judge the whole response, not only its last box', () => {
    test('for a response that hedges between two boxes', async () => {
      const box: RunBox = { value: finishedWith('It is either $\\boxed{12}$ or $\\boxed{64}$.', '64') };
      await judgeInto(deps, box, { id: 'p', question: 'How many?', reference: '64' });
      expect(box.value.verdict).toMatchObject({ equal: false });
      expect(box.value.verdict?.reason).toMatch(/2 different final answers/);
    });
    test('for a response that corrects itself', async () => {
      const box: RunBox = { value: finishedWith('I get $\\boxed{12}$. That was a slip: redoing it gives $\\boxed{64}$.', '64') };
      await judgeInto(deps, box, { id: 'p', question: 'How many?', reference: '64' });
      expect(box.value.verdict).toMatchObject({ equal: true });
    });
    test('for two roots boxed one by one', async () => {
      const box: RunBox = { value: finishedWith('So $x = \\boxed{3}$ or $x = \\boxed{-4}$.', '-4') };
      await judgeInto(deps, box, { id: 'p', question: 'Solve x^2 + x - 12 = 0.', reference: '3, -4' });
      expect(box.value.verdict).toMatchObject({ equal: true });
    });
  });
});
