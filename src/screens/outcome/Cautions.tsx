import { TitledSection } from '../../components/TitledSection';
import { cautionsFor } from '../../content/reasons';
import { labelled, OUTCOME_UI } from '../../content/site';
import type { SourcedPoint } from '../../content/types';
import type { Answers, OutcomeId } from '../../decision/steps';
import { SourceList } from '../common/SourceList';
import { applies } from '../../decision/when';
import { useBody } from '../common/useBody';
import { useGuidance } from '../common/useGuidance';

interface CautionView {
  id: string;
  title: string;
  rule?: string;
  suggestion?: string;
  sources: SourcedPoint[];
}

/**
 * The conduct cautions that fit the answers, and those the reader's own body calls for: what
 * the rules say (sources folded away) apart from our own suggestion, labelled as ours.
 */
export function Cautions({ outcome, answers }: { outcome: OutcomeId; answers: Answers }) {
  const guidance = useGuidance();
  const body = useBody(answers.body);
  if (!guidance) return null;
  const shown: CautionView[] = [
    ...(body?.cautions ?? []).filter((c) => applies(c.when, answers, outcome)),
    ...cautionsFor(outcome, answers).map((id) => guidance.CAUTIONS[id]),
  ];
  if (shown.length === 0) return null;
  return (
    <TitledSection
      id="cautions-title"
      title={OUTCOME_UI.cautions}
      className="space-y-3"
      data-print="skip"
    >
      {shown.map((c) => (
        <details key={c.id} className="card space-y-2" data-caution={c.id}>
          <summary className="cursor-pointer font-bold">{c.title}</summary>
          {c.rule && <p>{c.rule}</p>}
          {c.suggestion && (
            <p>
              <strong>{labelled(OUTCOME_UI.ourSuggestion)}</strong> {c.suggestion}
            </p>
          )}
          {c.sources.length > 0 && (
            <details>
              <summary className="cursor-pointer text-sm font-semibold">
                {OUTCOME_UI.sources}
              </summary>
              <SourceList points={c.sources} />
            </details>
          )}
        </details>
      ))}
    </TitledSection>
  );
}
