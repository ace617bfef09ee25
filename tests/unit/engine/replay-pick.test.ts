import { describe, expect, test } from 'vitest';
import { nearestRecordings, pickRecording, questionKey } from '../../../src/engine/replay/pick';
import { recordingsOf, type RecordingSummary } from '../../../src/engine/replay/recording';

const rec = (id: string, question: string, method: RecordingSummary['method'] = 'lce'): RecordingSummary => ({ id, question, method, source: 's', licence: 'MIT', model: 'M', reference: '1' });
const RECORDINGS = [
  rec('ducks', 'Janet’s ducks lay 16 eggs per day.  She eats three for breakfast.'),
  rec('robe', 'A robe takes 2 bolts of blue fiber and half that much white fiber.'),
  rec('robe-cot', 'A robe takes 2 bolts of blue fiber and half that much white fiber.', 'cot'),
  rec('primes', 'What is the sum of the first 100 primes?'),
];

describe('questionKey', () => {
  describe('should read a question as a person does', () => {
    test.each([
      ['Janet’s ducks', "janet's ducks"],
      ['  two\u00a0 spaces\n\tand tabs ', 'two spaces and tabs'],
      ['“quoted” — dash', '"quoted" - dash'],
      ['ＦＵＬＬ width', 'full width'],
    ])('for %j', (typed, key) => {
      expect(questionKey(typed)).toBe(key);
    });
  });

  test('should still tell different numbers apart', () => {
    expect(questionKey('What is 2 + 3?')).not.toBe(questionKey('What is 2 + 4?'));
  });
});

describe('pickRecording', () => {
  describe('should find the recording', () => {
    test.each([
      [{ question: "janet's ducks lay 16 eggs per day. she eats three for breakfast.", method: 'lce' as const }, 'ducks'],
      [{ question: 'A robe takes 2 bolts of blue fiber and half that much white fiber.', method: 'cot' as const }, 'robe-cot'],
      [{ id: 'primes', method: 'lce' as const }, 'primes'],
      [{ id: 'robe', question: 'a robe takes 2 bolts of blue fiber and half that much white fiber.', method: 'lce' as const }, 'robe'],
    ])('for %j', (asked, id) => {
      expect(pickRecording(RECORDINGS, asked)).toMatchObject({ kind: 'found', recording: { id } });
    });
  });

  describe('should say what is wrong', () => {
    test.each([
      [{ method: 'lce' as const }, { kind: 'nothing-asked' }],
      [{ id: 'nope', method: 'lce' as const }, { kind: 'unknown-id', id: 'nope', ids: ['ducks', 'robe', 'robe-cot', 'primes'] }],
      [{ id: 'primes', question: 'What is 1 + 1?', method: 'lce' as const }, { kind: 'id-question-mismatch', recording: { id: 'primes' } }],
      [{ id: 'primes', method: 'cot' as const }, { kind: 'other-method', method: 'cot', recorded: [{ id: 'primes' }] }],
      [{ question: 'Janet has ducks that lay eggs every day', method: 'lce' as const }, { kind: 'not-recorded', nearest: [{ id: 'ducks' }, expect.anything(), expect.anything()] }],
    ])('for %j', (asked, outcome) => {
      expect(pickRecording(RECORDINGS, asked)).toMatchObject(outcome);
    });
  });
});

describe('nearestRecordings', () => {
  test('should rank by shared words, best first', () => {
    expect(nearestRecordings(RECORDINGS, 'sum of the first 50 primes', 2).map((r) => r.id)[0]).toBe('primes');
  });
});

describe('recordingsOf', () => {
  test('should match typed questions the way pickRecording does', () => {
    expect(recordingsOf(RECORDINGS, '  JANET\'S DUCKS lay 16 eggs per day. She eats three for breakfast.').map((r) => r.id)).toEqual(['ducks']);
  });
});
