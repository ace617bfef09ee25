/**
 * `lce export --samples FILE.jsonl --format F --out FILE.jsonl [filters…]`: training data from the
 * samples `lce collect` writes. Two streaming passes over the files (bounded memory); the rows go
 * to --out, and beside it, named after it, the eval split, the chat template, the dataset card and
 * the format's companions — the same set of files the page's export download holds. Files are
 * written under temporary names and renamed at the end, so an interrupted export leaves nothing
 * half-written in place of a previous one.
 */
import { existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import { exportBundle, EXPORT_FORMATS, type ExportFile, type ExportOptions, type ExportReport } from '../../core/dataset';
import type { ExportFilters, VerdictFilter } from '../../core/dataset/filters';
import type { PairStrategy } from '../../core/dataset/plan';
import { isPromptFamily, PROMPT_FAMILIES } from '../../core/prompt';
import { METHODS, type Method } from '../../core/transcript';
import { parseFlags, requiredFlag, usageError } from '../args';
import { EXIT, EXIT_CODES_HELP } from '../exit-codes';
import { listenForInterrupt } from '../interrupt';
import { jsonlSource } from '../jsonl-source';
import { checkOutputPath } from '../output';

export const summary = 'Export collected samples as training data (TRL SFT/DPO/ORPO/KTO, AutoCode, LLaMA-Factory, OpenAI) with a dataset card.';

export const usage = `Usage: lce export --samples FILE.jsonl [--samples MORE.jsonl …] --format FORMAT --out FILE.jsonl [options]

Formats:
${EXPORT_FORMATS.map((f) => `  ${f.id.padEnd(24)} ${f.description}`).join('\n')}

Output (--out FILE.jsonl, or - for standard output without companions):
  FILE.jsonl                 the rows (train split)
  FILE.eval.jsonl            the eval split, with --eval-fraction
  FILE.chat_template.jinja   the chat template that renders rows as the model saw them (TRL and AutoCode formats)
  FILE.ids.jsonl             the sample ids of each row (OpenAI formats, whose rows take no extra keys)
  FILE.README.md             the dataset card
  dataset_info.json          LLaMA-Factory's registry (merged into an existing one)

Filters:
  --verdict LIST             correct, wrong, undecided (comma-separated)
  --method LIST              ${METHODS.join(', ')}
  --min-rounds N / --max-rounds N
  --max-code-error-rate R    highest share of executed cells that raised an error (0 to 1)
  --min-chars N / --max-chars N   characters the model wrote (text and code)
  --model ID                 exact model id (repeatable)
  --run ID                   batch run id (repeatable)
  --family F                 prompt family (${PROMPT_FAMILIES.join(', ')}); needed when samples mix families
  --include-unfinished       keep samples a cap or an abort cut short (left out by default)
Choices:
  --dedupe J                 near-duplicate threshold, estimated Jaccard of word 3-grams (default 0.9)
  --no-dedupe                keep near-duplicates
  --pairs STRATEGY           one-per-prompt (default), all, length-controlled
  --pair-cap N               most pairs per prompt for all / length-controlled (default 4)
  --alpha A                  AutoCode's α in π*(m|x) ∝ prior·exp(Q/α) (default 0.5)
  --seed N                   seeds every pick and draw (default 0)
  --eval-fraction F          share of problems held out as the eval split (default 0)
A summary goes to standard error. Samples files from several browsers merge: duplicate ids count once.
Files are written under temporary names and renamed at the end: an interrupted export leaves no
half-written file in place of a previous one.

${EXIT_CODES_HELP} Exit 3 when some sample
lines were unreadable or not samples (each is listed); exit 1 when the filters leave no row (nothing is written).
`;

const list = (v: string | undefined) => (v === undefined ? undefined : v.split(',').map((x) => x.trim()).filter(Boolean));

function number(flag: string, v: string | undefined, check: (n: number) => boolean, what: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || !check(n)) throw usageError('export', `--${flag} must be ${what}, got "${v}"`);
  return n;
}

