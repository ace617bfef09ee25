/**
 * `lce collect`: a batch run from the command line — problems × methods × k samples through the
 * pure batch runner (src/core/collect), against an OpenAI-compatible server (or the recorded demo),
 * each sample judged by the critic (rules + sympy in the Node sandbox) and appended to a JSONL file
 * as it finishes. Running the same command again resumes: only missing samples are made, none twice.
 */
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { createBatchControl, runBatch, seedFor, summarise, type BatchEvent, type BatchOutcome, type RunSpec, type SampleOutcome } from '../../core/collect';
import { createSympyChecker } from '../../core/critic';
import { importProblemStream, type FieldMapping, type ImportResult } from '../../core/problem';
import { METHODS, type Method } from '../../core/transcript';
import { loadRecordingsFromDir } from '../../engine/node/replay-files';
import { createEngine, engineContextFromFlags, engineFlagSpec, engineFlagsHelp, engineSettingsFromFlags, flagSpelling } from '../../engine/registry';
import { createNodePythonRunner } from '../../sandbox/node/node-python-runner';
import { parseFlags, requiredFlag, usageError, wholeFlag } from '../args';
import { endSentence, progressLine, resultsTable } from '../collect-report';
import { EXIT, EXIT_CODES_HELP } from '../exit-codes';
import { listenForInterrupt } from '../interrupt';
import { openJsonlSink, type JsonlSink } from '../jsonl-sink';
import { checkOutputPath } from '../output';
import { CAP_FLAGS, capsFromFlags, capsHelp, SAMPLING_FLAGS, samplingFromFlags, samplingHelp, type SamplingFlags } from '../solve-flags';
import { createStatusLine, type StatusLine } from '../status-line';
import { softwareVersions } from '../version';

export const summary = 'Collect k critic-judged samples per problem and method into a JSONL file (resumable).';

const SAMPLING_DEFAULTS: Required<SamplingFlags> = { temperature: 0.7, topP: 0.95, seed: 0 };

export const usage = `Usage: lce collect --engine KIND --problems FILE --out samples.jsonl [--methods lce,cot] [--k N] [flags]

Makes problems × methods × k samples: each attempt is solved, judged by the critic against the
problem's reference and appended to --out as one JSON line (a Sample, with a unique id) as soon as
it finishes. Run the same command again to resume: samples already in --out are skipped, none is
made twice, and a last line cut short by a crash is dropped and made again. A progress line goes to
standard error when it is a terminal; a summary always. Standard output gets one JSON line at the end:
{run, out, outcome, total, done, madeNow, results}.

Engine:
${engineFlagsHelp()}
Run:
  --problems FILE          problem set: JSONL, JSON, CSV or TSV (GSM8K, MATH, SVAMP, AIME… shapes)
  --question-field F       for other shapes: the field with the question (and --reference-field F, --id-field F)
  --limit N                only the first N problems
  --methods LIST           comma-separated: ${METHODS.join(', ')} (default lce)
  --k N                    attempts per problem and method (default 1)
  --concurrency N          requests in flight at once, for servers that batch (vLLM, SGLang,
                           llama.cpp --parallel N); default 1
  --run ID                 the run's name (default: the problem file's name and a hash of the
                           model, sampling and caps, so the same command resumes the same run)
  --out FILE               the samples file (created, or appended to)
  --rules-only             judge with the critic's rules only (no sympy)
  --retries N              retries of a sample after a server or sandbox failure (default 2)

Sampling (each attempt gets its own seed, derived from --seed and its problem, method and number):
${samplingHelp(SAMPLING_DEFAULTS, `base seed (default ${SAMPLING_DEFAULTS.seed})`)}

Caps:
${capsHelp()}

${EXIT_CODES_HELP} Exit 3 when problems
were skipped (their lines are listed); exit 1 when the run stopped on an error (samples made are kept).
`;

function methodsOf(value: string | undefined): Method[] {
  const list = (value ?? 'lce').split(',').map((m) => m.trim()).filter(Boolean);
  const bad = list.find((m) => !METHODS.includes(m as Method));
  if (bad !== undefined) throw usageError('collect', `--methods: "${bad}" is not one of ${METHODS.join(', ')}`);
  if (new Set(list).size !== list.length) throw usageError('collect', '--methods names a method twice');
  if (list.length === 0) throw usageError('collect', `--methods needs at least one of ${METHODS.join(', ')}`);
  return list as Method[];
}

