import { OUTCOME_UI } from '../../content/site';
import type { CautionId } from '../../content/types';
import { SourceList } from './SourceList';
import { useGuidance } from './useGuidance';
import { TitledSection } from '../../components/TitledSection';

/** The conduct cautions that fit the answers, each with its sources folded away. */
export function Cautions({ ids }: { ids: CautionId[] }) {
  const guidance = useGuidance();
  if (ids.length === 0 || !guidance) return null;
  const { CAUTIONS } = guidance;
  return (
    <TitledSection
      id="cautions-title"
      title={OUTCOME_UI.cautions}
      className="space-y-3"
      data-print="skip"
    >
      {ids.map((id) => (
        <div key={id} className="card space-y-2">
          <h3 className="font-bold">{CAUTIONS[id].title}</h3>
          {CAUTIONS[id].rule && <p>{CAUTIONS[id].rule}</p>}
          {CAUTIONS[id].suggestion && (
            <p>
              <strong>{OUTCOME_UI.ourSuggestion}:</strong> {CAUTIONS[id].suggestion}
            </p>
          )}
          {CAUTIONS[id].sources.length > 0 && (
            <details>
              <summary className="cursor-pointer text-sm font-semibold">
                {OUTCOME_UI.sources}
              </summary>
              <SourceList points={CAUTIONS[id].sources} />
            </details>
          )}
        </div>
      ))}
    </TitledSection>
  );
}
