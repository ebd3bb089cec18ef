import type { BodyContent, CautionId } from '../../content/types';
import type { Answers, OutcomeId } from '../../decision/steps';
import type { RecordSource } from '../../share/summary';

type Guidance = typeof import('../../content/guidance');

/**
 * The sources an outcome cites, for the record (copy as text, print): the reader's body's
 * guidance, the rules behind a red flag, and the cautions shown. Each once, in that order.
 */
export function recordSources(
  guidance: Guidance,
  body: BodyContent | undefined,
  outcome: OutcomeId,
  answers: Answers,
  cautions: readonly CautionId[],
): RecordSource[] {
  const { RED_FLAGS, CAUTIONS } = guidance;
  const flag = answers.matter && answers.matter !== 'none' ? answers.matter : undefined;
  const points = [
    ...(body?.points ?? []),
    ...(outcome === 'dont-connect' && flag
      ? [
          ...(body?.redFlags[flag] ? [body.redFlags[flag]] : []),
          ...RED_FLAGS[flag].sources,
          ...(RED_FLAGS[flag].court?.sources ?? []),
          ...(RED_FLAGS[flag].judge?.sources ?? []),
        ]
      : []),
    ...cautions.flatMap((id) => CAUTIONS[id].sources),
  ];
  const seen = new Set<string>();
  return points.flatMap((p) => {
    const key = `${p.source}|${p.url ?? ''}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [
      p.url ? { source: p.source, date: p.date, url: p.url } : { source: p.source, date: p.date },
    ];
  });
}
