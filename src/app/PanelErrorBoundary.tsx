/**
 * Last line of defence for the panel: if something in it throws (bad data, a bug), the person
 * sees what happened and a way out instead of a blank page.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

export class PanelErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    console.error('The panel failed:', error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="panel panel-failed" role="alert">
        <h2>The panel ran into a problem</h2>
        <p>Something in this view could not be shown. Starting again with nothing chosen usually helps.</p>
        <div className="button-row">
          <a className="button-link" href="./">
            Start again
          </a>
          <button type="button" onClick={() => this.setState({ failed: false })}>
            Try again
          </button>
        </div>
      </div>
    );
  }
}
