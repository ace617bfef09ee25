/**
 * Notices about the app's own version and this host: a new version ready (reload only when the user
 * says so, so one page never mixes two versions), an update made in another tab, and the first visit
 * on a host that sends no headers (Python waits for the saved copy; until a reload a runaway cell is
 * stopped by restarting Python).
 */
import { useState } from 'preact/hooks';
import type { OfflineHandle } from '../../offline/service-worker';

export interface OfflineNoticesProps {
  offline: OfflineHandle;
  isolated: boolean;
}

function reload(): void {
  location.reload();
}

/** A dock of at most a few notices at the bottom of the page; nothing when all is well. */
export function OfflineNotices({ offline, isolated }: OfflineNoticesProps) {
  const [later, setLater] = useState(false);
  const { phase, updateReady, updatedElsewhere } = offline.state.value;
  const notices = [];
  if (updateReady && !later) {
    notices.push(
      <div class="banner banner-info" role="status" data-testid="update-ready" key="update">
        <span>A new version of LCE Playground is ready. Reloading switches this page to it; what you typed is kept.</span>
        <span class="row">
          <button type="button" onClick={() => offline.applyUpdate()}>Reload to update</button>
          <button type="button" class="secondary" onClick={() => setLater(true)}>Later</button>
        </span>
      </div>,
    );
  }
  if (updatedElsewhere) {
    notices.push(
      <div class="banner banner-warn" role="status" data-testid="updated-elsewhere" key="elsewhere">
        <span>LCE Playground was updated in another tab; this page still runs the previous version. Reload it to continue with the new one.</span>
        <button type="button" onClick={reload}>Reload</button>
      </div>,
    );
  }
  if (!isolated) {
    const text =
      phase.kind === 'installing'
        ? `First visit on this host: saving the app for offline use${phase.total ? ` (${phase.cached} of ${phase.total} files)` : ''}. This host sends none of the security headers the Python sandbox needs; the saved copy adds them, so Python starts once it is saved.`
        : phase.kind === 'ready'
          ? 'Saved for offline use. Reload to turn on fast interrupts: until then a runaway Python cell is stopped by restarting Python, which loses its variables.'
          : `This page is not cross-origin isolated and cannot be made so here (${phase.reason}): a runaway Python cell is stopped by restarting Python, and Python is refused unless the host sends the worker's security policy.`;
    notices.push(
      <div class="banner banner-warn" role="status" data-testid="first-visit" key="isolation">
        <span>{text}</span>
        {phase.kind === 'ready' && (
          <button type="button" onClick={reload}>Reload now</button>
        )}
      </div>,
    );
  }
  if (notices.length === 0) return null;
  return (
    <div class="notice-dock" role="region" aria-label="App status">
      {notices}
    </div>
  );
}
