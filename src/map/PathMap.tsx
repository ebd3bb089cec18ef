import { useMemo } from 'react';
import { Link } from 'react-router';
import { MAP_UI } from '../content/map';
import { answerLabel } from '../content/questions';
import { decisionMachine } from '../decision/machine';
import { STEP_IDS, STEPS, type Answers, type StepId } from '../decision/steps';
import { useMode } from '../hooks/mode';
import { useMedia } from '../hooks/useMedia';
import { DecisionMap } from './DecisionMap';
import { centreOf, MapScroll } from './MapScroll';
import { DECISION_GRAPH, DECISION_MAP } from 'virtual:decision-map';
import { columnLayout } from './column';
import { subgraph, type MapPath } from './graph';
import { nodeName } from './labels';
import { mapModel, type MapModel } from './model';
import { pathThrough } from './path';
import { TitledSection } from '../components/TitledSection';

const START_X = centreOf(
  DECISION_MAP.layout.nodes,
  DECISION_GRAPH.nodes.find((n) => n.initial)?.id,
);

interface PathContext {
  answers: Answers;
  fixed: Answers;
}

/** Where the whole map gives way to the path alone (styles.css: `.map-narrow-only`). */
const NARROW = '(max-width: 40rem)';

/** The user's path, as the machine takes it when their answers are replayed. */
export function decisionPath(context: PathContext): MapPath {
  return pathThrough(decisionMachine, context.answers, context.fixed);
}

const isStep = (id: string): id is StepId => (STEP_IDS as string[]).includes(id);

/** One line per step passed: the question and the answer given; then the outcome. */
export function pathSteps(context: PathContext, path: MapPath) {
  const outcome = path.nodes[path.nodes.length - 1] ?? '';
  const steps = path.nodes.slice(0, -1).map((id) => {
    const key = isStep(id) ? STEPS[id].key : undefined;
    const value = key ? context.answers[key] : undefined;
    const values = value === undefined ? [] : Array.isArray(value) ? value : [String(value)];
    return {
      id,
      name: nodeName(id),
      answer: key ? values.map((v) => answerLabel(key, v)).join(', ') : '',
    };
  });
  return { steps, outcome: nodeName(outcome) };
}

/** The path, its steps in words and the description the maps give screen readers. */
function pathView({ answers, fixed }: PathContext) {
  const path = decisionPath({ answers, fixed });
  const { steps, outcome } = pathSteps({ answers, fixed }, path);
  const desc = MAP_UI.pathDesc(
    steps.map((s) => (s.answer ? `${s.name} ${s.answer}` : s.name)),
    outcome,
  );
  return { path, steps, outcome, desc };
}

type PathView = ReturnType<typeof pathView>;

/**
 * "How we got here" on the outcome screen: the path on the map (on a phone, the path alone),
 * in words, and beside the text on paper.
 */
export default function HowWeGotHere({ answers, fixed }: PathContext) {
  const view = useMemo(() => pathView({ answers, fixed }), [answers, fixed]);
  const { path, steps, outcome } = view;
  const { embed } = useMode();
  // Only the one the stylesheet shows is built: the whole map is hundreds of elements a
  // phone would lay out and never show.
  const narrow = useMedia(NARROW);
  return (
    <>
      <PrintedPath view={view} />
      <TitledSection
        id="path-title"
        title={MAP_UI.pathTitle}
        className="no-print space-y-3"
        data-path-map
      >
        <details data-path-fold>
          <summary className="cursor-pointer font-semibold">{MAP_UI.pathShow}</summary>
          <p className="mt-2 text-muted">{MAP_UI.pathIntro}</p>
          {/* A screen wide enough shows the whole map with the path highlighted; a phone, the
          path alone (readable without scrolling), with the whole map a link away. */}
          {narrow ? (
            <div className="map-narrow-only">
              <PathChain view={view} />
            </div>
          ) : (
            <MapScroll label={MAP_UI.mapRegion} startX={START_X} className="map-wide-only">
              <DecisionMap
                model={DECISION_MAP}
                path={path}
                title={MAP_UI.pathSvgTitle}
                desc={view.desc}
              />
            </MapScroll>
          )}
          <h3 className="font-bold">{MAP_UI.pathListTitle}</h3>
          <ol className="list-decimal space-y-1 pl-5" data-path-list>
            {steps.map((s) => (
              <li key={s.id} data-step={s.id}>
                <span className="font-semibold">{s.name}</span>{' '}
                {s.answer && MAP_UI.pathAnswered(s.answer)}
              </li>
            ))}
            <li data-step="outcome">
              <span className="font-semibold">{MAP_UI.pathOutcome(outcome)}</span>
            </li>
          </ol>
        </details>
        <p>
          {embed ? (
            <a href={mainAppUrl('#/how-it-works')} target="_blank" rel="noopener noreferrer">
              {MAP_UI.howItWorksLink}
            </a>
          ) : (
            <Link to="/how-it-works">{MAP_UI.howItWorksLink}</Link>
          )}
        </p>
      </TitledSection>
    </>
  );
}

const chainModel = (path: MapPath, answers: string[]): MapModel =>
  mapModel(
    subgraph(DECISION_GRAPH, path),
    columnLayout,
    new Map(path.edges.map((e, i) => [e, answers[i] ?? ''])),
  );

/**
 * Only the path, as a narrow column of boxes, each arrow labelled with the answer given
 * (not the machine's condition): for phones and for paper, where the whole map would be too
 * small to read.
 */
function PathChain({ view }: { view: PathView }) {
  const model = useMemo(
    () =>
      chainModel(
        view.path,
        view.steps.map((s) => s.answer),
      ),
    [view],
  );
  return (
    <DecisionMap
      model={model}
      path={view.path}
      title={MAP_UI.pathPrintTitle}
      desc={view.desc}
      className="map-chain"
    />
  );
}

/** For paper only: the path, beside the text (placed by map.css). */
function PrintedPath({ view }: { view: PathView }) {
  return (
    <aside className="print-only map-print" aria-labelledby="print-path-title">
      <h2 id="print-path-title" className="font-bold">
        {MAP_UI.pathPrintTitle}
      </h2>
      <PathChain view={view} />
    </aside>
  );
}

function mainAppUrl(hash: string): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname.replace(/embed\.html$/, '')}${hash}`;
}
