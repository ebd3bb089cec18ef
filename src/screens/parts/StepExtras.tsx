import type { Answers, StepId } from '../../decision/steps';
import { BodyGuidance } from './BodyGuidance';
import { LookFor } from './LookFor';
import { MessageNoteHere } from './LazyMessageNote';
import { SpamSigns } from './SpamSigns';

/** The help a step shows beside its question. */
export function StepExtras({ step, answers }: { step: StepId; answers: Answers }) {
  switch (step) {
    case 'rules':
      return answers.body ? <BodyGuidance body={answers.body} /> : null;
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
