import { useId, useState } from 'react';
import { Link } from 'react-router';
import { REPEAT } from '../../content/repeat';
import { sameAboutYou } from '../../decision/aboutYou';
import type { Answers } from '../../decision/steps';
import { useMode } from '../../hooks/mode';
import { forgetRemembered, saveRemembered } from '../../share/remembered';

export interface NextLink {
  /** The new decision's address: the reader's own answers alone. */
  to: string;
  /** Before it opens: forget what this decision's person was answered. */
  onNext: () => void;
}

interface Props {
  next: NextLink;
  /** This decision's answers (the reader's own are the ones remembered). */
  answers: Answers;
  /** What this device remembers about the reader, if anything. */
  remembered: Answers | undefined;
}

/**
 * The next invitation in one tap: a new decision that keeps what the reader said about
 * themselves and starts at the first question about the person; and, if they ask, this
 * device remembers those answers for next time.
 */
export function NextInvitation({ next, answers, remembered }: Props) {
  const id = useId();
  const { embed } = useMode();
  const [said, setSaid] = useState('');
  const kept = remembered !== undefined && sameAboutYou(remembered, answers);

  function toggle(checked: boolean) {
    if (!checked) {
      forgetRemembered();
      setSaid('');
      return;
    }
    setSaid(saveRemembered(answers) ? REPEAT.rememberedNow : REPEAT.rememberFailed);
  }

  return (
    <section aria-labelledby={`${id}-title`} className="no-print card space-y-3">
      <h2 id={`${id}-title`} className="text-xl font-bold">
        {REPEAT.nextTitle}
      </h2>
      <p>{REPEAT.nextHint}</p>
      <p>
        <Link
          to={next.to}
          replace={embed}
          state={{ cameFrom: true }}
          onClick={next.onNext}
          className="btn btn-primary"
          data-next-invitation=""
        >
          {REPEAT.next}
        </Link>
      </p>
      <div className="flex items-start gap-3">
        <input
          id={`${id}-remember`}
          type="checkbox"
          checked={kept}
          onChange={(e) => toggle(e.target.checked)}
          aria-describedby={`${id}-remember-hint`}
          className="mt-1 size-5 flex-none"
          data-remember=""
        />
        <div>
          <label htmlFor={`${id}-remember`} className="font-medium">
            {REPEAT.remember}
          </label>
          <p id={`${id}-remember-hint`} className="text-sm text-muted">
            {REPEAT.rememberHint}
          </p>
        </div>
      </div>
      <p role="status" className="text-sm font-semibold">
        {said}
      </p>
    </section>
  );
}
