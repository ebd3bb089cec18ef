import { Link } from 'react-router';
import { MAP_STEP_EXPLANATIONS, MAP_UI } from '../../content/map';
import { OUTCOME_CONTENT } from '../../content/outcomes';
import { labelled, SITE } from '../../content/site';
import { DecisionMap } from '../../map/DecisionMap';
import { DECISION_GRAPH, DECISION_MAP } from 'virtual:decision-map';
import { edgeLabel, nodeName } from '../../map/labels';
import { centreOf, MapScroll } from '../../map/MapScroll';
import { TitledSection } from '../../components/TitledSection';
import { useAllBodies } from '../common/useBody';
import { BODIES_LAST_REVIEWED } from '../../content/bodies/catalogue';

const steps = DECISION_GRAPH.nodes.filter((n) => n.kind === 'step');
const outcomes = DECISION_GRAPH.nodes.filter((n) => n.kind === 'outcome');
const START_X = centreOf(
  DECISION_MAP.layout.nodes,
  DECISION_GRAPH.nodes.find((n) => n.initial)?.id,
);
const isOutcome = (id: string): id is keyof typeof OUTCOME_CONTENT =>
  Object.hasOwn(OUTCOME_CONTENT, id);

/**
 * `#/how-it-works`: the whole decision as a map, drawn from the machine, with each step
 * explained and where the advice comes from. The list under the map says in words what the
 * map shows, for screen readers and for anyone who prefers reading.
 */
export default function HowItWorksScreen() {
  return (
    <article className="space-y-8" data-page="how-it-works">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{MAP_UI.title}</h1>
        {MAP_UI.intro.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </header>

      <MapScroll label={MAP_UI.mapRegion} startX={START_X}>
        <DecisionMap
          model={DECISION_MAP}
          title={MAP_UI.fullSvgTitle}
          desc={MAP_UI.fullDesc(steps.length, outcomes.length)}
        />
      </MapScroll>
      <p className="text-sm text-muted sm:hidden">{MAP_UI.scrollHint}</p>

      <TitledSection id="steps-title" title={MAP_UI.stepsTitle} className="space-y-4">
        <ol className="space-y-5">
          {steps.map((step, i) => (
            <li key={step.id} className="space-y-1" data-step={step.id}>
              <h3 className="font-bold">
                {i + 1}. {nodeName(step.id)}
              </h3>
              {MAP_STEP_EXPLANATIONS[step.id] && <p>{MAP_STEP_EXPLANATIONS[step.id]}</p>}
              <p className="text-sm font-semibold text-muted">{MAP_UI.leadsTo}</p>
              <ul className="list-disc pl-5">
                {DECISION_GRAPH.edges
                  .filter((e) => e.from === step.id)
                  .map((e) => (
                    <li key={e.id}>
                      {edgeLabel(e)} → {targetName(e.to)}
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ol>
      </TitledSection>

      <TitledSection id="outcomes-title" title={MAP_UI.outcomesTitle} className="space-y-3">
        <dl className="space-y-3">
          {outcomes.map((o) => (
            <div key={o.id}>
              <dt className="font-semibold">
                {isOutcome(o.id) ? OUTCOME_CONTENT[o.id].title : nodeName(o.id)}
              </dt>
              {isOutcome(o.id) && <dd>{OUTCOME_CONTENT[o.id].summary}</dd>}
            </div>
          ))}
        </dl>
      </TitledSection>

      <TitledSection id="sources-title" title={MAP_UI.sourcesTitle} className="space-y-3">
        <p>{MAP_UI.articleCredit}</p>
        <p>{MAP_UI.rulesCredit}</p>
        <BodyGuidanceLinks />
        <p className="text-sm text-muted">{SITE.disclaimer}</p>
      </TitledSection>

      <p>
        <Link to="/decision?v=1" className="btn btn-primary" role="button">
          {MAP_UI.start}
        </Link>
      </p>
    </article>
  );
}

function targetName(id: string): string {
  const kind = DECISION_GRAPH.nodes.find((n) => n.id === id)?.kind;
  return kind === 'outcome' ? `${labelled(MAP_UI.recommendation)} ${nodeName(id)}` : nodeName(id);
}

/** Each professional body's own guidance page, from the sourced guidance chunk. */
function BodyGuidanceLinks() {
  const bodies = useAllBodies();
  if (!bodies) return null;
  return (
    <div className="space-y-2">
      <h3 className="font-bold">{MAP_UI.bodiesTitle}</h3>
      <ul className="list-disc space-y-1 pl-5">
        {bodies.map((b) => (
          <li key={b.id}>
            {b.label}
            {b.guidance && (
              <>
                {': '}
                <a href={b.guidance.url} target="_blank" rel="noopener noreferrer">
                  {b.guidance.label}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
      <p className="text-sm text-muted">{MAP_UI.lastReviewed(BODIES_LAST_REVIEWED)}</p>
    </div>
  );
}
