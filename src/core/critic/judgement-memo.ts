/**
 * Memos of pure readers that live for one judgement only. The rules read the same strings more than
 * once while they judge a pair (the reference is parsed by several rules; a candidate by the rule
 * that reads it and by the one that checks its hedge). A memo kept across judgements would make a
 * benchmark that repeats its pairs measure cache hits, and would grow without bound in a batch, so
 * each is emptied when the outermost judgement ends.
 */
let depth = 0;
const memos: Map<string, unknown>[] = [];

/** Runs one judgement; the memos fill during it and are emptied when the outermost one ends. */
export function withinJudgement<T>(judgement: () => T): T {
  depth++;
  try {
    return judgement();
  } finally {
    if (--depth === 0) for (const m of memos) m.clear();
  }
}

/**
 * `read` memoised by its string argument while a judgement runs (and called through outside one).
 * `read` must be pure, and its result must never be changed by a caller: callers share it.
 */
export function memoised<R>(read: (input: string) => R): (input: string) => R {
  const memo = new Map<string, R>();
  memos.push(memo as Map<string, unknown>);
  return (input) => {
    if (depth === 0) return read(input);
    let out = memo.get(input);
    if (out === undefined && !memo.has(input)) memo.set(input, (out = read(input)));
    return out as R;
  };
}
