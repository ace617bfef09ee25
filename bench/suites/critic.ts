/**
 * Critic benchmarks: rules throughput, sympy check latency through the Node sandbox, and the
 * labelled corpus figures (accuracy, false YES, false NO) with rules + sympy.
 */
import { readFileSync } from 'node:fs';
import { createSympyChecker, judge, judgeByRules } from '../../src/core/critic';
import { createNodePythonRunner } from '../../src/sandbox/node/node-python-runner';
import { percentile } from '../support/stats';

export const name = 'critic';

/** The figures with a goal (see BENCHMARKS.md); `lce bench` prints whether each is met. */
export const goals = { 'critic.rule_pairs_per_s': { min: 20_000 }, 'critic.corpus_accuracy': { min: 0.97 }, 'critic.corpus_false_yes': { max: 1 } };

interface Pair {
  pred: string;
  gold: string;
  question?: string;
  label: boolean;
}

function corpus(): Pair[] {
  return readFileSync(new URL('../../tests/fixtures/critic/pairs.jsonl', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Pair);
}

export async function measure(): Promise<Record<string, number>> {
  const pairs = corpus();
  // Short answers only: throughput of the rules on answer pairs, not on long transcripts.
  const short = pairs.filter((p) => p.pred.length < 80);
  for (const p of short) judgeByRules(p.pred, p.gold, { question: p.question }); // warm-up
  // CPU time of this process as well as wall time: on a shared machine wall time mostly measures
  // the other processes; the CPU figure is what one free core would do.
  let n = 0;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  while (performance.now() - start < 3000) {
    for (const p of short) judgeByRules(p.pred, p.gold, { question: p.question });
    n += short.length;
  }
  const cpu = process.cpuUsage(cpu0);
  const rulePairsPerS = n / ((cpu.user + cpu.system) / 1e6);
  const rulePairsPerSWall = n / ((performance.now() - start) / 1000);

  const runner = createNodePythonRunner();
  const symbolic = createSympyChecker(runner);
  try {
    await symbolic.check([{ a: 'Integer(1)', b: 'Integer(1)', mode: 'equal' }]); // start + import sympy
    const samples: number[] = [];
    const checks = [
      ['((Symbol("x")) + (Integer(1)))**2', 'Symbol("x")**2 + 2*Symbol("x") + 1'],
      ['sqrt(2)/2', '1/sqrt(2)'],
      ['sin(Symbol("x"))**2 + cos(Symbol("x"))**2', 'Integer(1)'],
      ['(Symbol("x")**2 - 1)/(Symbol("x") - 1)', 'Symbol("x") + 1'],
    ];
    for (let round = 0; round < 5; round++) {
      for (const [a, b] of checks) {
        const t = performance.now();
        await symbolic.check([{ a: a!, b: b!, mode: 'equal' }]);
        samples.push(performance.now() - t);
      }
    }
    let correct = 0;
    let falseYes = 0;
    let falseNo = 0;
    for (const p of pairs) {
      const said = (await judge(p.pred, p.gold, { question: p.question, symbolic })).equal === true;
      if (said === p.label) correct++;
      else if (said) falseYes++;
      else falseNo++;
    }
    return {
      'critic.rule_pairs_per_s': Math.round(rulePairsPerS),
      'critic.rule_pairs_per_s_wall': Math.round(rulePairsPerSWall),
      'critic.symbolic_ms_p50': Number(percentile(samples, 0.5).toFixed(1)),
      'critic.corpus_pairs': pairs.length,
      'critic.corpus_accuracy': Number((correct / pairs.length).toFixed(4)),
      'critic.corpus_false_yes': falseYes,
      'critic.corpus_false_no': falseNo,
    };
  } finally {
    await runner.dispose();
  }
}
