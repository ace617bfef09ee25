/** Plain text of a cell result, as the scratch cell and re-run cells show it. */
import type { CellResult } from '../../core/ports/python-runner';

/** stdout, stderr, the final expression's repr and the error, in that order. */
export function cellResultText(r: CellResult): string {
  const parts: string[] = [];
  if (r.stdout) parts.push(r.stdout.replace(/\n$/, ''));
  if (r.stderr) parts.push(r.stderr.replace(/\n$/, ''));
  if (r.value !== null) parts.push(r.value);
  if (r.error) {
    parts.push(r.error.traceback ? r.error.traceback.replace(/\n$/, '') : `${r.error.type}: ${r.error.message}`);
    if (r.sessionLost) parts.push('(Python was restarted: variables from earlier cells are gone.)');
  }
  return parts.join('\n');
}
