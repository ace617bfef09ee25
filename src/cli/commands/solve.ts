/**
 * `lce solve`: solves one question with the LCE loop in Node — an OpenAI-compatible server or a
 * replayed recording for the model, Pyodide in a worker thread for the code — and prints one JSON
 * object: {question, method, model, blocks, answer, rounds, verdict?, usage, stopReason, stopDetail}.
 */
import { InvalidInputError } from '../../core/errors';
import { solve } from '../../core/lce';
import type { SolveResult } from '../../core/lce/events';
import { createSympyChecker, judge, type Verdict } from '../../core/critic';
import { renderBlocks } from '../../core/prompt';
import { METHODS, type Block, type BlockError, type Method } from '../../core/transcript';
import { createEngine, engineFlagSpec, engineFlagsHelp, engineSecretsFromFlags, engineSettingsFromFlags, flagSpelling } from '../../engine/registry';
import { recordingsOf } from '../../engine/replay/recording';
import { loadRecordingsFromDir } from '../../engine/node/replay-files';
import { createNodePythonRunner } from '../../sandbox/node/node-python-runner';
import { intFlag, parseFlags } from '../args';

export const summary = 'Solve one question with the LCE loop (openai or replay engine) and print the transcript as JSON.';

const USAGE = `Usage: lce solve --engine KIND --question TEXT [flags]

${engineFlagsHelp()}  --method cot|code|lce|auto default lce
  --question TEXT          the problem (with replay: one of the recorded questions)
  --reference ANSWER       reference answer: adds the critic's verdict
  --max-rounds N           round cap (default 4)
  --timeout-ms N           time limit per code cell in ms (default 10000)
`;

function fail(detail: string): never {
  throw new InvalidInputError('lce solve', detail);
}

/**
 * The replay recordings of `question` (or of the one `recording` named): the recorded demo only
 * plays what was recorded, so a question it never saw is refused before anything starts.
 */
async function recordingsFor(question: string, recording?: string) {
  const all = await loadRecordingsFromDir(undefined, recording);
  const match = recordingsOf(all, question);
  if (match.length > 0) return match;
  const sample = all.slice(0, 3).map((r) => `  "${r.question.slice(0, 70)}…"`).join('\n');
  return fail(`no recording in public/replay has this question; replay only plays recorded solutions. Pass one of their questions exactly, e.g.\n${sample}`);
}

/** Blocks as the JSON output lists them: an execution error is an output block carrying its `error` type. */
function outputBlocks(blocks: readonly Block[]): Array<{ type: 'text' | 'code' | 'output'; content: string; error?: BlockError }> {
  return blocks.map((b) => (b.type === 'error' ? { type: 'output', content: b.content, error: { type: b.error?.type ?? 'Error' } } : { type: b.type, content: b.content }));
}

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags('solve', args, {
    ...engineFlagSpec(),
    method: { type: 'string', default: 'lce' },
    question: { type: 'string' },
    reference: { type: 'string' },
    'max-rounds': { type: 'string' },
    'timeout-ms': { type: 'string' },
    help: { type: 'boolean', default: false },
  });
  if (flags.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const method = flags.method as Method;
  if (!METHODS.includes(method)) fail(`--method must be one of ${METHODS.join(', ')}, got "${flags.method}".`);
  const question = flags.question?.trim();
  if (!question) fail('--question is required: the problem text to solve.');
  const maxRounds = intFlag('solve', 'max-rounds', flags['max-rounds'], 4);
  const cellTimeoutMs = intFlag('solve', 'timeout-ms', flags['timeout-ms'], 10_000);
  if (maxRounds < 1) fail('--max-rounds must be at least 1.');
  if (cellTimeoutMs < 1) fail('--timeout-ms must be at least 1.');

  const settings = engineSettingsFromFlags(flags, 'solve');
  const engine = await createEngine(
    settings,
    { ...engineSecretsFromFlags(flags), loadRecordings: (recording) => recordingsFor(question, recording) },
    flagSpelling('solve'),
  );
  const runner = createNodePythonRunner();
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  let result: SolveResult | null = null;
  let error: { name: string; message: string } | null = null;
  let verdict: Verdict | undefined;
  try {
    await engine.load(undefined, controller.signal);
    const events = solve({ id: 'cli', question, reference: flags.reference }, {
      engine,
      runner,
      method,
      caps: { maxRounds, cellTimeoutMs },
      signal: controller.signal,
    });
    for await (const event of events) {
      if (event.type === 'error') error = event.error;
      if (event.type === 'done') result = event.result;
    }
    if (result && flags.reference !== undefined && result.stopReason !== 'aborted') {
      // The critic's symbolic check runs sympy in the same sandbox, so it goes before the runner is freed.
      verdict = result.answer === null
        ? { equal: false, method: 'none', reason: 'The solution has no final answer to compare.' }
        : await judge(result.blocks.length > 0 ? renderBlocks(result.blocks) : result.answer, flags.reference, { question, symbolic: createSympyChecker(runner), signal: controller.signal }); // the whole response, as the page judges it
    }
  } finally {
    process.removeListener('SIGINT', onSigint);
    await runner.dispose();
    await engine.unload().catch(() => undefined);
  }
  if (!result) throw new Error('The solve loop ended without a result.');
  const out = {
    question,
    method,
    model: result.engine.model,
    blocks: outputBlocks(result.blocks),
    answer: result.answer,
    rounds: result.rounds,
    ...(verdict ? { verdict } : {}),
    usage: result.usage,
    stopReason: result.stopReason,
    stopDetail: result.stopDetail,
    ...(result.strategy ? { strategy: result.strategy } : {}),
  };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  if (error) process.stderr.write(`${error.name}: ${error.message}\n`);
  if (result.stopReason === 'aborted') return 130;
  return error ? 1 : 0;
}
