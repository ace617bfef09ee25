/** Turns a cell's result into the text fed back to the model inside ```output (ToRA format). */
import { CELL_TIMEOUT, type CellResult } from '../ports/python-runner';
import type { Block } from '../transcript';

/**
 * Keeps the head and the tail of `text` within `max` characters (ToRA keeps 200 + 200 of 400):
 * the start shows what was printed, the end usually holds the result or the error.
 */
export function truncateMiddle(text: string, max: number): string {
  if (max <= 0 || text.length <= max) return text;
  const cut = text.length - max;
  const marker = `\n... (${cut} characters cut) ...\n`;
  const head = Math.ceil(max / 2);
  return text.slice(0, head) + marker + text.slice(text.length - (max - head));
}

/**
 * The block the model sees after a cell ran: its stdout (or the last expression's repr when nothing
 * was printed, as in Jupyter and MathCoder), then the exception as "Type: message" — a timeout is
 * one too, so the model can react to it. A lost session is said out loud for the same reason.
 * An error block also keeps the exception's type as data (`error.type`): the text is for the model,
 * and may be cut or contain anything the cell printed.
 */
export function cellOutputBlock(result: CellResult, maxChars: number, timeoutMs: number): Block {
  const parts: string[] = [];
  const stdout = result.stdout.replace(/\n+$/, '');
  if (stdout) parts.push(stdout);
  else if (result.value !== null && !result.error) parts.push(result.value);
  if (result.error) {
    const { type, message } = result.error;
    const fallback = type === CELL_TIMEOUT ? `the cell ran longer than ${timeoutMs / 1000} s and was stopped` : '';
    parts.push(`${type}: ${message || fallback}`.replace(/: $/, ''));
  }
  if (result.sessionLost) parts.push('(The Python session was restarted: earlier variables are gone.)');
  const content = truncateMiddle(parts.join('\n'), maxChars);
  return result.error ? { type: 'error', content, error: { type: result.error.type } } : { type: 'output', content };
}
