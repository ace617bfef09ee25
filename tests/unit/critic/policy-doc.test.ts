import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { POLICIES, renderPolicies } from '../../../src/core/critic/policy';
import { POLICY_DOC, policySection } from '../../fixtures/critic/policy-doc';

const criticDir = new URL('../../../src/core/critic/', import.meta.url);

describe('POLICIES', () => {
  describe('should be the one source of the policy list', () => {
    test('for the list in docs/readme/critic.md (regenerate it with tests/fixtures/critic/write-policy-doc.ts)', () => {
      expect(policySection(readFileSync(POLICY_DOC, 'utf8'))).toBe(renderPolicies());
    });
    test('for every policy the critic code cites by id', () => {
      const ids = new Set<string>(POLICIES.map((p) => p.id));
      const cited = readdirSync(criticDir)
        .filter((f) => f.endsWith('.ts'))
        .flatMap((f) => [...readFileSync(new URL(f, criticDir), 'utf8').matchAll(/[Pp]olic(?:y|ies) `([a-z-]+)`/g)].map((m) => `${f}: ${m[1]}`));
      expect(cited.length).toBeGreaterThan(5);
      expect(cited.filter((c) => !ids.has(c.split(': ')[1]!))).toEqual([]);
    });
  });
  describe('should give every policy a distinct id and a rule', () => {
    test('for the whole list', () => {
      expect(new Set(POLICIES.map((p) => p.id)).size).toBe(POLICIES.length);
      for (const p of POLICIES) expect(p.rule.length, p.id).toBeGreaterThan(40);
    });
  });
});
