import { describe, expect, test } from 'vitest';
import type { ContextBudget } from '../../../src/core/lce/context-budget';
import { nextStep, STOPPED_BY_USER, type LoopPoint, type Step } from '../../../src/core/lce/next-step';

const caps = { maxRounds: 4, maxTokensPerRound: 100 };

/** A round that stopped at ```output right after a closed code block (index 1). */
function round(over: Partial<Extract<LoopPoint, { after: 'round' }>> = {}): LoopPoint {
  return {
    after: 'round',
    method: 'lce',
    round: 1,
    caps,
    maxTokens: 100,
    context: null,
    aborted: false,
    finish: 'stop',
    engineStop: '```output',
    parsed: { stop: null, unterminatedCode: false, endsWithCode: true },
    codeIndex: 1,
    ...over,
  };
}

function cell(over: Partial<Extract<LoopPoint, { after: 'cell' }>> = {}): LoopPoint {
  return { after: 'cell', method: 'lce', round: 1, caps, aborted: false, context: null, ...over };
}

function start(context: ContextBudget | null): LoopPoint {
  return { after: 'start', caps, context };
}

/** A 4,096-token window with `tokens` of it taken. */
const windowWith = (tokens: number) => ({ window: 4096, tokens });

const execute: Step = { kind: 'execute', codeIndex: 1 };
const stop = (reason: string, detail: RegExp | string) => ({ kind: 'stop', reason, detail: typeof detail === 'string' ? detail : expect.stringMatching(detail) });

