import { lazy, useRef, type ReactNode, type RefObject } from 'react';
import { CopyButton } from '../../components/CopyButton';
import { Later } from '../../components/Later';
import { TitledSection } from '../../components/TitledSection';
import { questionFor } from '../../content/questions';
import { outcomeWords, reasonsFor } from '../../content/reasons';
import { labelled, OUTCOME_UI, SITE } from '../../content/site';
import {
  redFlagOf,
  type AnswerKey,
  type Answers,
  type OutcomeId,
  type StepId,
} from '../../decision/steps';
import { useMedia } from '../../hooks/useMedia';
import type { LinkRecord } from '../../share/link';
import { summaryText } from '../../share/summary';
import { today } from '../../share/dates';
import { CheckAnswers } from '../question/CheckAnswers';
import { Cautions } from './Cautions';
import { OutcomeDetails } from './OutcomeDetails';
import { EscalationMessageHere } from './LazyEscalationMessage';
import { AboutAdvice } from './AboutAdvice';
import { RECORD_TEXT } from '../../content/changes';
import { RecordSections } from './RecordSections';
import { RecordNotice } from './RecordNotice';
import type { FirmOnOutcome } from '../common/useFirmView';
import { useBody } from '../common/useBody';
import { useGuidance } from '../common/useGuidance';
import { BODIES_LAST_REVIEWED } from '../../content/bodies/catalogue';

// The outcome's two extras below the fold: chunks of their own, loaded when the reader nears them.
const HowWeGotHere = lazy(() => import('../../map/PathMap'));
const WhatWouldChange = lazy(() => import('./WhatWouldChange'));

/** A column about as wide as a sidebar's (320 px) or a phone's (up to 384 px). */
const NARROW = '(max-width: 24rem)';

interface Props {
  outcome: OutcomeId;
  /** The answers on the path taken. */
  answers: Answers;
  /** Answers fixed by the page (an embedding firm's body): not offered for change. */
  fixed: Answers;
  /** Answers that no longer apply after the reader's last change. */
  dropped: AnswerKey[];
  shareUrl: string;
  /** For `wait`: the link that reopens the decision at the message step. */
  reopenUrl: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onChange: (step: StepId) => void;
  onRestart: () => void;
  /** "Next invitation": a new decision keeping what the reader said about themselves. */
  nextInvitation?: ReactNode;
  /** The record the opened link carried (`made`, `was`); empty for a decision made here. */
  record?: LinkRecord;
  /** The firm's settings file and the parts that show it, when the page loaded one. */
  firm?: FirmOnOutcome;
}

