/**
 * The 3D view failed: say why in words and offer Retry (the chosen pain sites are kept). It is
 * announced (role=alert) but does not take focus: the person may be busy in the panel.
 */
interface Props {
  message: string | null;
  onRetry(): void;
  onTextView(): void;
}

export function SceneErrorMessage({ message, onRetry, onTextView }: Props) {
  return (
    <div className="scene-message scene-error" role="alert">
      <h2>The 3D view could not start</h2>
      <p>{message ?? 'Something went wrong while loading the 3D model.'}</p>
      <p className="muted">Your chosen pain sites are kept. Everything in the panel still works.</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={onRetry}>
          Retry
        </button>
        <button type="button" onClick={onTextView}>
          Use the text view
        </button>
      </div>
    </div>
  );
}
