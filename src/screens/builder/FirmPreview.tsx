import { useId, useMemo, useState } from 'react';
import { TitledSection } from '../../components/TitledSection';
import { controlClass } from '../../components/form/fields';
import { EMBED_BUILDER as T } from '../../content/embedBuilder';
import { OUTCOME_CONTENT } from '../../content/outcomes';
import { outcomeOf } from '../../decision/machine';
import { replay } from '../../decision/replay';
import type { Answers } from '../../decision/steps';
import { escalationFor, pointsFor } from '../../firm/applies';
import { FirmEscalation } from '../../firm/FirmEscalation';
import { FirmSection } from '../../firm/FirmSection';
import type { FirmSettings } from '../../firm/settings';

/** One example decision for each outcome, to preview a firm's points on. */
const EXAMPLES: Answers[] = [
  {
    objectives: ['clients', 'media'],
    body: 'sra',
    rules: 'allowed',
    matter: 'none',
    invite: 'personal',
    profile: 'relevant',
  },
  {
    objectives: ['clients'],
    body: 'sra',
    rules: 'allowed',
    matter: 'none',
    invite: 'pitch',
    profile: 'not-relevant',
  },
  {
    objectives: ['community'],
    body: 'none',
    matter: 'none',
    invite: 'suspicious',
    spam: 'true-spam',
  },
  {
    objectives: ['careers'],
    body: 'sra',
    rules: 'allowed',
    matter: 'none',
    invite: 'standard',
    profile: 'unclear',
    reply: 'pending',
  },
  { objectives: ['clients'], body: 'sra', rules: 'unsure', matter: 'none' },
  { objectives: ['clients'], body: 'aba', rules: 'allowed', matter: 'juror' },
];

/**
 * The firm's points as an outcome would show them, from the form as it stands (not from a
 * file on the server): the reader's section, and on a red flag the contact to tell now.
 */
export function FirmPreview({ settings }: { settings: FirmSettings | undefined }) {
  const id = useId();
  // Replayed, so the examples follow the decision as it is today.
  const examples = useMemo(
    () =>
      EXAMPLES.flatMap((answers) => {
        const snapshot = replay(answers);
        const outcome = outcomeOf(snapshot);
        return outcome ? [{ outcome, answers: snapshot.context.answers }] : [];
      }).filter((e, i, all) => all.findIndex((o) => o.outcome === e.outcome) === i),
    [],
  );
  const [chosen, setChosen] = useState(0);
  const example = examples[chosen] ?? examples[0];
  return (
    <TitledSection id="embed-firm-preview-title" title={T.firmPreview.title} className="space-y-3">
      <p className="text-muted">{T.firmPreview.hint}</p>
      <label htmlFor={id} className="block font-medium">
        {T.firmPreview.outcome}
      </label>
      <select
        id={id}
        value={chosen}
        onChange={(e) => setChosen(Number(e.target.value))}
        className={controlClass(false)}
      >
        {examples.map((e, i) => (
          <option key={e.outcome} value={i}>
            {OUTCOME_CONTENT[e.outcome].title}
          </option>
        ))}
      </select>
      <div className="rounded-md border border-[var(--line)] p-4" aria-live="polite">
        {!settings || !example ? (
          <p className="text-muted">{T.firmPreview.empty}</p>
        ) : (
          <div className="space-y-4">
            <FirmSection settings={settings} outcome={example.outcome} answers={example.answers} />
            {escalationFor(settings, example.outcome) && (
              <p>
                <FirmEscalation settings={settings} outcome={example.outcome} />
              </p>
            )}
            {pointsFor(settings, example.outcome, example.answers).length === 0 &&
              !settings.policyUrl &&
              !escalationFor(settings, example.outcome) && (
                <p className="text-muted">{T.firmPreview.none}</p>
              )}
          </div>
        )}
      </div>
    </TitledSection>
  );
}
