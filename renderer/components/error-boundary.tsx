import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadyRoomApi } from '../../shared/api';
import { useBridge } from '../bridge/bridge-context';

interface BoundaryProps {
  readonly children: ReactNode;
  /** Tells the backend's log (and so the helper report) that a screen failed. */
  readonly report: (message: string) => void;
  readonly texts: { title: string; body: string; tryAgain: string; details: string };
  /** When it changes (another screen), a failed screen gets a fresh start. */
  readonly resetKey?: string;
}

interface BoundaryState {
  readonly error: Error | null;
  readonly attempt: number;
  readonly resetKey: string | undefined;
}

/** React's error boundary (a class: React has no hook for it); the texts come from outside. */
class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, attempt: 0, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<BoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(
    props: BoundaryProps,
    state: BoundaryState,
  ): Partial<BoundaryState> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    const where =
      info.componentStack
        ?.split('\n')
        .find((line) => line.trim())
        ?.trim() ?? '';
    this.props.report(`${error.name}: ${error.message} ${where}`.slice(0, 500));
  }

  override render(): ReactNode {
    const { error, attempt } = this.state;
    const { texts } = this.props;
    if (!error) return <div key={attempt}>{this.props.children}</div>;
    return (
      <div role="alert" className="load-error screen-error">
        <h2>{texts.title}</h2>
        <p>{texts.body}</p>
        <button type="button" onClick={() => this.setState({ error: null, attempt: attempt + 1 })}>
          {texts.tryAgain}
        </button>
        <details>
          <summary>{texts.details}</summary>
          <p>{`${error.name}: ${error.message}`.slice(0, 300)}</p>
        </details>
      </div>
    );
  }
}

function reporter(api: ReadyRoomApi | null): (message: string) => void {
  return (message) => {
    void api?.reportProblem({ where: 'screen', message }).catch(() => undefined);
  };
}

/**
 * Catches a screen that fails to draw: says so in plain words, offers "Try again" (which draws it
 * afresh), and loses nothing — progress and settings live in the backend, not in the screen.
 */
export function ErrorBoundary({ children, resetKey }: { children: ReactNode; resetKey?: string }) {
  const { t } = useTranslation('desktop');
  const api = useBridge();
  return (
    <Boundary
      report={reporter(api)}
      resetKey={resetKey}
      texts={{
        title: t('errorBoundary.title'),
        body: t('errorBoundary.body'),
        tryAgain: t('errorBoundary.tryAgain'),
        details: t('errorBoundary.details'),
      }}
    >
      {children}
    </Boundary>
  );
}
