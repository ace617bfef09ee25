import { describe, expect, test } from 'vitest';
import { parseSample } from '../../../src/core/dataset/parse-sample';
import { SAMPLE_SCHEMA_VERSION } from '../../../src/core/dataset/sample';
import { fixtureSamples } from './support/fixtures';

const [good] = fixtureSamples();

describe('parseSample', () => {
  describe('should read a record of any schema version up to the current one', () => {
    test('for a version-1 record (upgraded to the current shape)', () => {
      const parsed = parseSample({ ...good, schema: 1 });
      expect(parsed).toMatchObject({ kind: 'sample', sample: { id: good!.id, schema: SAMPLE_SCHEMA_VERSION } });
    });

    test('for a current record (returned as it is)', () => {
      const record = { ...good, schema: SAMPLE_SCHEMA_VERSION };
      expect(parseSample(record)).toEqual({ kind: 'sample', sample: record });
    });
  });

  describe('should refuse what is not a sample of a known version, with a reason', () => {
    test.each([
      ['a schema 0', { ...good, schema: 0 }, 'not a sample record (schema must be a version from 1 to 2)'],
      ['a schema given as a string', { ...good, schema: '2' }, 'not a sample record (schema must be a version from 1 to 2)'],
      ['a newer schema', { ...good, schema: 3 }, 'written by a newer version (schema 3); update the playground'],
      ['a version-1 record with nothing else', { schema: 1 }, '"id" must be a non-empty string'],
      ['a version-1 record without a transcript', { ...good, schema: 1, blocks: 'none' }, '"blocks" is not a list'],
    ])('for %s', (_name, record, reason) => {
      expect(parseSample(record)).toEqual({ kind: 'invalid', reason });
    });
  });
});
