import { SPAM_SIGNS, SPAM_SIGNS_TITLE } from '../../content/questions';
import { HelpList } from './HelpList';

export function SpamSigns() {
  return <HelpList title={SPAM_SIGNS_TITLE} lines={SPAM_SIGNS} />;
}
