import {
  ACCEPT_TIPS,
  CHECK_RULES_THEN,
  CHECK_RULES_WHOM,
  checkRulesThen,
  IGNORE_IS_DISCREET,
  QUESTIONS_TO_ASK,
  SPAM_FOOTNOTE,
} from '../../content/outcomes';
import { OUTCOME_UI } from '../../content/site';
import type { Answers, OutcomeId } from '../../decision/steps';
import { BodyGuidance } from '../common/BodyGuidance';
import { SourceList } from '../common/SourceList';
import { SpamSigns } from '../common/SpamSigns';
import { HelplineLine } from '../common/HelplineLine';
import { MessageNoteHere } from '../common/LazyMessageNote';
import type { FirmOnOutcome } from '../common/useFirmView';
import { useBody } from '../common/useBody';
import { useGuidance } from '../common/useGuidance';

interface Props {
  outcome: OutcomeId;
  answers: Answers;
  reopenUrl: string;
  /** The firm's file and its parts, on a page that loaded one. */
  firm?: FirmOnOutcome;
}

/** What each outcome must also say (see the spec's outcome table). */
export function OutcomeDetails({ outcome, answers, reopenUrl, firm }: Props) {
  switch (outcome) {
    case 'accept':
      return (
        <Section title={OUTCOME_UI.tip}>
          <ul className="list-disc space-y-1 pl-5">
            {(answers.objectives ?? []).map((o) =>
              o === 'known-only' ? null : <li key={o}>{ACCEPT_TIPS[o]}</li>,
            )}
          </ul>
        </Section>
      );
    case 'ignore':
      return <Discreet />;
    case 'report-spam':
      return (
        <div className="space-y-3">
          <SpamSigns />
          <p>{SPAM_FOOTNOTE}</p>
        </div>
      );
    case 'wait':
      return (
        <div className="space-y-4">
          <MessageNoteHere objectives={answers.objectives ?? []} />
          <Section title={OUTCOME_UI.reopen}>
            <p>{OUTCOME_UI.reopenHint}</p>
            <p className="break-all">
              <a href={reopenUrl}>{reopenUrl}</a>
            </p>
          </Section>
        </div>
      );
    case 'check-rules':
      return <CheckRules answers={answers} />;
    case 'dont-connect':
      return <DontConnect answers={answers} firm={firm} />;
  }
}

/** Held back until the rules are known: what we would then recommend, and whom to ask. */
function CheckRules({ answers }: { answers: Answers }) {
  const then = checkRulesThen(answers);
  const later = CHECK_RULES_THEN[then];
  return (
    <div className="space-y-4">
      <section className="card space-y-2" data-then={then}>
        <h2 className="text-lg font-bold">{later.title}</h2>
        <p>{later.summary}</p>
        <ol className="list-decimal space-y-1 pl-5">
          {later.nextSteps.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      </section>
      {then === 'ask-why' && (
        // For when the rules allow it: folded until then.
        <details className="card">
          <summary className="cursor-pointer font-bold">{OUTCOME_UI.showNote}</summary>
          <div className="mt-3">
            <MessageNoteHere objectives={answers.objectives ?? []} />
          </div>
        </details>
      )}
      <Section title={OUTCOME_UI.askHelpline}>
        <details>
          <summary className="cursor-pointer font-semibold">
            {OUTCOME_UI.showQuestions(QUESTIONS_TO_ASK.length)}
          </summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {QUESTIONS_TO_ASK.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </details>
      </Section>
      <Section title={CHECK_RULES_WHOM.title}>
        <ul className="list-disc space-y-1 pl-5">
          <li>{CHECK_RULES_WHOM.firmFirst}</li>
          <li>
            <Helpline body={answers.body} />
          </li>
        </ul>
      </Section>
      {answers.body && <BodyGuidance body={answers.body} heading={OUTCOME_UI.guidance} />}
    </div>
  );
}

function Helpline({ body }: { body: Answers['body'] }) {
  const helpline = useBody(body)?.helpline;
  if (!helpline) return <>{CHECK_RULES_WHOM.noHelpline}</>;
  return (
    <>
      {CHECK_RULES_WHOM.helpline} <HelplineLine helpline={helpline} />
    </>
  );
}

/**
 * Why not to connect: the rule behind it (the reader's body's, else what we found elsewhere,
 * labelled), whom to tell now (the supervising lawyer or head of legal, the firm's named
 * contact, the body's helpline), a note on the file, and our own suggestion, labelled.
 */
function DontConnect({ answers, firm }: { answers: Answers; firm?: FirmOnOutcome }) {
  const guidance = useGuidance();
  const body = useBody(answers.body);
  if (!guidance) return null;
  const { RED_FLAGS, ESCALATION, RESTRICTED } = guidance;
  const flag = answers.matter && answers.matter !== 'none' ? answers.matter : undefined;
  if (!flag)
    return (
      <div className="space-y-4">
        <Section title={OUTCOME_UI.ruleBehind}>
          <p>{RESTRICTED.reason}</p>
          <p>{RESTRICTED.rule}</p>
        </Section>
        {answers.body && <BodyGuidance body={answers.body} heading={OUTCOME_UI.guidance} />}
        <Discreet />
      </div>
    );
  const red = RED_FLAGS[flag];
  const bodyRule = body?.redFlags[flag];
  return (
    <div className="space-y-4">
      <Section title={OUTCOME_UI.whomToTell}>
        <ul className="list-disc space-y-1 pl-5" data-escalation>
          <li>{answers.body === 'none' ? ESCALATION.notRegulated : ESCALATION.supervisor}</li>
          {firm?.escalationFor(firm.pack, 'dont-connect') && (
            <li>
              <firm.FirmEscalation pack={firm.pack} outcome="dont-connect" />
            </li>
          )}
          {red.court && <li>{red.court.text}</li>}
          {red.judge && <li>{red.judge.text}</li>}
          {body?.helpline && (
            <li>
              {ESCALATION.helpline} <HelplineLine helpline={body.helpline} />
            </li>
          )}
          {body?.guidance && (
            <li>
              <a href={body.guidance.url} target="_blank" rel="noopener noreferrer">
                {body.guidance.label}
              </a>
            </li>
          )}
          <li>{ESCALATION.note}</li>
        </ul>
      </Section>
      <Section title={OUTCOME_UI.ruleBehind}>
        {bodyRule ? (
          <SourceList points={[bodyRule]} />
        ) : (
          <p>
            {answers.body === 'none'
              ? OUTCOME_UI.noRuleUnregulated
              : answers.body === undefined
                ? OUTCOME_UI.noBodyAsked
                : red.noBodyRule}
          </p>
        )}
        <details>
          <summary className="cursor-pointer font-semibold">{OUTCOME_UI.whatTheRulesSay}</summary>
          <div className="mt-2 space-y-2">
            <p>{red.rule}</p>
            <SourceList
              points={[
                ...red.sources,
                ...(red.court?.sources ?? []),
                ...(red.judge?.sources ?? []),
              ]}
            />
          </div>
        </details>
        <p>
          <strong>{OUTCOME_UI.ourSuggestion}:</strong> {red.suggestion}
        </p>
      </Section>
    </div>
  );
}

function Discreet() {
  return (
    <Section title={IGNORE_IS_DISCREET.question}>
      <p>{IGNORE_IS_DISCREET.answer}</p>
    </Section>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="card space-y-2">
      <h2 className="text-lg font-bold">{title}</h2>
      {children}
    </section>
  );
}
