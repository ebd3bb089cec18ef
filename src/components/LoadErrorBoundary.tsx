import { Component, useEffect, useRef, type ReactNode } from 'react';
import { SITE } from '../content/site';

interface Props {
  children: ReactNode;
  /** `part`: a section of a screen (the map, say), so a line, not a heading; `nothing`:
   *  something the reader can do without (the map printed beside the outcome). */
  fallback?: 'screen' | 'part' | 'nothing';
  /** When it changes (another page of the app), the boundary tries its children again. */
  resetKey?: string;
}

/**
 * Catches what a lazy chunk throws when it can't be fetched (offline mid-decision, or a new
 * version deployed while the page was open: the old chunk is gone) and says so in plain
 * words instead of leaving a blank page. Reloading is the retry: the browser remembers a
 * failed module import, and the answers live in the address, so nothing is lost.
 */
export class LoadErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidUpdate(previous: Props) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey)
      this.setState({ failed: false });
  }

  render() {
    if (!this.state.failed) return this.props.children;
    const { fallback = 'screen' } = this.props;
    return fallback === 'screen' ? <ScreenFailed /> : fallback === 'part' ? <PartFailed /> : null;
  }
}

const reload = () => window.location.reload();

function ScreenFailed() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Where the next screen should have been: a reader whose place went with the old screen
    // (the Continue button they pressed) lands here. Never pulls focus into a page, or an
    // embed, the reader isn't using.
    const lost = !document.activeElement || document.activeElement === document.body;
    if (lost && document.hasFocus()) heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div role="alert" className="space-y-6">
      <h1 ref={heading} tabIndex={-1} className="text-3xl font-bold">
        {SITE.loadFailedTitle}
      </h1>
      <p>{SITE.loadFailed}</p>
      <p>
        <button type="button" className="btn btn-primary" onClick={reload}>
          {SITE.reload}
        </button>
      </p>
    </div>
  );
}

function PartFailed() {
  return (
    <p role="alert" className="no-print flex flex-wrap items-center gap-x-4 gap-y-2">
      <span>{SITE.loadFailedPart}</span>
      <button type="button" className="btn btn-secondary" onClick={reload}>
        {SITE.reload}
      </button>
    </p>
  );
}
