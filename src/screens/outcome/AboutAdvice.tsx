import { Link } from 'react-router';
import { TitledSection } from '../../components/TitledSection';
import { ABOUT_ADVICE as T } from '../../content/advice';
import { ADVICE_AS_OF } from '../../content/changes';
import type { BodyId } from '../../decision/steps';
import type { FirmOnOutcome } from '../common/useFirmView';

/**
 * The version of the advice an outcome gives, a link to every source behind it (at the
 * reader's own body, where they named one we hold), and, from a firm's settings, who approved
 * the tool for the firm and whether the advice has changed since.
 */
export function AboutAdvice({ body, firm }: { body: BodyId | undefined; firm?: FirmOnOutcome }) {
  const known = body !== undefined && body !== 'none' && body !== 'other';
  return (
    <TitledSection id="about-advice-title" title={T.title} className="space-y-2">
      <p>
        {T.asOf(ADVICE_AS_OF)}{' '}
        <Link to={known ? `/sources?body=${body}` : '/sources'} className="no-print">
          {T.sources}
        </Link>
      </p>
      {firm && <firm.FirmApproval settings={firm.settings} />}
    </TitledSection>
  );
}