/** Reads the problem set through the streaming importer; bad lines are listed, the rest kept. */
async function readProblems(path: string, mapping: FieldMapping | undefined, status: StatusLine): Promise<ImportResult> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw usageError('collect', `cannot read --problems ${path}: no such file`);
  }
  const source = basename(path, extname(path)).replace(/\.(test|train|dev)$/, '') || 'problems';
  const result = await importProblemStream(createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }), {
    source,
    totalChars: size,
    ...(mapping ? { mapping } : {}),
    onProgress: (p) => status.update(`lce collect: reading ${path}: ${p.counts.kept} problems…`),
  });
  const bad = result.issues.filter((i) => i.kind === 'bad-record');
  for (const issue of bad.slice(0, 20)) status.log(`lce collect: ${path} line ${issue.line} skipped: ${issue.reason}`);
  if (bad.length > 20) status.log(`lce collect: … and ${bad.length - 20} more lines skipped`);
  if (result.counts.merged > 0) status.log(`lce collect: ${result.counts.merged} duplicate questions merged into their first line`);
  return result;
}

/** The default run id: the same command names the same run (so it resumes); other sampling or caps, another run. */
function defaultRunId(problems: string, spec: Omit<RunSpec, 'id' | 'methods' | 'k' | 'setId'>): string {
  const stem = basename(problems, extname(problems)).replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 40) || 'run';
  const hash = createHash('sha256').update(JSON.stringify([spec.model, spec.sampling, spec.caps])).digest('hex').slice(0, 8);
  return `${stem}-${hash}`;
}

/** Refuses to add samples made differently to a run the file already holds. */
function checkResume(sink: JsonlSink, spec: RunSpec): void {
  const first = sink.firstOf(spec.id);
  if (!first) return;
  const differs: string[] = [];
  if (first.engine.model !== spec.model.id) differs.push(`model "${first.engine.model}"`);
  if (first.sampling.temperature !== spec.sampling.temperature) differs.push(`temperature ${first.sampling.temperature}`);
  if (first.sampling.topP !== spec.sampling.topP) differs.push(`top-p ${first.sampling.topP}`);
  if (first.attempt !== undefined && first.sampling.seed !== seedFor(spec.sampling.seed, first.problemId, first.method, first.attempt)) differs.push('another --seed');
  for (const [cap, v] of Object.entries(spec.caps)) if (first.caps[cap as keyof typeof spec.caps] !== v) differs.push(`${cap} ${first.caps[cap as keyof typeof spec.caps]}`);
  if (differs.length > 0) throw usageError('collect', `run ${spec.id} in the samples file was made with ${differs.join(', ')}; give the same flags to resume it, or another --run to start a new run`);
}