export function OutcomeScreen({
  outcome,
  answers,
  fixed,
  dropped,
  shareUrl,
  reopenUrl,
  headingRef,
  onChange,
  onRestart,
  nextInvitation,
  record = {},
  firm,
}: Props) {
  const content = outcomeWords(outcome, answers);
  // A sidebar or a small phone cannot hold every answer with its Change link as well: there
  // they are one tap away.
  const foldAnswers = useMedia(NARROW);
  const shareField = useRef<HTMLInputElement>(null);
  const summaryField = useRef<HTMLTextAreaElement>(null);
  const guidance = useGuidance();
  const body = useBody(answers.body);
  const made = record.made ?? today();
  // What the outcome shows unfolded, for the record: copied as text, and printed below.
  const firmLine = firm?.firmEscalationLine(firm.settings, outcome);
  const shown = guidance?.outcomeRecord(outcome, answers, body, firmLine);
  const printed = guidance?.outcomeRecord(outcome, answers, body, firmLine, { urls: false });
  const printSources = printed?.sources ?? [];
  // A red flag offers no "What would change this?": it would read as a way round it.
  const redFlag = outcome === 'dont-connect' && redFlagOf(answers) !== undefined;
  const summary = summaryText(outcome, answers, shareUrl, {
    made,
    sections: shown?.sections,
    sources: shown?.sources,
    lastReviewed: guidance && BODIES_LAST_REVIEWED,
    firmLines: firm ? firm.firmRecordLines(firm.settings, outcome, answers) : [],
  });
  const droppedNames = dropped.map((k) => questionFor(k).summaryLabel.toLowerCase());

  return (
    <article data-outcome={outcome} className="space-y-8">
      <header className="space-y-3">
        <RecordNotice record={record} outcome={outcome} />
        <p className="text-sm font-semibold text-muted">{OUTCOME_UI.recommendation}</p>
        <h1 ref={headingRef} tabIndex={-1} className="text-2xl font-bold sm:text-3xl">
          {content.title}
        </h1>
        <p className="text-lg">{content.summary}</p>
        {droppedNames.length > 0 && <p className="card">{SITE.changedNote(droppedNames)}</p>}
      </header>

      <TitledSection id="reasons-title" title={OUTCOME_UI.reasons} className="space-y-2">
        <ul className="list-disc space-y-1 pl-5">
          {reasonsFor(answers).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </TitledSection>

      <div data-print="skip">
        <OutcomeDetails outcome={outcome} answers={answers} reopenUrl={reopenUrl} firm={firm} />
      </div>
      <EscalationMessageHere
        outcome={outcome}
        answers={answers}
        shareUrl={shareUrl}
        made={made}
        firm={firm}
      />
      {printed && <RecordSections sections={printed.sections} />}

      {/* The firm's own policy comes after the rules and our suggestions, in its own section. */}
      {firm && <firm.FirmSection settings={firm.settings} outcome={outcome} answers={answers} />}

      <TitledSection id="next-title" title={OUTCOME_UI.nextSteps} className="space-y-2">
        <ol className="list-decimal space-y-1 pl-5">
          {/* What the firm asks to be done before anything else comes first. */}
          {firm && (
            <firm.FirmFirstSteps settings={firm.settings} outcome={outcome} answers={answers} />
          )}
          {content.nextSteps.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      </TitledSection>

      {nextInvitation}

      <TitledSection id="answers-title" title={OUTCOME_UI.checkAnswers} className="space-y-2">
        {foldAnswers ? (
          <>
            <details className="no-print">
              <summary className="cursor-pointer py-1 font-semibold">
                {OUTCOME_UI.showAnswers(Object.keys(answers).length)}
              </summary>
              <CheckAnswers answers={answers} fixed={fixed} onChange={onChange} />
            </details>
            {/* On paper, whatever the screen folded. */}
            <div className="print-only">
              <CheckAnswers answers={answers} fixed={fixed} onChange={onChange} />
            </div>
          </>
        ) : (
          <CheckAnswers answers={answers} fixed={fixed} onChange={onChange} />
        )}
      </TitledSection>

      <AboutAdvice body={answers.body} firm={firm} />

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
        {/* On paper, the rest of the record (the screen shows these where they apply). */}
        <div className="print-only space-y-1 text-sm">
          <p>
            {RECORD_TEXT.madeOn(made)} {OUTCOME_UI.printedOn(today())}
          </p>
          {/* The sources of what is printed, in one line: their links are in the copied text
              and on screen. */}
          {printSources.length > 0 && (
            <p className="text-xs">
              <span className="font-bold">{labelled(OUTCOME_UI.sources)}</span>{' '}
              {printSources.map((s) => `${s.source} (${s.date})`).join('; ')}
            </p>
          )}
          {guidance && <p>{OUTCOME_UI.lastReviewed(BODIES_LAST_REVIEWED)}</p>}
          <p>{SITE.disclaimer}</p>
        </div>
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

      {/* The extras come after everything the spec asks of an outcome, so that drawing
          them never moves what is already on screen. */}
      <Later>
        <HowWeGotHere answers={answers} fixed={fixed} />
      </Later>
      {!redFlag && (
        <Later>
          <WhatWouldChange answers={answers} fixed={fixed} onChange={onChange} />
        </Later>
      )}
      <Cautions outcome={outcome} answers={answers} />

      <div className="no-print">
        <button type="button" className="btn btn-secondary" onClick={onRestart}>
          {SITE.startAgain}
        </button>
      </div>
    </article>
  );
}