const whole = (flag: string, v: string | undefined) => number(flag, v, (n) => Number.isInteger(n) && n >= 0, 'a whole number');
const share = (flag: string, v: string | undefined) => number(flag, v, (n) => n >= 0 && n <= 1, 'a number from 0 to 1');

function oneOf<T extends string>(flag: string, values: string[] | undefined, allowed: readonly T[]): T[] | undefined {
  const bad = values?.find((v) => !allowed.includes(v as T));
  if (bad !== undefined) throw usageError('export', `--${flag} "${bad}" is not one of ${allowed.join(', ')}`);
  return values as T[] | undefined;
}

/** Checks where the files will go before any work: an export of 100k samples must not fail at the end. */
function checkOutput(out: string, force: boolean): void {
  if (out === '-') return;
  checkOutputPath('export', 'out', out);
  if (!out.endsWith('.jsonl') && !force) throw usageError('export', `--out ${out}: name the rows file *.jsonl (its companions are named after it)`);
}

/** Merges our LLaMA-Factory entries into an existing dataset_info.json instead of replacing it. */
function mergeDatasetInfo(path: string, ours: string): string {
  if (!existsSync(path)) return ours;
  let existing: unknown;
  try {
    existing = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw usageError('export', `${path} exists but is not JSON (${(err as Error).message}); fix or move it`);
  }
  if (typeof existing !== 'object' || existing === null || Array.isArray(existing)) throw usageError('export', `${path} exists but is not a JSON object; fix or move it`);
  return `${JSON.stringify({ ...existing, ...JSON.parse(ours) }, null, 2)}\n`;
}

async function writeFile(path: string, file: ExportFile): Promise<void> {
  const stream = createWriteStream(path);
  const chunks = typeof file.content === 'string' ? [file.content] : file.content();
  try {
    for await (const chunk of chunks) if (!stream.write(chunk)) await once(stream, 'drain');
  } finally {
    stream.end();
    await once(stream, 'close');
  }
}

