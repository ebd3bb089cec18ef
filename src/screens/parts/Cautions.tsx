import { use } from 'react';
import { loadGuidance } from '../../content/loadGuidance';
import { OUTCOME_UI } from '../../content/site';
import type { CautionId } from '../../content/types';
import { SourceList } from './SourceList';

/** The conduct cautions that fit the answers, each with its sources folded away. */
export function Cautions({ ids }: { ids: CautionId[] }) {
  const { CAUTIONS } = use(loadGuidance());
  if (ids.length === 0) return null;
  return (
    <section aria-labelledby="cautions-title" className="space-y-3" data-print="skip">
      <h2 id="cautions-title" className="text-xl font-bold">
        {OUTCOME_UI.cautions}
      </h2>
      {ids.map((id) => (
        <div key={id} className="card space-y-2">
          <h3 className="font-bold">{CAUTIONS[id].title}</h3>
          <p>{CAUTIONS[id].text}</p>
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
    </section>
  );
}