describe('nextStep', () => {
  describe('should run the code a round asked for', () => {
    test.each<[string, LoopPoint]>([
      ['for the engine reporting the output stop', round()],
      ['for the output stop found in the text (the engine echoed or ignored it)', round({ finish: 'cut', engineStop: undefined, parsed: { stop: '```output', unterminatedCode: false, endsWithCode: true } })],
      ['for an engine that stopped without saying on what, right after a code block', round({ engineStop: null })],
      ['for code under auto', round({ method: 'auto' })],
      ['for the one program under code', round({ method: 'code' })],
      ['for a round stopped at ```output with the window nearly full (the cell still runs)', round({ maxTokens: 30, context: windowWith(4066) })],
    ])('%s', (_, at) => {
      expect(nextStep(at)).toEqual(execute);
    });

    test('for a code block that is the round\'s first block', () => {
      expect(nextStep(round({ codeIndex: 0 }))).toEqual({ kind: 'execute', codeIndex: 0 });
    });
  });

  describe('should end the run with its reason', () => {
    test.each<[string, LoopPoint, ReturnType<typeof stop>]>([
      ['for the model ending its turn', round({ engineStop: '<|im_end|>', parsed: { stop: null, unterminatedCode: false, endsWithCode: false }, codeIndex: -1 }), stop('answered', 'The model finished its answer.')],
      ['for code under cot, which is shown but never run', round({ method: 'cot', engineStop: null }), stop('answered', 'The model finished its answer.')],
      ['for an output stop without a code block in the round', round({ codeIndex: -1 }), stop('answered', /without writing a code block/)],
      ['for the token cap', round({ finish: 'length', engineStop: null, parsed: { stop: null, unterminatedCode: false, endsWithCode: false }, codeIndex: -1 }), stop('max-tokens', 'Stopped: round 1 reached the cap of 100 tokens. Raise the token cap to let the model finish.')],
      ['for the token cap inside a code block, which is not run', round({ finish: 'length', engineStop: null, parsed: { stop: null, unterminatedCode: true, endsWithCode: false } }), stop('max-tokens', /inside an unfinished code block, which was not run/)],
      ['for an unterminated code block at an output stop', round({ parsed: { stop: null, unterminatedCode: true, endsWithCode: false } }), stop('answered', 'The model finished its answer.')],
      ['for the engine interrupted', round({ finish: 'abort' }), STOPPED_BY_USER],
      ['for the signal aborted during the round', round({ aborted: true }), STOPPED_BY_USER],
      ['for the program of code having run', cell({ method: 'code', round: 1 }), stop('answered', 'The program ran; its output is the answer.')],
      ['for the round cap reached right after a cell ran', cell({ round: 4 }), stop('max-rounds', 'Stopped after 4 rounds (the round cap); the model did not see the last output. Raise the round cap to let it continue.')],
      ['for the signal aborted while the cell ran', cell({ aborted: true }), STOPPED_BY_USER],
      [
        'for a prompt that leaves no room in the window before round 1',
        start(windowWith(4060)),
        stop('context-full', "Context full before round 1: the prompt is ≈ 4,060 tokens (estimated on the safe side: counted high), which leaves 36 of the model's 4,096-token context window for the answer. Shorten the problem or use a model with a larger window."),
      ],
      ['for a prompt longer than the whole window', start(windowWith(5000)), stop('context-full', /leaves 0 of the model's 4,096-token context window/)],
      [
        'for the context full after a cell ran (too little left for another round)',
        cell({ round: 3, context: windowWith(4040) }),
        stop('context-full', /^Context full after round 3: the solution so far is ≈ 4,040 tokens \(estimated on the safe side: counted high\), which leaves 56 of the model's 4,096-token context window: too little for another round/),
      ],
      [
        'for a round cut by the room left in the window, not by the token cap',
        round({ round: 2, finish: 'length', engineStop: null, parsed: { stop: null, unterminatedCode: false, endsWithCode: false }, codeIndex: -1, maxTokens: 80, context: windowWith(4016) }),
        stop('context-full', /^Context full in round 2: the round started at ≈ 4,016 tokens .* and used the last 80 tokens of the model's 4,096-token context window before the model finished\./),
      ],
      ['for the token cap in a window that had room for it', round({ finish: 'length', engineStop: null, parsed: { stop: null, unterminatedCode: false, endsWithCode: false }, codeIndex: -1, context: windowWith(1000) }), stop('max-tokens', /reached the cap of 100 tokens/)],
      ['for the round cap reached, which is said before the context', cell({ round: 4, context: windowWith(4090) }), stop('max-rounds', /round cap/)],
      ['for the token cap hit right after a closed code block', round({ finish: 'length', engineStop: null, parsed: { stop: null, unterminatedCode: false, endsWithCode: true } }), stop('max-tokens', /reached the cap of 100 tokens\. /)],
      ['for the end-of-turn token seen in the text right after a closed code block', round({ finish: 'cut', engineStop: undefined, parsed: { stop: '<|im_end|>', unterminatedCode: false, endsWithCode: true } }), stop('answered', 'The model finished its answer.')],
      ['for the engine naming the end-of-turn token right after a closed code block', round({ engineStop: '<|im_end|>' }), stop('answered', 'The model finished its answer.')],
      // The loop gives 'cut' when it finds a stop string in the text; these rows pin the decision
      // for an engine that reports 'stop' or 'length' with one there all the same.
      ['for the end-of-turn token in the text after a closed code block, the engine not saying on what it stopped', round({ engineStop: null, parsed: { stop: '<|im_end|>', unterminatedCode: false, endsWithCode: true } }), stop('answered', 'The model finished its answer.')],
      ['for the end-of-turn token in the text of a round the engine says hit the token cap', round({ finish: 'length', engineStop: null, parsed: { stop: '<|im_end|>', unterminatedCode: false, endsWithCode: false }, codeIndex: -1 }), stop('answered', 'The model finished its answer.')],
      [
        'for the end-of-turn token in the text of a round the engine says hit a limit the window narrowed',
        round({ finish: 'length', engineStop: null, parsed: { stop: '<|im_end|>', unterminatedCode: false, endsWithCode: false }, codeIndex: -1, maxTokens: 30, context: windowWith(4066) }),
        stop('answered', 'The model finished its answer.'),
      ],
      ['for the model ending its turn within a limit the window narrowed', round({ engineStop: '<|im_end|>', parsed: { stop: null, unterminatedCode: false, endsWithCode: false }, codeIndex: -1, maxTokens: 30, context: windowWith(4066) }), stop('answered', 'The model finished its answer.')],
      ['for an unterminated code block as the round\'s first block at an output stop (it was written, so not "without a code block")', round({ parsed: { stop: null, unterminatedCode: true, endsWithCode: false }, codeIndex: 0 }), stop('answered', 'The model finished its answer.')],
    ])('%s', (_, at, expected) => {
      expect(nextStep(at)).toEqual(expected);
    });
  });

  describe('should go on to another round', () => {
    test.each<[string, LoopPoint]>([
      ['for a cell that ran below the round cap', cell({ round: 3 })],
      ['for auto below the round cap', cell({ method: 'auto', round: 1 })],
      ['for a cell that leaves 64 tokens of the window, enough for a round', cell({ round: 2, context: windowWith(4032) })],
      ['for a window the engine does not know', cell({ round: 2, context: null })],
      ['for a prompt that fits the window before round 1', start(windowWith(200))],
      ['for no window known before round 1', start(null)],
    ])('%s', (_, at) => {
      expect(nextStep(at)).toEqual({ kind: 'continue' });
    });
  });

  test('should say "Stopped by the user." for every cancellation', () => {
    expect(STOPPED_BY_USER).toEqual({ kind: 'stop', reason: 'aborted', detail: 'Stopped by the user.' });
  });
});
