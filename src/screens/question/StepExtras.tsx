import type { Answers, StepId } from '../../decision/steps';
import { BodyGuidance } from '../common/BodyGuidance';
import { LookUp } from '../common/LookUp';
import { LookFor } from './LookFor';
import { MessageNoteHere } from '../common/LazyMessageNote';
import { SpamSigns } from '../common/SpamSigns';

/** The help a step shows before its answers. */
export function StepExtras({ step, answers }: { step: StepId; answers: Answers }) {
  switch (step) {
    case 'profile':
      return <LookFor objectives={answers.objectives ?? []} />;
    case 'message':
      return <MessageNoteHere objectives={answers.objectives ?? []} withHowTo />;
    case 'spamCheck':
      return <SpamSigns />;
    default:
      return null;
  }
}

/**
 * The help a step shows after its answers: the rules question's guidance is long, and a
 * phone must show the answers first; the matter question's "why not look them up" is folded.
 */
export function StepExtrasAfter({ step, answers }: { step: StepId; answers: Answers }) {
  if (step === 'rules' && answers.body) return <BodyGuidance body={answers.body} folded />;
  if (step === 'matter') return <LookUp folded />;
  return null;
}
