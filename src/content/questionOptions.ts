import {
  STEPS,
  stepFor,
  type AnswerId,
  type AnswerKey,
  type RegulatorId,
  type StepId,
} from '../decision/steps';
import { BODY_REGIONS } from './bodyRegions';
import type { Region } from './types';

/**
 * How the words of the steps are read (which answers, in which groups, with which label): the
 * same in every language, so each language's questions.ts (src/content/questions.ts,
 * src/content/fr/questions.ts) builds its readers here from its own words.
 */

export interface OptionWords {
  label: string;
  hint?: string;
}

export interface QuestionContent {
  /** The question itself: the fieldset's legend and the page heading. */
  title: string;
  hint: string;
  options: Record<string, OptionWords>;
  /** Shown in the error summary when Continue is pressed with nothing chosen. */
  error: string;
  /** Short name of the answer on "Check your answers". */
  summaryLabel: string;
}

/** A step's words, with words for every one of its answer ids. */
export type QuestionFor<S extends StepId> = QuestionContent & {
  options: Record<AnswerId<(typeof STEPS)[S]['key']>, OptionWords>;
};

export interface OptionGroup {
  /** The group's name (a country), or none for answers that stand on their own. */
  legend?: string;
  /** Folded until the reader opens it: another country's bodies. */
  folded?: boolean;
  options: ({ value: string } & OptionWords)[];
}

interface BodyNames {
  readonly [id: string]: { readonly label: string; readonly regulator: string };
}

/** The body question's answers: each regulator's name, with who it is as the hint. */
export const bodyOptions = (bodies: BodyNames) =>
  Object.fromEntries(
    Object.entries(bodies).map(([id, b]) => [id, { label: b.label, hint: b.regulator }]),
  ) as Record<RegulatorId, OptionWords>;

/** The readers of one language's questions and countries. */
export function questionReaders(
  questions: Record<StepId, QuestionContent>,
  regions: Readonly<Record<Region, string>>,
) {
  const questionFor = (key: AnswerKey): QuestionContent => questions[stepFor(key)];

  /** A step's options in the order the table declares them, with their words. */
  function optionsFor(step: StepId): ({ value: string } & OptionWords)[] {
    const words = questions[step].options;
    return STEPS[step].values.map((value) => ({ value, ...words[value]! }));
  }

  /** The label of one answer id, as the reader saw it. */
  function answerLabel(key: AnswerKey, value: string): string {
    return questionFor(key).options[value]?.label ?? value;
  }

  /**
   * A step's options as they are shown; every step but the body question in one group. The
   * bodies are grouped by where they regulate: the reader's own country first, then "another
   * body" and "not regulated", then each other country folded (in the order of the regions).
   * Where the reader's country is not known, every country is folded, before the two others.
   */
  function optionGroups(step: StepId, first?: Region): OptionGroup[] {
    const options = optionsFor(step);
    if (step !== 'body') return [{ options }];
    const regionOf = (value: string) => BODY_REGIONS[value as RegulatorId];
    const countries = (Object.entries(regions) as [Region, string][]).map(([region, legend]) => ({
      region,
      legend,
      options: options.filter((o) => regionOf(o.value) === region),
    }));
    const own = countries.filter((c) => c.region === first);
    const others = countries
      .filter((c) => c.region !== first)
      .map(({ legend, options }) => ({ legend, options, folded: true }));
    const rest = { options: options.filter((o) => regionOf(o.value) === undefined) };
    const groups: OptionGroup[] = own.length > 0 ? [...own, rest, ...others] : [...others, rest];
    return groups
      .map(({ legend, options, folded }) => ({
        ...(legend ? { legend } : {}),
        ...(folded ? { folded } : {}),
        options,
      }))
      .filter((group) => group.options.length > 0);
  }

  return { questionFor, optionsFor, answerLabel, optionGroups };
}
