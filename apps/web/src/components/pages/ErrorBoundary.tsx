import { Component, type ReactNode } from "react";
import { ErrorPage } from "./ErrorPage.js";

/** A rendering error shows what went wrong and a way back, never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error?: Error | undefined }> {
  override state: { error?: Error | undefined } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  // Following a link away from the error page (the hash changes) tries again.
  private readonly reset = () => this.setState({ error: undefined });

  override componentDidMount() {
    window.addEventListener("hashchange", this.reset);
  }

  override componentWillUnmount() {
    window.removeEventListener("hashchange", this.reset);
  }

  override render() {
    if (this.state.error)
      return (
        <ErrorPage
          title="Something went wrong"
          message={`The editor hit an error it could not recover from: ${this.state.error.message}. Your last saved work is kept in this browser.`}
        />
      );
    return this.props.children;
  }
}
