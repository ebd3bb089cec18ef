import type { BodyCaution, SourcedPoint } from '../../../types';

/**
 * The caution for a state whose rule bans live or interactive solicitation (Texas, New York,
 * California): on accept and wait, when winning work is one of the objectives.
 */
export function solicitationCaution(
  id: string,
  title: string,
  rule: string,
  sources: SourcedPoint[],
): BodyCaution {
  return {
    id,
    when: { outcome: ['accept', 'wait'], objectives: ['clients'] },
    title,
    rule,
    suggestion: 'Ne lui offrez pas vos services par message ou en clavardage sur LinkedIn.',
    sources,
    noPitch: true,
  };
}
