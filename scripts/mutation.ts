/**
 * Mutation testing with Stryker (stryker.config.mjs) over the modules of mutation/modules.json.
 *
 *   npm run test:mutation                      # every module, in one Stryker run
 *   npm run test:mutation -- answer host       # just these modules (the rest keep their results)
 *   npm run test:mutation -- answer --force    # ignore the incremental file: mutate all of them again
 *   npm run test:mutation -- --summary         # the table from mutation/incremental.json, no run
 *   npm run test:mutation -- --list            # the modules and what each mutates
 *
 * Options after the module names go to `stryker run` unchanged. A run of some modules is merged
 * into the incremental file. Each module's survivors that docs/mutation/equivalent.md does not
 * explain are printed, then a Markdown table for BENCHMARKS.md. Exit code 1 when a module misses
 * its goal or the run fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeIncremental, parseEquivalents, summarise, type ModuleSummary, type StrykerReport } from './mutation-report';

const root = join(import.meta.dirname, '..');
const INCREMENTAL = join(root, 'mutation', 'incremental.json');
const REPORT = join(root, 'reports', 'mutation', 'mutation.json');
const table = JSON.parse(readFileSync(join(root, 'mutation', 'modules.json'), 'utf8')) as Record<string, { mutate: string[]; goal: number | null }>;
const modules = Object.fromEntries(Object.entries(table).filter(([name]) => !name.startsWith('/')));

const args = process.argv.slice(2);
const flagAt = args.findIndex((a) => a.startsWith('-'));
const names = flagAt < 0 ? args : args.slice(0, flagAt);
const flags = flagAt < 0 ? [] : args.slice(flagAt);

if (flags.includes('--list')) {
  for (const [name, m] of Object.entries(modules)) console.log(`${name.padEnd(8)} goal ${m.goal === null ? '—   ' : `${m.goal} %`}  ${m.mutate.join(' ')}`);
  process.exit(0);
}
const unknown = names.filter((n) => !(n in modules));
if (unknown.length > 0) {
  console.error(`Unknown module ${unknown.join(', ')}: choose among ${Object.keys(modules).join(', ')} (npm run test:mutation -- --list).`);
  process.exit(2);
}
const chosen = names.length > 0 ? names : Object.keys(modules);
const equivalents = parseEquivalents(readFileSync(join(root, 'docs', 'mutation', 'equivalent.md'), 'utf8'));

let minutes: number | null = null;
let report: StrykerReport;
if (flags.includes('--summary')) {
  report = readJson(INCREMENTAL);
} else {
  const previous = existsSync(INCREMENTAL) ? readJson(INCREMENTAL) : null;
  const started = Date.now();
  const run = spawnSync('npx', ['stryker', 'run', ...flags], { cwd: root, stdio: 'inherit', env: { ...process.env, MUTATION_MODULES: chosen.join(',') } });
  minutes = (Date.now() - started) / 60_000;
  if (run.status !== 0 || !existsSync(REPORT)) {
    console.error(`stryker run failed (exit ${run.status ?? run.signal}); no score.`);
    process.exit(1);
  }
  report = readJson(REPORT);
  // Stryker wrote only this run's modules; put back the results of the others.
  if (previous) writeFileSync(INCREMENTAL, JSON.stringify(mergeIncremental(previous, readJson(INCREMENTAL), chosen.flatMap((n) => modules[n]!.mutate)), null, 2));
}

let missed = false;
const rows = chosen.map((name) => {
  const { goal, mutate } = modules[name]!;
  const s = summarise(report, name, mutate, equivalents);
  // A module the incremental file has no results for was never run: no score, rather than 100 % of nothing.
  if (s.mutants === 0) return `| ${name} | — | — | — | — | — | — | — | not run | not run${goal === null ? '' : ` (goal ${goal} %)`} |`;
  printSurvivors(name, s);
  const short = goal !== null && s.scoreWithoutEquivalents < goal;
  missed ||= short;
  const verdict = goal === null ? '' : short ? ` (goal ${goal} %: missed)` : ` (goal ${goal} %)`;
  return `| ${name} | ${s.mutants} | ${s.killed} | ${s.timeout} | ${s.survived} | ${s.noCoverage} | ${s.equivalent} | ${s.invalid} | ${s.score} % | ${s.scoreWithoutEquivalents} %${verdict} |`;
});
console.log(`\n${minutes === null ? 'From mutation/incremental.json' : `Run of ${minutes.toFixed(1)} min`}:\n`);
console.log('| Module | Mutants | Killed | Timeout | Survived | No coverage | Equivalent | Not compiled | Score | Without equivalents |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
process.exit(missed ? 1 : 0);

function readJson(file: string): StrykerReport {
  return JSON.parse(readFileSync(file, 'utf8')) as StrykerReport;
}

function printSurvivors(name: string, s: ModuleSummary): void {
  if (s.unexplained.length > 0) {
    console.log(`\n${name}: ${s.unexplained.length} survivor(s) neither killed nor listed in docs/mutation/equivalent.md:`);
    for (const u of s.unexplained) {
      console.log(`  ${u.file}:${u.line} ${u.mutator}${u.status === 'NoCoverage' ? ' (no test covers it)' : ''}: ${oneLine(u.original)} → ${oneLine(u.replacement)}`);
    }
  }
  for (const e of s.stale) console.log(`${name}: listed as equivalent but no longer surviving (remove the row): ${e.file} ${e.mutator} "${e.line}"`);
}

function oneLine(code: string): string {
  const flat = code.replace(/\s+/g, ' ').trim();
  return flat.length > 100 ? `${flat.slice(0, 97)}...` : flat;
}
