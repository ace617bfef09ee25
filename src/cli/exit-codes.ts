/**
 * The exit codes every command uses (documented in `lce --help` and the README):
 * 0 all done; 1 a runtime failure (server, sandbox, disk); 2 a usage error (a flag, a missing or
 * unreadable input, an output that cannot be written) — nothing was done; 3 done, but some input
 * lines could not be used (each is reported, the others were processed); 130 interrupted (Ctrl-C),
 * what was finished is kept.
 */
export const EXIT = { ok: 0, failure: 1, usage: 2, partial: 3, interrupted: 130 } as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The help text's paragraph on exit codes. */
export const EXIT_CODES_HELP = `Exit codes: 0 done; 1 failed (server, sandbox, disk); 2 usage error (nothing was done);
3 done, but some input lines were skipped (each is reported); 130 interrupted (what finished is kept).`;
