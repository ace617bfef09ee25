/**
 * `lce bench [--json] [--only PREFIX]`: runs every suite in bench/suites and prints its metrics,
 * each beside its goal and whether it is met. Each suite exports `name`, `measure(): Promise<Record<
 * string, number>>` and optionally `goals` ({metric: {max} | {min}}); metric keys are namespaced
 * (`sandbox.cold_start_ms`, `lce.round_overhead_ms_p50`, `critic.rule_pairs_per_s`…). A goal not
 * met is a finding to record in BENCHMARKS.md, not a failure of the command.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { arch, cpus, totalmem } from 'node:os';
import { parseFlags, usageError } from '../args';
import { EXIT, EXIT_CODES_HELP } from '../exit-codes';

export const summary = 'Measure speed and memory goals (sandbox, LCE loop, critic, collection, UI); --json for machines.';

/** A goal: the figure must be at most `max` or at least `min`. */
export interface Goal {
  max?: number;
  min?: number;
}

interface Suite {
  name: string;
  goals?: Record<string, Goal>;
  measure(): Promise<Record<string, number>>;
}

const suitesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'bench', 'suites');

const suiteFiles = () => readdirSync(suitesDir).filter((f) => f.endsWith('.ts')).sort();

export const usage = `Usage: lce bench [--json] [--only PREFIX]

Runs the benchmark suites in bench/suites (${suiteFiles().map((f) => f.slice(0, -3)).join(', ')}) and prints
each figure beside its goal: "met", "NOT MET" or "—" (no goal). Some suites build the app and drive
Chromium; the whole run takes minutes. Record figures in BENCHMARKS.md with the command, date and machine.
  --json          one JSON object {machine, metrics, goals: {metric: {max|min, met}}} on one line
  --only PREFIX   only the suites whose name starts with PREFIX (e.g. lce runs lce and lce-webllm)

${EXIT_CODES_HELP} A goal not met does not change the exit code.
`;

/** Whether `value` meets `goal`. */
export function meets(value: number, goal: Goal): boolean {
  return (goal.max === undefined || value <= goal.max) && (goal.min === undefined || value >= goal.min);
}

const goalText = (g: Goal | undefined) => (!g ? '—' : [g.min !== undefined ? `≥ ${g.min}` : '', g.max !== undefined ? `≤ ${g.max}` : ''].filter(Boolean).join(', '));

/** The human table: metric, figure, goal, verdict. */
export function benchTable(metrics: Record<string, number>, goals: Record<string, Goal>): string {
  const width = Math.max(6, ...Object.keys(metrics).map((k) => k.length)) + 2;
  const rows = [`${'metric'.padEnd(width)}${'figure'.padStart(12)}  goal`];
  for (const [k, v] of Object.entries(metrics)) {
    const g = goals[k];
    rows.push(`${k.padEnd(width)}${String(v).padStart(12)}  ${goalText(g).padEnd(10)}${g ? (meets(v, g) ? ' met' : ' NOT MET') : ''}`.trimEnd());
  }
  const judged = Object.keys(goals).filter((k) => k in metrics);
  const missed = judged.filter((k) => !meets(metrics[k]!, goals[k]!));
  rows.push('', `${judged.length - missed.length} of ${judged.length} goals met${missed.length ? `; not met: ${missed.join(', ')}` : ''}.`);
  return rows.join('\n') + '\n';
}

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags('bench', args, {
    json: { type: 'boolean', default: false },
    only: { type: 'string' },
  });
  const suites: Suite[] = [];
  for (const file of suiteFiles()) suites.push((await import(join(suitesDir, file))) as Suite);
  const chosen = flags.only === undefined ? suites : suites.filter((s) => s.name.startsWith(flags.only!));
  if (chosen.length === 0) throw usageError('bench', `--only ${flags.only} matches no suite; the suites are ${suites.map((s) => s.name).sort().join(', ')}`);
  const metrics: Record<string, number> = {};
  const goals: Record<string, Goal> = {};
  for (const suite of chosen) {
    process.stderr.write(`lce bench: ${suite.name}…\n`);
    Object.assign(metrics, await suite.measure());
    Object.assign(goals, suite.goals ?? {});
  }
  const machine = { date: new Date().toISOString(), node: process.version, arch: arch(), cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memGiB: Math.round(totalmem() / 2 ** 30) };
  if (flags.json) {
    const judged = Object.fromEntries(Object.entries(goals).filter(([k]) => k in metrics).map(([k, g]) => [k, { ...g, met: meets(metrics[k]!, g) }]));
    process.stdout.write(`${JSON.stringify({ machine, metrics, goals: judged })}\n`);
  } else {
    process.stdout.write(benchTable(metrics, goals));
  }
  return EXIT.ok;
}