function mappingOf(flags: Record<string, unknown>): FieldMapping | undefined {
  const question = flags['question-field'] as string | undefined;
  if (question === undefined) {
    if (flags['reference-field'] !== undefined || flags['id-field'] !== undefined) throw usageError('collect', '--reference-field and --id-field need --question-field');
    return undefined;
  }
  const reference = flags['reference-field'] as string | undefined;
  const id = flags['id-field'] as string | undefined;
  return { question, ...(reference ? { reference } : {}), ...(id ? { id } : {}) };
}

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags('collect', args, {
    ...engineFlagSpec(),
    ...SAMPLING_FLAGS,
    ...CAP_FLAGS,
    problems: { type: 'string' },
    'question-field': { type: 'string' },
    'reference-field': { type: 'string' },
    'id-field': { type: 'string' },
    limit: { type: 'string' },
    methods: { type: 'string' },
    k: { type: 'string' },
    concurrency: { type: 'string' },
    run: { type: 'string' },
    out: { type: 'string' },
    'rules-only': { type: 'boolean' },
    retries: { type: 'string' },
  });
  const problemsPath = requiredFlag('collect', flags.problems, '--problems FILE');
  const out = requiredFlag('collect', flags.out, '--out samples.jsonl');
  if (out === '-') throw usageError('collect', '--out must be a file: resuming reads back what it holds');
  checkOutputPath('collect', 'out', out);
  const methods = methodsOf(flags.methods);
  const k = wholeFlag('collect', 'k', flags.k, 1, 1, 1024);
  const concurrency = wholeFlag('collect', 'concurrency', flags.concurrency, 1, 1, 256);
  const retries = wholeFlag('collect', 'retries', flags.retries, 2, 0, 20);
  const limit = flags.limit === undefined ? undefined : wholeFlag('collect', 'limit', flags.limit, 0);
  const caps = capsFromFlags('collect', flags);
  const sampling = samplingFromFlags('collect', flags, SAMPLING_DEFAULTS) as Required<SamplingFlags>;
  const settings = engineSettingsFromFlags(flags, 'collect');
  const context = engineContextFromFlags(flags, 'collect');
  const mapping = mappingOf(flags);
  const status = createStatusLine();
  const imported = await readProblems(problemsPath, mapping, status);
  const problems = limit === undefined ? imported.problems : imported.problems.slice(0, limit);
  if (problems.length === 0) throw usageError('collect', `--problems ${problemsPath} has no usable problem (${imported.counts.bad} lines skipped)`);

  const engine = await createEngine(settings, { ...context, loadRecordings: (id) => loadRecordingsFromDir(undefined, id) }, flagSpelling('collect'));
  const model = { engine: engine.info.kind, id: engine.info.model, ...(engine.info.quantization ? { quantization: engine.info.quantization } : {}) };
  const base = { model, sampling, caps };
  const spec: RunSpec = { id: flags.run ?? defaultRunId(problemsPath, base), setId: basename(problemsPath), methods, k, ...base };
  const sink = await openJsonlSink('collect', out);
  const control = createBatchControl();
  const interrupt = listenForInterrupt(() => {
    status.log('lce collect: stopping; samples in flight are dropped and made again next time (Ctrl-C again to quit now)…');
    control.pause();
  });
  const runner = createNodePythonRunner();
  const outcomes: SampleOutcome[] = [];
  const started = Date.now();
  let outcome: BatchOutcome | null = null;
  try {
    if (sink.repaired) status.log(`lce collect: ${out}: ${sink.repaired}.`);
    for (const u of sink.unreadable.slice(0, 5)) status.log(`lce collect: not a sample, left as it is: ${u}`);
    checkResume(sink, spec);
    outcomes.push(...(await sink.stored(spec.id)));
    await engine.load((p) => (p.phase === 'ready' ? status.log(`lce collect: ${p.text}.`) : status.update(`lce collect: ${p.text}`)), interrupt.signal);
    const ports = { engine, runner, sink, critic: flags['rules-only'] ? {} : { symbolic: createSympyChecker(runner) }, software: softwareVersions(), sleep: abortableSleep };
    let last: Extract<BatchEvent, { type: 'progress' }>['progress'] | null = null;
    // Redrawn every second too, so the rate and ETA stay current while a slow sample generates.
    const tick = status.live ? setInterval(() => last && status.update(progressLine(last)), 1000) : null;
    tick?.unref();
    try {
      for await (const event of runBatch(spec, problems, ports, { control, concurrency, retries })) {
        if (event.type === 'start') {
          status.log(`lce collect: run ${spec.id}: ${event.total} samples (${problems.length} problems × ${methods.join(', ')} × k ${k}); ${event.stored} already in ${out}, ${event.todo} to make.`);
          status.update(`lce collect: ${event.stored}/${event.total} · making the first samples…`);
        }
        else if (event.type === 'sample-done' && event.stored === 'written') outcomes.push(event.outcome);
        else if (event.type === 'retry') status.log(`lce collect: ${event.sampleId}: ${event.error.message} Retry ${event.retry} in ${Math.round(event.waitMs / 1000)} s.`);
        else if (event.type === 'progress') status.update(progressLine((last = event.progress)));
        else if (event.type === 'end') outcome = event.outcome;
      }
    } finally {
      if (tick) clearInterval(tick);
    }
  } finally {
    status.clear();
    interrupt.dispose();
    await sink.close();
    await runner.dispose();
    await engine.unload().catch(() => undefined);
  }
  return finish(outcome!, { spec, out, outcomes, seconds: (Date.now() - started) / 1000, skipped: imported.counts.bad });
}

function finish(outcome: BatchOutcome, r: { spec: RunSpec; out: string; outcomes: SampleOutcome[]; seconds: number; skipped: number }): number {
  const results = summarise(r.outcomes);
  process.stderr.write(`${resultsTable(results)}${endSentence(outcome, r.spec.id, r.out, r.seconds)}\n`);
  const { done, total, madeNow } = outcome.progress;
  process.stdout.write(`${JSON.stringify({ run: r.spec.id, out: r.out, outcome: outcome.kind, total, done, madeNow, ...(outcome.kind === 'failed' ? { error: outcome.error } : {}), results })}\n`);
  if (outcome.kind === 'failed') return EXIT.failure;
  if (outcome.kind !== 'finished') return EXIT.interrupted;
  return r.skipped > 0 ? EXIT.partial : EXIT.ok;
}

/** The runner's wait before a retry; ends early (rejecting) when the run stops. */
function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', stop, { once: true });
  });
}
