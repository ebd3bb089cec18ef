import {
  ACCEPT_TIPS,
  CHECK_RULES_THEN,
  CHECK_RULES_WHOM,
  checkRulesThen,
  IGNORE_IS_DISCREET,
  QUESTIONS_TO_ASK,
  RESTRICTED_REASON,
  SPAM_FOOTNOTE,
} from '../../content/outcomes';
import { OUTCOME_UI } from '../../content/site';
import type { Answers, OutcomeId } from '../../decision/steps';
import { BodyGuidance } from './BodyGuidance';
import { SourceList } from './SourceList';
import { SpamSigns } from './SpamSigns';
import { MessageNote } from './MessageNote';
import { useGuidance } from './useGuidance';

interface Props {
  outcome: OutcomeId;
  answers: Answers;
  reopenUrl: string;
}

/** What each outcome must also say (see the spec's outcome table). */
export function OutcomeDetails({ outcome, answers, reopenUrl }: Props) {
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
          <MessageNote objectives={answers.objectives ?? []} withHowTo />
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
      return <DontConnect answers={answers} />;
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
      {then === 'ask-why' && <MessageNote objectives={answers.objectives ?? []} />}
      <Section title={OUTCOME_UI.askHelpline}>
        <ul className="list-disc space-y-1 pl-5">
          {QUESTIONS_TO_ASK.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
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
  const guidance = useGuidance();
  const known = body && body !== 'none' && body !== 'other' ? guidance?.BODIES[body] : undefined;
  const helpline = known?.helpline;
  if (!helpline) return <>{CHECK_RULES_WHOM.noHelpline}</>;
  return (
    <>
      {CHECK_RULES_WHOM.helpline}{' '}
      {helpline.url ? (
        <a href={helpline.url} target="_blank" rel="noopener noreferrer">
          {helpline.label}
        </a>
      ) : (
        helpline.label
      )}
      {helpline.phone && <> (phone {helpline.phone})</>}
    </>
  );
}

function DontConnect({ answers }: { answers: Answers }) {
  const guidance = useGuidance();
  if (!guidance) return null;
  const { BODIES } = guidance;
  const flag = answers.matter && answers.matter !== 'none' ? answers.matter : undefined;
  const body =
    answers.body && answers.body !== 'none' && answers.body !== 'other'
      ? BODIES[answers.body]
      : undefined;
  const rule = flag && body ? body.redFlags[flag] : undefined;
  return (
    <div className="space-y-4">
      <Section title={OUTCOME_UI.ruleBehind}>
        {!flag && <p>{RESTRICTED_REASON}</p>}
        {flag &&
          (rule ? (
            <SourceList points={[rule]} />
          ) : (
            <p>{answers.body === 'none' ? OUTCOME_UI.noRuleUnregulated : OUTCOME_UI.noRuleKnown}</p>
          ))}
      </Section>
      {!flag && answers.body && <BodyGuidance body={answers.body} heading={OUTCOME_UI.guidance} />}
      <Discreet />
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
