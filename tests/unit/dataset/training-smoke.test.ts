import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// The Python half of the export promise (training/smoke/run.sh): the exports load with `datasets`,
// render byte-identically through transformers' apply_chat_template, train a tiny model with TRL's
// SFT, DPO and ORPO, and give execution output zero gradient. The first run creates a cached venv
// (about 35 s from this image's pip index); later runs reuse it.
const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('training/smoke/run.sh', () => {
  describe('should train on the exports as they are, with the real TRL stack', () => {
    test('for SFT, DPO with the SFT term, and ORPO on a tiny random model', () => {
      const run = spawnSync('bash', [join(ROOT, 'training', 'smoke', 'run.sh')], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
      const lines = run.stdout.split('\n');
      const failed = lines.filter((l) => l.startsWith('FAIL'));
      expect(failed, run.stderr.slice(-4000)).toEqual([]);
      expect(run.status, run.stderr.slice(-4000)).toBe(0);
      expect(lines).toContain('24 passed, 0 failed');
    }, 15 * 60_000);
  });
});
