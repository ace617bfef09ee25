/**
 * `lce bench [--json] [--only PREFIX]`: runs every suite in bench/suites and prints its metrics.
 * Each suite exports `name` and `measure(): Promise<Record<string, number>>`; metric keys are
 * namespaced (`sandbox.cold_start_ms`, `lce.round_overhead_ms_p50`, `critic.rule_pairs_per_s`…).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { arch, cpus, totalmem } from 'node:os';
import { parseFlags } from '../args';

export const summary = 'Measure speed and memory goals (sandbox, LCE loop, critic, collection, UI); --json for machines.';

interface Suite {
  name: string;
  measure(): Promise<Record<string, number>>;
}

const suitesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'bench', 'suites');

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags('bench', args, {
    json: { type: 'boolean', default: false },
    only: { type: 'string' },
    help: { type: 'boolean', default: false },
  });
  if (flags.help) {
    process.stdout.write('Usage: lce bench [--json] [--only PREFIX]\n');
    return 0;
  }
  const files = readdirSync(suitesDir).filter((f) => f.endsWith('.ts')).sort();
  const metrics: Record<string, number> = {};
  for (const file of files) {
    const suite = (await import(join(suitesDir, file))) as Suite;
    if (flags.only && !suite.name.startsWith(flags.only)) continue;
    if (!flags.json) process.stderr.write(`bench: ${suite.name}…\n`);
    Object.assign(metrics, await suite.measure());
  }
  const machine = { date: new Date().toISOString(), node: process.version, arch: arch(), cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memGiB: Math.round(totalmem() / 2 ** 30) };
  if (flags.json) {
    process.stdout.write(JSON.stringify({ machine, metrics }, null, 2) + '\n');
  } else {
    for (const [k, v] of Object.entries(metrics)) process.stdout.write(`${k.padEnd(36)} ${v}\n`);
  }
  return 0;
}
