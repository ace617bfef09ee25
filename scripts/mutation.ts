/**
 * Mutation testing with Stryker (stryker.config.mjs) over the modules of mutation/modules.json.
 *
 *   npm run test:mutation                      # every module, in one Stryker run
 *   npm run test:mutation -- answer host       # just these modules (the rest keep their results)
 *   npm run test:mutation -- answer --force    # ignore the incremental file: mutate all of them again
 *   npm run test:mutation -- critic --mutate src/core/critic/a.ts,src/core/critic/b.ts
 *                                              # just these files (the module's others keep their results)
 *   npm run test:mutation -- --merge a.json b.json   # put reports of separate Stryker runs in the incremental file
 *   npm run test:mutation -- --summary         # the table from mutation/incremental.json, no run
 *   npm run test:mutation -- --list            # the modules and what each mutates
 *
 * Options after the module names go to `stryker run` unchanged. A run (or merged report) replaces
 * the results of the files it mutated in the incremental file. Each module's survivors that
 * docs/mutation/equivalent.md does not explain are printed, then a Markdown table for
 * BENCHMARKS.md, which says how many of a module's files have results: a module with files not
 * mutated yet is "partial", with no verdict on its goal. Exit code 1 when a module that ran whole
 * misses its goal or the run fails, 2 for bad arguments or reports (nothing is written then).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countMutants, fileCoverage, filesMatching, type FileCoverage } from './mutation-files';
import { lineRanged, mergeIncremental, mergeReportFiles, mutateOption, ranPatterns } from './mutation-merge';
import { matchesGlobs, parseEquivalents, summarise, type ModuleSummary, type StrykerReport } from './mutation-report';
import { TABLE_HEAD, tableRow, verdictOf } from './mutation-table';

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
const mergeAt = flags.indexOf('--merge');
if (mergeAt >= 0) {
  const after = flags.slice(mergeAt + 1);
  const end = after.findIndex((f) => f.startsWith('-'));
  report = mergeReports(end < 0 ? after : after.slice(0, end));
} else if (flags.includes('--summary')) {
  report = readJson(INCREMENTAL);
} else {
  const only = mutateOption(flags);
  if (only) checkMutateList(only);
  const previous = existsSync(INCREMENTAL) ? readJson(INCREMENTAL) : null;
  const started = Date.now();
  const run = spawnSync('npx', ['stryker', 'run', ...flags], { cwd: root, stdio: 'inherit', env: { ...process.env, MUTATION_MODULES: chosen.join(',') } });
  minutes = (Date.now() - started) / 60_000;
  if (run.status !== 0 || !existsSync(REPORT)) {
    console.error(`stryker run failed (exit ${run.status ?? run.signal}); no score.`);
    process.exit(1);
  }
  // The run's results replace those of what it mutated (the modules, or the --mutate files); the
  // other files keep theirs.
  const ran = ranPatterns(flags, chosen.flatMap((n) => modules[n]!.mutate));
  report = previous ? mergeIncremental(previous, readJson(REPORT), ran) : readJson(REPORT);
  writeFileSync(INCREMENTAL, JSON.stringify(report, null, 2));
}

let missed = false;
const rows: string[] = [];
for (const name of chosen) {
  const { goal, mutate } = modules[name]!;
  // A module without any result was never run: no file count (it would mean parsing all its files).
  const files = Object.keys(report.files).some((f) => matchesGlobs(f, mutate)) ? await coverage(mutate) : null;
  const s = summarise(report, name, mutate, equivalents, new Set(files?.notRun.map((f) => f.file)));
  if (s.mutants > 0) printSurvivors(name, s, files);
  missed ||= verdictOf(goal, s, files) === 'missed';
  rows.push(tableRow(name, goal, s, files));
}
console.log(`\n${minutes === null ? 'From mutation/incremental.json' : `Run of ${minutes.toFixed(1)} min`}:\n`);
for (const line of [...TABLE_HEAD, ...rows]) console.log(line);
process.exit(missed ? 1 : 0);

/** Stops with exit code 2 and `message`, before anything is written. */
function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** A --mutate list must name whole files of the chosen modules, and at least one. */
function checkMutateList(patterns: string[]): void {
  const ranged = lineRanged(patterns);
  if (ranged.length > 0) fail(`--mutate ${ranged.join(',')}: a line range reports only part of a file, which the incremental file would then keep as the whole file's result. Mutate whole files here, or run \`npx stryker run\` with --incrementalFile elsewhere.`);
  const files = filesMatching(root, patterns);
  if (files.length === 0) fail(`--mutate ${patterns.join(',')} matches no file.`);
  const outside = files.filter((f) => !chosen.some((n) => matchesGlobs(f, modules[n]!.mutate)));
  if (outside.length > 0) fail(`--mutate names files of no module chosen (${chosen.join(', ')}): ${outside.join(', ')}. Name their module before the options.`);
}

