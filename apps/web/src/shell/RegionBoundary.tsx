// Contains a rendering failure to one region of a page, with a way to try again.
import { Alert, AlertActionLink } from '@patternfly/react-core';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the region shows, in words: "the connector list". */
  region: string;
  children: ReactNode;
}

interface State {
  error: Error | undefined;
}

export class RegionBoundary extends Component<Props, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`The console could not show ${this.props.region}.`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Alert
        isInline
        variant="danger"
        title={`The console could not show ${this.props.region}.`}
        actionLinks={
          <AlertActionLink onClick={() => this.setState({ error: undefined })}>Try again</AlertActionLink>
        }
      >
        {error.message}
      </Alert>
    );
  }
}
