/** One error sentence, announced to screen readers, with a way to dismiss it. */
export interface ErrorBannerProps {
  message: string | null;
  onDismiss?: () => void;
}

/** Renders nothing when there is no message. */
export function ErrorBanner({ message, onDismiss }: ErrorBannerProps) {
  if (!message) return null;
  return (
    <div class="banner banner-error" role="alert">
      <span>{message}</span>
      {onDismiss && (
        <button type="button" class="ghost" aria-label="Dismiss the error" onClick={onDismiss}>
          ×
        </button>
      )}
    </div>
  );
}
