import { LINK_PROBLEMS } from '../content/link';
import type { LinkProblem } from './link';

/** A link's problem in words a reader can act on (plain text: nothing from the link itself). */
export function problemText(problem: LinkProblem): string {
  switch (problem.kind) {
    case 'repeated':
      return LINK_PROBLEMS.repeated(problem.part);
    case 'unknownAnswer':
    case 'repeatedAnswer':
    case 'notAlone':
      return LINK_PROBLEMS[problem.kind](problem.key);
    default:
      return LINK_PROBLEMS[problem.kind];
  }
}