function reportLines(r: ExportReport): string {
  const out = [`lce export: ${r.scanned} records read — ${r.unreadable} unreadable, ${r.invalid} invalid, ${r.duplicateIds} duplicate ids; ${r.candidates} passed the filters`];
  const left = Object.entries(r.filteredOut).map(([why, n]) => `${n} ${why}`);
  if (left.length) out.push(`  filtered out: ${left.join(', ')}`);
  if (r.nearDuplicates) out.push(`  near-duplicates removed: ${r.nearDuplicates}`);
  if (r.unusedGroups) out.push(`  prompts without a pair (no correct or no wrong answer): ${r.unusedGroups}`);
  for (const p of r.problems) out.push(`  skipped ${p}`);
  out.push(`  rows: ${r.records.train} train, ${r.records.eval} eval`);
  return out.join('\n') + '\n';
}

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags('export', args, {
    samples: { type: 'string', multiple: true },
    format: { type: 'string' },
    out: { type: 'string' },
    verdict: { type: 'string' },
    method: { type: 'string' },
    'min-rounds': { type: 'string' },
    'max-rounds': { type: 'string' },
    'max-code-error-rate': { type: 'string' },
    'min-chars': { type: 'string' },
    'max-chars': { type: 'string' },
    model: { type: 'string', multiple: true },
    run: { type: 'string', multiple: true },
    family: { type: 'string' },
    'include-unfinished': { type: 'boolean', default: false },
    dedupe: { type: 'string' },
    'no-dedupe': { type: 'boolean', default: false },
    pairs: { type: 'string' },
    'pair-cap': { type: 'string' },
    alpha: { type: 'string' },
    seed: { type: 'string' },
    'eval-fraction': { type: 'string' },
    force: { type: 'boolean', default: false },
  });
  const samples = requiredFlag('export', flags.samples?.length ? flags.samples : undefined, '--samples FILE.jsonl');
  if (!flags.format) throw usageError('export', `choose --format: ${EXPORT_FORMATS.map((f) => f.id).join(', ')}`);
  const outPath = requiredFlag('export', flags.out, '--out FILE.jsonl (or - for standard output)');
  for (const path of samples) {
    if (!existsSync(path) || !statSync(path).isFile()) throw usageError('export', `cannot read --samples ${path}: no such file`);
  }
  checkOutput(outPath, flags.force);
  if (flags.family !== undefined && !isPromptFamily(flags.family)) throw usageError('export', `--family "${flags.family}" is not one of ${PROMPT_FAMILIES.join(', ')}`);
  const filters: ExportFilters = {
    verdicts: oneOf<VerdictFilter>('verdict', list(flags.verdict), ['correct', 'wrong', 'undecided']),
    methods: oneOf<Method>('method', list(flags.method), METHODS),
    minRounds: whole('min-rounds', flags['min-rounds']),
    maxRounds: whole('max-rounds', flags['max-rounds']),
    maxCodeErrorRate: share('max-code-error-rate', flags['max-code-error-rate']),
    minChars: whole('min-chars', flags['min-chars']),
    maxChars: whole('max-chars', flags['max-chars']),
    models: flags.model,
    runs: flags.run,
    family: flags.family as ExportFilters['family'],
    includeUnfinished: flags['include-unfinished'] || undefined,
  };
  for (const k of Object.keys(filters) as (keyof ExportFilters)[]) if (filters[k] === undefined) delete filters[k];
  const interrupt = listenForInterrupt(() => process.stderr.write('lce export: stopping; nothing half-written is left (Ctrl-C again to quit now)…\n'));
  const options: ExportOptions = {
    format: flags.format,
    filters,
    dedupeThreshold: flags['no-dedupe'] ? null : number('dedupe', flags.dedupe, (n) => n > 0 && n <= 1, 'a number above 0, at most 1') ?? 0.9,
    pairs: { strategy: oneOf<PairStrategy>('pairs', list(flags.pairs), ['one-per-prompt', 'all', 'length-controlled'])?.[0] ?? 'one-per-prompt', cap: whole('pair-cap', flags['pair-cap']) ?? 4 },
    alpha: number('alpha', flags.alpha, (n) => n > 0, 'a positive number') ?? 0.5,
    seed: whole('seed', flags.seed) ?? 0,
    evalFraction: number('eval-fraction', flags['eval-fraction'], (n) => n >= 0 && n < 1, 'a number from 0 up to (not including) 1') ?? 0,
    signal: interrupt.signal,
  };
  const source = jsonlSource(samples);
  const temps: string[] = [];
  try {
    const stem = outPath === '-' ? 'stdout' : basename(outPath).replace(/\.jsonl$/, '');
    const { planned, files } = await exportBundle(source, options, { stem, card: `${stem}.README.md`, template: `${stem}.chat_template.jinja` });
    const { report } = planned;
    process.stderr.write(reportLines(report));
    if (report.records.train + report.records.eval === 0) {
      process.stderr.write('lce export: no rows to write; nothing was written. Check the filters and the summary above.\n');
      return EXIT.failure;
    }
    const done = report.unreadable + report.invalid > 0 ? EXIT.partial : EXIT.ok;
    if (outPath === '-') {
      if (report.records.eval > 0) throw usageError('export', 'an eval split needs files: give --out FILE.jsonl');
      await writeFile('/dev/stdout', files.find((f) => f.role === 'records')!);
      return done;
    }
    const dir = dirname(resolve(outPath));
    const targets = files.map((f) => ({ file: f, path: f.role === 'records' && f.split === 'train' ? resolve(outPath) : join(dir, f.name) }));
    for (const t of targets) {
      if (t.file.name === 'dataset_info.json' && typeof t.file.content === 'string') t.file = { ...t.file, content: mergeDatasetInfo(t.path, t.file.content) };
    }
    for (const t of targets) {
      const temp = `${t.path}.partial-${process.pid}`;
      temps.push(temp);
      await writeFile(temp, t.file);
    }
    targets.forEach((t, i) => renameSync(temps[i]!, t.path));
    temps.length = 0;
    process.stderr.write(`lce export: wrote ${targets.map((t) => t.path).join(', ')}\n`);
    return done;
  } finally {
    interrupt.dispose();
    for (const t of temps) rmSync(t, { force: true });
    await source.close();
  }
}
