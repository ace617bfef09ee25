/** Bracket-aware splitting: commas inside `(…)`, `[…]`, `{…}`, `\{…\}` or `\langle…\rangle` never split. */

const OPENERS = ['\\langle', '\\{', '(', '[', '{'];
const CLOSERS = ['\\rangle', '\\}', ')', ']', '}'];

const OPEN1 = { len: 1, delta: 1 } as const;
const CLOSE1 = { len: 1, delta: -1 } as const;

function bracketAt(s: string, i: number): { len: number; delta: 1 | -1 } | null {
  const c = s.charCodeAt(i);
  if (c === 40 || c === 91 || c === 123) return OPEN1; // ( [ {
  if (c === 41 || c === 93 || c === 125) return CLOSE1; // ) ] }
  if (c !== 92) return null; // only `\{`, `\}`, `\langle`, `\rangle` remain
  for (const o of OPENERS) if (s.startsWith(o, i)) return { len: o.length, delta: 1 };
  for (const c of CLOSERS) if (s.startsWith(c, i)) return { len: c.length, delta: -1 };
  return null;
}

/** Splits `s` where `sep` matches at bracket depth 0; parts are trimmed, empty parts kept out. */
const STICKY = new Map<string, RegExp>();

export function splitTop(s: string, sep: RegExp): string[] {
  const cacheKey = sep.source + '/' + sep.flags;
  let sticky = STICKY.get(cacheKey);
  if (!sticky) {
    sticky = new RegExp(sep.source, 'y' + (sep.flags.includes('i') ? 'i' : ''));
    STICKY.set(cacheKey, sticky);
  }
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; ) {
    if (depth === 0) {
      sticky.lastIndex = i;
      const m = sticky.exec(s);
      if (m && m[0].length > 0) {
        parts.push(s.slice(start, i));
        i += m[0].length;
        start = i;
        continue;
      }
    }
    const b = bracketAt(s, i);
    if (b) {
      depth += b.delta;
      i += b.len;
    } else i += s[i] === '\\' ? 2 : 1;
  }
  parts.push(s.slice(start));
  const trimmed = parts.map((p) => p.trim());
  return trimmed.some((p) => p.length === 0) && trimmed.length > 1 ? trimmed.filter((p) => p.length > 0) : trimmed;
}

/** When the whole of `s` is one bracketed group, its brackets and inside. `(`/`[` may close with `)`/`]` (intervals). */
export function enclosed(s: string): { open: string; close: string; inner: string } | null {
  const open = OPENERS.find((o) => s.startsWith(o));
  if (!open) return null;
  let depth = 0;
  for (let i = 0; i < s.length; ) {
    const b = bracketAt(s, i);
    if (!b) {
      i += s[i] === '\\' ? 2 : 1;
      continue;
    }
    depth += b.delta;
    i += b.len;
    if (depth === 0) {
      if (i !== s.length) return null;
      const close = s.slice(i - b.len, i);
      const pairs: Record<string, string[]> = { '(': [')', ']'], '[': [')', ']'], '{': ['}'], '\\{': ['\\}'], '\\langle': ['\\rangle'] };
      if (!pairs[open]!.includes(close)) return null;
      return { open, close, inner: s.slice(open.length, i - b.len).trim() };
    }
  }
  return null;
}