/** Merges the Stryker reports `files` (later ones win) into the incremental file; exits 2 on a bad one, writing nothing. */
function mergeReports(files: string[]): StrykerReport {
  if (files.length === 0) fail('--merge needs one or more Stryker JSON reports (reports/mutation/mutation.json of each run).');
  const previous = existsSync(INCREMENTAL) ? readJson(INCREMENTAL) : null;
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const merged = mergeReportFiles(previous, files, { root, cwd, moduleGlobs: Object.values(modules).map((m) => m.mutate) });
  if (merged.kind === 'error') fail(`--merge ${merged.message} Nothing was merged.`);
  writeFileSync(INCREMENTAL, JSON.stringify(merged.report, null, 2));
  console.log(`Merged ${files.join(', ')} into mutation/incremental.json.`);
  for (const note of merged.notes) console.log(`  ${note}`);
  return merged.report;
}

/** Which of the module's files `report` has results for; counts the mutants of the others. */
async function coverage(globs: string[]): Promise<FileCoverage> {
  const onDisk = filesMatching(root, globs);
  const counts = await countMutants(root, onDisk.filter((f) => !(f in report.files)));
  return fileCoverage(report, globs, onDisk, counts, (f) => readFileSync(join(root, f), 'utf8'));
}

function readJson(file: string): StrykerReport {
  return JSON.parse(readFileSync(file, 'utf8')) as StrykerReport;
}

function printSurvivors(name: string, s: ModuleSummary, files: FileCoverage | null): void {
  if (s.unexplained.length > 0) {
    console.log(`\n${name}: ${s.unexplained.length} survivor(s) neither killed nor listed in docs/mutation/equivalent.md:`);
    for (const u of s.unexplained) {
      console.log(`  ${u.file}:${u.line} ${u.mutator}${u.status === 'NoCoverage' ? ' (no test covers it)' : ''}: ${oneLine(u.original)} → ${oneLine(u.replacement)}`);
    }
  }
  for (const e of s.stale) console.log(`${name}: listed as equivalent but no longer surviving (remove the row): ${e.file} ${e.mutator} "${e.line}"`);
  if (!files) return;
  const list = (fs: string[]) => fs.join(', ');
  if (files.notRun.length > 0) console.log(`${name}: not mutated yet (${files.notRun.length} of ${files.total} files): ${list(files.notRun.map((f) => `${f.file} (${f.mutants})`))}`);
  if (files.changed.length > 0) console.log(`${name}: results made from other source than the file has now (a run of it tests the changes again): ${list(files.changed)}`);
  if (files.gone.length > 0) console.log(`${name}: results of files no longer on disk, still counted until a run of the whole module: ${list(files.gone)}`);
}

function oneLine(code: string): string {
  const flat = code.replace(/\s+/g, ' ').trim();
  return flat.length > 100 ? `${flat.slice(0, 97)}...` : flat;
}
