/** Makes a share link (problem, settings and optionally the transcript in the URL hash) and copies it. */
import { useState } from 'preact/hooks';

export interface ShareButtonProps {
  makeLink: (withTranscript: boolean) => Promise<string>;
  hasTranscript: boolean;
}

/** A "Copy share link" button with an "include the solution" option; shows the link it made. */
export function ShareButton({ makeLink, hasTranscript }: ShareButtonProps) {
  const [withTranscript, setWithTranscript] = useState(true);
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const share = async () => {
    const url = await makeLink(withTranscript && hasTranscript);
    setLink(url);
    history.replaceState(null, '', url);
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // Clipboard access can be refused (permissions, insecure context): the link is shown anyway.
      setCopied(false);
    }
  };

  return (
    <div class="share">
      <div class="row">
        <button type="button" class="secondary" onClick={share}>Copy share link</button>
        <label class="check">
          <input type="checkbox" checked={withTranscript} disabled={!hasTranscript} onChange={(e) => setWithTranscript((e.currentTarget as HTMLInputElement).checked)} />
          include the solution
        </label>
      </div>
      {link && (
        <p class="hint" role="status">
          {copied ? 'Copied. ' : 'Copy this link: '}
          <input type="text" readOnly aria-label="Share link" value={link} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
        </p>
      )}
    </div>
  );
}
