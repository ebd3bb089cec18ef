import { TitledSection } from '../../components/TitledSection';
import { ABOUT_ADVICE as T } from '../../content/advice';
import { ADVICE_AS_OF } from '../../content/changes';
import type { FirmOnOutcome } from '../common/useFirmView';

/**
 * The version of the advice an outcome gives, and, from a firm's settings, who approved the
 * tool for the firm and whether the advice has changed since.
 */
export function AboutAdvice({ firm }: { firm?: FirmOnOutcome }) {
  return (
    <TitledSection id="about-advice-title" title={T.title} className="space-y-2">
      <p>{T.asOf(ADVICE_AS_OF)}</p>
      {firm && <firm.FirmApproval pack={firm.pack} />}
    </TitledSection>
  );
}
