import {
  acceptTips,
  CHECK_RULES_THEN,
  CHECK_RULES_WHOM,
  checkRulesThen,
  IGNORE_IS_DISCREET,
  QUESTIONS_TO_ASK,
  SPAM_FOOTNOTE,
} from '../../content/outcomes';
import { labelled, OUTCOME_UI } from '../../content/site';
import { redFlagOf, type Answers, type OutcomeId } from '../../decision/steps';
import { applies } from '../../decision/when';
import { BodyGuidance } from '../common/BodyGuidance';
import { LookUp } from '../common/LookUp';
import { SecondaryNote, SourceList } from '../common/SourceList';
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
      return <AcceptTips answers={answers} />;
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

/** A tip per objective; never "offer work later" beside a body's no-pitch caution. */
function AcceptTips({ answers }: { answers: Answers }) {
  const body = useBody(answers.body);
  const noPitch = (body?.cautions ?? []).some(
    (c) => c.noPitch && applies(c.when, answers, 'accept'),
  );
  return (
    <Section title={OUTCOME_UI.tip}>
      <ul className="list-disc space-y-1 pl-5">
        {acceptTips(answers.objectives ?? [], noPitch).map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
    </Section>
  );
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
        <details className="card" data-print="skip">
          <summary className="cursor-pointer font-bold">{OUTCOME_UI.showNote}</summary>
          <div className="mt-3">
            <MessageNoteHere objectives={answers.objectives ?? []} />
          </div>
        </details>
      )}
      <Section title={OUTCOME_UI.askHelpline} print={false}>
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
          <Helplines body={answers.body} />
        </ul>
      </Section>
      {answers.body && (
        <BodyGuidance body={answers.body} heading={OUTCOME_UI.guidance} helplines={false} />
      )}
    </div>
  );
}

function Helplines({ body }: { body: Answers['body'] }) {
  const helplines = useBody(body)?.helplines ?? [];
  if (helplines.length === 0) return <li>{CHECK_RULES_WHOM.noHelpline}</li>;
  return (
    <li>
      {CHECK_RULES_WHOM.helpline}
      {helplines.map((h) => (
        <span key={h.label} className="block">
          <HelplineLine helpline={h} />
        </span>
      ))}
    </li>
  );
}

/**
 * Why not to connect. A red flag: whom to tell now, in order (keep a copy, tell now, only then
 * Ignore), not to look them up (juror, witness), the reader's own rules and our suggestion,
 * labelled, and other jurisdictions' rules folded apart. Restricted rules: the body's guidance.
 */
function DontConnect({ answers, firm }: { answers: Answers; firm?: FirmOnOutcome }) {
  const guidance = useGuidance();
  const body = useBody(answers.body);
  if (!guidance) return null;
  const flag = redFlagOf(answers);
  if (!flag)
    return (
      <div className="space-y-4">
        <Section title={OUTCOME_UI.ruleBehind}>
          <p>{guidance.RESTRICTED.reason}</p>
          <p>{guidance.RESTRICTED.rule}</p>
        </Section>
        {answers.body && <BodyGuidance body={answers.body} heading={OUTCOME_UI.guidance} />}
        <Discreet />
      </div>
    );
  const firmContact = firm?.escalationFor(firm.settings, 'dont-connect') !== undefined;
  const advice = guidance.redFlagAdvice(flag, answers, body, firmContact);
  return (
    <div className="space-y-4">
      <Section title={OUTCOME_UI.whomToTell}>
        <ol className="list-decimal space-y-1 pl-5" data-escalation>
          {advice.tell.map((line, i) => (
            <li key={i}>
              {line.firm && firm ? (
                <firm.FirmEscalation settings={firm.settings} outcome="dont-connect" />
              ) : line.link ? (
                <a href={line.link.url} target="_blank" rel="noopener noreferrer">
                  {line.link.label}
                </a>
              ) : (
                <>
                  {line.text}
                  {line.helplines?.map((h) => (
                    <span key={h.label} className="block">
                      <HelplineLine helpline={h} />
                    </span>
                  ))}
                  {line.points && <SourceList points={line.points} footnote={false} />}
                </>
              )}
            </li>
          ))}
        </ol>
      </Section>
      {advice.lookUp && <LookUp footnote={false} />}
      <Section title={OUTCOME_UI.ruleBehind}>
        {advice.ownNote ? (
          <p>{advice.ownNote}</p>
        ) : (
          <SourceList points={advice.own} footnote={false} />
        )}
        <p>
          <strong>{labelled(OUTCOME_UI.ourSuggestion)}</strong> {advice.suggestion}
        </p>
        {/* † is explained once for every list above. */}
        <SecondaryNote />
        {advice.elsewhere.length > 0 && (
          <details data-elsewhere data-print="skip">
            <summary className="cursor-pointer font-semibold">{OUTCOME_UI.elsewhere}</summary>
            <div className="mt-2 space-y-2">
              <p className="text-sm text-muted">{OUTCOME_UI.elsewhereHint}</p>
              {advice.elsewhere.map((g) => (
                <div key={g.where} data-where={g.where}>
                  <h3 className="font-semibold">{g.where}</h3>
                  <SourceList points={g.points} />
                </div>
              ))}
            </div>
          </details>
        )}
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

/** A card with a heading; `print={false}` for one that holds only a fold (left off paper). */
function Section({
  title,
  print = true,
  children,
}: {
  title: string;
  print?: boolean;
  children: React.ReactNode;
}) {
  return (
    <section className="card space-y-2" data-print={print ? undefined : 'skip'}>
      <h2 className="text-lg font-bold">{title}</h2>
      {children}
    </section>
  );
}
