/**
 * Policy `notation`: a vector written with unit vectors (`-\mathbf{i} + 5\mathbf{j}`, `2\hat{i} - \hat{j} + 3\hat{k}`)
 * is the tuple of its components, `(-1, 5)`, when the other side is a tuple. Plain letters (`-i + 5j`) count
 * only when the question is about vectors: elsewhere a plain `i` is the imaginary unit.
 */

// `\mathbf{i}`, `\hat{i}`, `\hat{\imath}`, `\vec{j}`, `\boldsymbol{k}`, `\mathbf i`.
const UNIT = /\\(?:mathbf|hat|vec|boldsymbol|bm)\s*(?:\{\s*(?:\\([ij])math|([ijk]))\s*\}|\s([ijk])\b)/g;
const HAS_UNIT = /\\(?:mathbf|hat|vec|boldsymbol|bm)\s*[{\s]\s*(?:\\[ij]math|[ijk])\b/;
// A tuple in round or angle brackets: `(-1, 5)`, `\langle 2, 0, 1 \rangle`, `$(-1, 5)$`; also after the vector
// it names (`\vec{v} = (-1, 5)`, a name without round brackets) and transposed (`(-1, 5)^T`), as the tuple rules read it.
const TUPLE = /^\$?\s*(?:[^=(]*=\s*)?(?:\\left\s*)?(?:\(|\\langle)[\s\S]*,[\s\S]*(?:\)|\\rangle)(?:\s*\^\s*\{?\s*(?:T|\\top)\s*\}?)?\s*\$?$/;

// A question about vectors: there `-i + 5j` is in unit vectors too.
const ASKS_VECTOR = /\\vec\b|\\overrightarrow\b|\bvectors?\b/i;
// Plain `-i + 5j`, `2i - j + 3k`: only numbers, signs and the letters i, j, k (a j or k among them).
const PLAIN_UNITS = /^[-+\s\d.]*[ijk](?:\s*[-+][\s\d.]*[ijk])*$/;

/** Both sides, with a side written in unit vectors turned into its tuple when the other is a tuple. */
export function unitVectorsAsTuples(p: string, g: string, question = ''): [string, string] {
  // The value after the vector it names (`\vec{v} = -i + 5j`) as well.
  const eq = p.lastIndexOf('=');
  const value = p.slice(eq + 1);
  if (/[jk]/.test(value) && PLAIN_UNITS.test(value) && ASKS_VECTOR.test(question)) p = p.slice(0, eq + 1) + value.replace(/[ijk]/g, '\\hat{$&}');
  if (!p.includes('\\') && !g.includes('\\')) return [p, g];
  if (HAS_UNIT.test(p) && TUPLE.test(g)) return [components(p, tupleLength(g)) ?? p, g];
  if (HAS_UNIT.test(g) && TUPLE.test(p)) return [p, components(g, tupleLength(p)) ?? g];
  return [p, g];
}

/** Top-level commas + 1: how many components the tuple has. */
function tupleLength(t: string): number {
  let depth = 0;
  let commas = 0;
  // `\langle 2, 0, 1 \rangle`: angle brackets hold their components as round ones do.
  for (const c of t.replace(/\\langle/g, '(').replace(/\\rangle/g, ')')) {
    if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') depth--;
    else if (c === ',' && depth === 1) commas++;
  }
  return commas + 1;
}

/** `-\mathbf{i} + 5\mathbf{j}` → `(-1, 5)`; null unless every term is a coefficient times a distinct unit vector. */
function components(text: string, length: number): string | null {
  const whole = text.trim().replace(/^\$|\$$/g, '').trim();
  // `2\vec{a} - \vec{b} = -\mathbf{i} + 5\mathbf{j}`: the vector named, then its value.
  const eq = whole.lastIndexOf('=');
  const body = whole.slice(eq + 1).trim();
  const coefficients: (string | undefined)[] = [];
  for (const term of terms(body)) {
    const units = [...term.body.matchAll(UNIT)];
    if (units.length !== 1 || !term.body.trimEnd().endsWith(units[0]![0].trimEnd())) return null;
    const letter = units[0]![1] ?? units[0]![2] ?? units[0]![3]!;
    const index = 'ijk'.indexOf(letter);
    if (coefficients[index] !== undefined) return null;
    const coefficient = term.body.slice(0, units[0]!.index).replace(/(?:\\[,;:! ]|\\cdot|\\times|\*|\s)+$/, '').trim();
    if (/[ijk]\b/.test(coefficient.replace(/\\[A-Za-z]+/g, ' '))) return null;
    const value = coefficient.length === 0 ? '1' : coefficient;
    coefficients[index] = term.sign === '-' ? `-${value}` : value;
  }
  if (coefficients.length === 0 || coefficients.length > Math.max(length, 2)) return null;
  const all = Array.from({ length: Math.max(length, coefficients.length) }, (_, k) => coefficients[k] ?? '0');
  return `${whole.slice(0, eq + 1)}(${all.join(', ')})`.trim();
}

/** The terms of a sum at the top level, each with its sign. */
function terms(text: string): { sign: '+' | '-'; body: string }[] {
  const out: { sign: '+' | '-'; body: string }[] = [];
  let depth = 0;
  let sign: '+' | '-' = '+';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') depth--;
    else if ((c === '+' || c === '-') && depth === 0 && !/[\^_]\s*$/.test(text.slice(0, i))) {
      const before = text.slice(start, i).trim();
      if (before.length > 0) {
        out.push({ sign, body: before });
        sign = c;
      } else if (c === '-') sign = sign === '-' ? '+' : '-';
      start = i + 1;
    }
  }
  out.push({ sign, body: text.slice(start).trim() });
  return out;
}
