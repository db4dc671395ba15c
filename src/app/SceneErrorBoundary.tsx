/** Catches what the 3D view throws (a missing or corrupt model, a failed chunk) so the panel keeps working. */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  onError(error: unknown): void;
  children: ReactNode;
}

export class SceneErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    this.props.onError(error);
  }

  override render(): ReactNode {
    // The error message and Retry are drawn by the scene area from the store, not here.
    return this.state.failed ? null : this.props.children;
  }
}
