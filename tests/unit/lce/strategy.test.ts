/** AutoCode4Math's choice read from the model's own words: the record a training sample keeps under `auto`. */
import { describe, expect, test } from 'vitest';
import { detectStrategy } from '../../../src/core/lce/strategy';
import type { StrategyChoice } from '../../../src/core/lce/events';

const CODE = "Let's write a program";
const COT = "Let's reason step by step";

describe('detectStrategy', () => {
  describe('should take the first cue as the choice', () => {
    test.each<[string, string, boolean, StrategyChoice]>([
      ['a program cue alone', `${CODE} to count.`, true, { chosen: 'code', cue: CODE, switched: false }],
      ['a program cue before no code yet', `${CODE}.`, false, { chosen: 'code', cue: CODE, switched: false }],
      ['a reasoning cue alone', `${COT}. 2 + 2 = 4.`, false, { chosen: 'cot', cue: COT, switched: false }],
      ['the cue as the model spelled it', "let’s write a Python program.", true, { chosen: 'code', cue: 'let’s write a Python program', switched: false }],
    ])('for %s', (_, text, wroteCode, expected) => {
      expect(detectStrategy(text, wroteCode)).toEqual(expected);
    });
  });

  describe('should record a switch to the other method', () => {
    test.each<[string, string, boolean, StrategyChoice]>([
      ['a program cue, then a reasoning one', `${CODE}. It failed. ${COT}.`, true, { chosen: 'code', cue: CODE, switched: true }],
      ['a reasoning cue, then a program one', `${COT}. Hard. ${CODE}.`, true, { chosen: 'cot', cue: COT, switched: true }],
      ['a reasoning cue, then a program one before any code', `${COT}. Hard. ${CODE}.`, false, { chosen: 'cot', cue: COT, switched: true }],
      ['a reasoning cue, then code without a cue', `${COT}. Hmm.`, true, { chosen: 'cot', cue: COT, switched: true }],
    ])('for %s', (_, text, wroteCode, expected) => {
      expect(detectStrategy(text, wroteCode)).toEqual(expected);
    });
  });

  describe('should fall back on what the model did when it gave no cue', () => {
    test.each<[string, boolean, StrategyChoice]>([
      ['code written', true, { chosen: 'code', cue: null, switched: false }],
      ['no code written', false, { chosen: 'unknown', cue: null, switched: false }],
    ])('for %s', (_, wroteCode, expected) => {
      expect(detectStrategy('Two plus two is four.', wroteCode)).toEqual(expected);
    });
  });
});
