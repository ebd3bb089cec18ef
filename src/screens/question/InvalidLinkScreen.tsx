import { useEffect, useRef } from 'react';
import { useMode } from '../../hooks/mode';
import { INVALID_LINK } from '../../content/link';
import type { LinkProblem } from '../../share/link';
import { problemText } from '../../share/linkProblems';

interface Props {
  problems: LinkProblem[];
  canResume: boolean;
  onResume: () => void;
  onStartAgain: () => void;
}

/** A damaged share link: say what was wrong, in plain words, and offer a way on. */
export function InvalidLinkScreen({ problems, canResume, onResume, onStartAgain }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { embed } = useMode();
  // Not in a frame: focus there on load would take it from the host page.
  useEffect(() => {
    if (!embed) heading.current?.focus({ preventScroll: true });
  }, [embed]);
  return (
    <section data-error="invalid-link" className="space-y-6">
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold sm:text-3xl">
        {INVALID_LINK.title}
      </h1>
      <p>{INVALID_LINK.intro}</p>
      <ul className="list-disc space-y-1 pl-5">
        {[...new Set(problems.map(problemText))].map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-4">
        {canResume && (
          <button type="button" className="btn btn-primary" onClick={onResume}>
            {INVALID_LINK.resume}
          </button>
        )}
        <button
          type="button"
          className={`btn ${canResume ? 'btn-secondary' : 'btn-primary'}`}
          onClick={onStartAgain}
        >
          {INVALID_LINK.startAgain}
        </button>
      </div>
    </section>
  );
}
