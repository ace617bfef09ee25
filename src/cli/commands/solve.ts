/**
 * `lce solve`: solves one question with the LCE loop in Node — an OpenAI-compatible server or a
 * replayed recording for the model, Pyodide in a worker thread for the code — and prints one JSON
 * line: {question, method, model, engine, sampling, blocks, answer, rounds, verdict?, usage,
 * stopReason, stopDetail}. A replayed recording says so in `engine` and names its source.
 */
import { solve } from '../../core/lce';
import type { SolveResult } from '../../core/lce/events';
import { createSympyChecker, judge, type Verdict } from '../../core/critic';
import { renderBlocks } from '../../core/prompt';
import type { LlmEngine } from '../../core/ports/llm-engine';
import { METHODS, type Block, type BlockError, type Method } from '../../core/transcript';
import { createEngine, engineContextFromFlags, engineFlagSpec, engineFlagsHelp, engineSettingsFromFlags, flagSpelling } from '../../engine/registry';
import type { Recording } from '../../engine/replay/recording';
import { createNodePythonRunner } from '../../sandbox/node/node-python-runner';
import { parseFlags, usageError } from '../args';
import { EXIT, EXIT_CODES_HELP } from '../exit-codes';
import { asSentence } from '../failure';
import { listenForInterrupt } from '../interrupt';
import { recordingFor } from '../replay-pick';
import { CAP_FLAGS, capsFromFlags, capsHelp, SAMPLING_FLAGS, samplingFromFlags, samplingHelp, type SamplingFlags } from '../solve-flags';
import { createSolveProgress } from '../solve-progress';
import { createStatusLine } from '../status-line';

export const summary = 'Solve one question with the LCE loop (openai or replay engine) and print the transcript as JSON.';

const SAMPLING_DEFAULTS: SamplingFlags = { temperature: 0, topP: 1 };

export const usage = `Usage: lce solve --engine KIND (--question TEXT | --recording ID) [flags]

Prints one JSON line: {question, method, model, engine, sampling, blocks, answer, rounds, verdict?,
usage, stopReason, stopDetail, strategy?}. Progress goes to standard error when it is a terminal.

Engine:
${engineFlagsHelp()}
Problem:
  --question TEXT          the problem (with replay: a recorded question; lce recordings lists them)
  --reference ANSWER       reference answer: adds the critic's verdict
  --method cot|code|lce|auto  how the model works (default lce)

Sampling (sent with every request; the server's own defaults never apply silently):
${samplingHelp(SAMPLING_DEFAULTS, 'sampling seed, a whole number (default: none, the server picks)')}

Caps:
${capsHelp()}

Output:
  --pretty                 indent the JSON (default: one line)

${EXIT_CODES_HELP} A solve that ends with an engine
error prints what it has and exits 1.
`;

/** Blocks as the JSON output lists them: an execution error is an output block carrying its `error` type. */
function outputBlocks(blocks: readonly Block[]): Array<{ type: 'text' | 'code' | 'output'; content: string; error?: BlockError }> {
  return blocks.map((b) => (b.type === 'error' ? { type: 'output', content: b.content, error: { type: b.error?.type ?? 'Error' } } : { type: b.type, content: b.content }));
}

/** What made the solution: a live engine, or a recording named with its source (never passed off as live). */
function engineLabel(engine: LlmEngine, recording: Recording | null) {
  const { kind, model, isRecording } = engine.info;
  if (!isRecording || !recording) return { kind, model, isRecording };
  const { id, source, licence, recordedAnswer, recordedCorrect } = recording;
  return { kind, model, isRecording, recording: { id, source, licence, ...(recordedAnswer !== undefined ? { recordedAnswer } : {}), ...(recordedCorrect !== undefined ? { recordedCorrect } : {}) } };
}

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags('solve', args, {
    ...engineFlagSpec(),
    ...SAMPLING_FLAGS,
    ...CAP_FLAGS,
    method: { type: 'string', default: 'lce' },
    question: { type: 'string' },
    reference: { type: 'string' },
    pretty: { type: 'boolean', default: false },
  });
  const method = flags.method as Method;
  if (!METHODS.includes(method)) throw usageError('solve', `--method must be one of ${METHODS.join(', ')}, got "${flags.method}"`);
  const caps = capsFromFlags('solve', flags);
  const sampling = samplingFromFlags('solve', flags, SAMPLING_DEFAULTS);
  const settings = engineSettingsFromFlags(flags, 'solve');
  const context = engineContextFromFlags(flags, 'solve');
  let question = flags.question?.trim();
  let recording: Recording | null = null;
  const engine = await createEngine(
    settings,
    {
      ...context,
      loadRecordings: async (id) => {
        recording = await recordingFor('solve', { question, id, method });
        return [recording];
      },
    },
    flagSpelling('solve'),
  );
  // A recording is replayed with its own question, byte for byte, whatever spacing or quotes were typed.
  question = (recording as Recording | null)?.question ?? question;
  if (!question) throw usageError('solve', '--question is required: the problem text to solve');
  const status = createStatusLine();
  const interrupt = listenForInterrupt(() => status.log('lce solve: stopping (Ctrl-C again to quit now)…'));
  const progress = createSolveProgress(status);
  const runner = createNodePythonRunner();
  const { signal } = interrupt;
  let result: SolveResult | null = null;
  let error: { name: string; message: string } | null = null;
  let verdict: Verdict | undefined;
  try {
    await engine.load((p) => (p.phase === 'ready' ? status.log(`lce solve: ${p.text}.`) : progress.loading(p.text)), signal);
    for await (const event of solve({ id: 'cli', question, reference: flags.reference }, { engine, runner, method, caps, sampling, signal })) {
      progress.event(event);
      if (event.type === 'error') error = event.error;
      if (event.type === 'done') result = event.result;
    }
    if (result && flags.reference !== undefined && result.stopReason !== 'aborted') {
      progress.judging();
      // The critic's symbolic check runs sympy in the same sandbox, so it goes before the runner is freed.
      verdict = result.answer === null
        ? { equal: false, method: 'none', reason: 'The solution has no final answer to compare.' }
        : await judge(result.blocks.length > 0 ? renderBlocks(result.blocks) : result.answer, flags.reference, { question, symbolic: createSympyChecker(runner), signal }); // the whole response, as the page judges it
    }
  } finally {
    progress.stop();
    interrupt.dispose();
    await runner.dispose();
    await engine.unload().catch(() => undefined);
  }
  if (!result) throw new Error('The solve loop ended without a result.');
  const out = {
    question,
    method,
    model: result.engine.model,
    engine: engineLabel(engine, recording),
    // A recording was not sampled here: what the flags say did not make it.
    sampling: engine.info.isRecording ? null : sampling,
    blocks: outputBlocks(result.blocks),
    answer: result.answer,
    rounds: result.rounds,
    ...(verdict ? { verdict } : {}),
    usage: result.usage,
    stopReason: result.stopReason,
    stopDetail: result.stopDetail,
    ...(result.strategy ? { strategy: result.strategy } : {}),
  };
  process.stdout.write(`${JSON.stringify(out, null, flags.pretty ? 2 : undefined)}\n`);
  if (result.stopReason === 'aborted') return EXIT.interrupted;
  if (error) {
    process.stderr.write(`lce solve: ${asSentence(error.message)}\n`);
    return EXIT.failure;
  }
  return EXIT.ok;
}
