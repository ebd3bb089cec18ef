import { SCREEN_SHOWN } from '../app/afterShown';
import { useRef, type RefObject } from 'react';
import { AfterPaint } from '../components/AfterPaint';
import { OUTCOME_CONTENT } from '../content/outcomes';
import { questionFor } from '../content/questions';
import { OUTCOME_UI, SITE } from '../content/site';
import type { OutcomeId, StepId } from '../decision/answers';
import type { DecisionContext } from '../decision/machine';
import { cautionsFor, reasonsFor } from '../decision/reasons';
import { CopyButton } from '../components/CopyButton';
import { summaryText } from '../share/summary';
import { CheckAnswers } from './CheckAnswers';
import { OutcomeDetails } from './parts/OutcomeDetails';
import { Cautions } from './parts/Cautions';
import { HowWeGotHere, PrintPathMap, WhatWouldChange } from './parts/loadOutcomeExtras';
import { TitledSection } from '../components/TitledSection';

interface Props {
  outcome: OutcomeId;
  context: DecisionContext;
  shareUrl: string;
  /** For `wait`: the link that reopens the decision at the message step. */
  reopenUrl: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onChange: (step: StepId) => void;
  onRestart: () => void;
}

export function OutcomeScreen({
  outcome,
  context,
  shareUrl,
  reopenUrl,
  headingRef,
  onChange,
  onRestart,
}: Props) {
  const content = OUTCOME_CONTENT[outcome];
  const shareField = useRef<HTMLInputElement>(null);
  const summaryField = useRef<HTMLTextAreaElement>(null);
  const summary = summaryText(outcome, context, shareUrl);
  const cautions = cautionsFor(outcome, context.answers);
  const dropped = context.dropped.map((k) => questionFor(k).summaryLabel.toLowerCase());

  return (
    <article data-outcome={outcome} className="space-y-8">
      {/* On paper only, beside the text (it floats right, so it comes first). */}
      <AfterPaint hideFailure>
        <PrintPathMap context={context} />
      </AfterPaint>
      <header className="space-y-3">
        <p className="text-sm font-semibold text-muted">{OUTCOME_UI.recommendation}</p>
        <h1
          ref={headingRef}
          tabIndex={-1}
          elementtiming={SCREEN_SHOWN}
          className="text-2xl font-bold sm:text-3xl"
        >
          {content.title}
        </h1>
        <p className="text-lg">{content.summary}</p>
        {dropped.length > 0 && <p className="card">{SITE.changedNote(dropped)}</p>}
      </header>

      <TitledSection id="reasons-title" title={OUTCOME_UI.reasons} className="space-y-2">
        <ul className="list-disc space-y-1 pl-5">
          {reasonsFor(context).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </TitledSection>

      <div data-print="skip">
        <OutcomeDetails outcome={outcome} answers={context.answers} reopenUrl={reopenUrl} />
      </div>

      <TitledSection id="next-title" title={OUTCOME_UI.nextSteps} className="space-y-2">
        <ol className="list-decimal space-y-1 pl-5">
          {content.nextSteps.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      </TitledSection>

      <TitledSection id="answers-title" title={OUTCOME_UI.checkAnswers} className="space-y-2">
        <CheckAnswers
          history={context.history}
          answers={context.answers}
          fixed={context.fixed}
          onChange={onChange}
        />
      </TitledSection>

      <TitledSection id="share-title" title={OUTCOME_UI.share} className="space-y-3">
        <p className="no-print text-muted">{OUTCOME_UI.shareHint}</p>
        <label htmlFor="share-link" className="no-print block font-medium">
          {OUTCOME_UI.shareLabel}
        </label>
        <input
          id="share-link"
          ref={shareField}
          readOnly
          value={shareUrl}
          onFocus={(e) => e.currentTarget.select()}
          className="w-full rounded-md border border-[var(--line)] bg-[var(--bg)] p-2 text-sm"
        />
        <p className="print-only break-all">{shareUrl}</p>
        <p className="print-only">{OUTCOME_UI.printedOn(new Date())}</p>
        {/* Side by side where there is room. The summary's textarea is for screen readers
            and for selecting by hand where copying is blocked. */}
        <div className="no-print flex flex-wrap items-center gap-3">
          <CopyButton
            text={shareUrl}
            label={OUTCOME_UI.copyLink}
            fallbackTarget={() => shareField.current}
          />
          <label htmlFor="summary-text" className="sr-only">
            {OUTCOME_UI.copyTextLabel}
          </label>
          <textarea
            id="summary-text"
            ref={summaryField}
            readOnly
            value={summary}
            className="sr-only"
            tabIndex={-1}
          />
          <CopyButton
            text={summary}
            label={OUTCOME_UI.copyText}
            fallbackTarget={() => summaryField.current}
          />
        </div>
      </TitledSection>

      {/* The extras, after everything the spec asks of an outcome (so the late ones below
          never move what is already on screen): mounted once the outcome is on screen, the
          two that cost a phone most only once the reader comes within a screen of them. */}
      <AfterPaint near>
        <HowWeGotHere context={context} />
      </AfterPaint>
      <AfterPaint near>
        <WhatWouldChange context={context} onChange={onChange} />
      </AfterPaint>

      {/* Rendered when the cited guidance has arrived. */}
      <AfterPaint>
        <Cautions ids={cautions} />
      </AfterPaint>

      <div className="no-print">
        <button type="button" className="btn btn-secondary" onClick={onRestart}>
          {SITE.startAgain}
        </button>
      </div>
    </article>
  );
}
