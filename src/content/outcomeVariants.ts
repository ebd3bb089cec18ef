import type { Answers, Objective, OutcomeId } from '../decision/steps';
import type { OutcomeContent } from './outcomes';

/**
 * Which variant of an outcome's words fits the answers: the same in every language, so each
 * language's outcomes.ts (src/content/outcomes.ts, src/content/fr/outcomes.ts) builds its
 * readers here from its own words.
 */

type Tipped = Exclude<Objective, 'known-only'>;

/**
 * Which recommendation `check-rules` holds back (spec: "check-rules (then: accept)" and
 * "(then: ask them why)"): the machine ends there from these two answers.
 */
export const checkRulesThen = (answers: Answers): 'accept' | 'ask-why' =>
  answers.profile === 'unclear' ? 'ask-why' : 'accept';

interface OutcomeWords {
  outcomes: Readonly<Record<OutcomeId, OutcomeContent>>;
  /** `accept` reached through the reply, not the profile. */
  acceptAfterReply: string;
  acceptTips: Readonly<Record<Tipped, string>>;
  /** The winning-work tip where the reader's rules bar pitching in messages or chat. */
  acceptTipNoPitch: string;
}

/** The readers of one language's outcome words. */
export function outcomeReaders(words: OutcomeWords) {
  /** The words for an outcome, in the variant that fits the answers that led to it. */
  function outcomeContent(outcome: OutcomeId, answers: Answers): OutcomeContent {
    const content = words.outcomes[outcome];
    // The reader couldn't tell from the profile, so "they fit" would contradict their answer.
    if (outcome === 'accept' && answers.reply === 'genuine')
      return { ...content, summary: words.acceptAfterReply };
    return content;
  }

  /** The accept tips for the objectives chosen, in their order (`noPitch`: see above). */
  function acceptTips(objectives: readonly Objective[], noPitch: boolean): string[] {
    return objectives.flatMap((o) =>
      o === 'known-only'
        ? []
        : [o === 'clients' && noPitch ? words.acceptTipNoPitch : words.acceptTips[o]],
    );
  }

  return { outcomeContent, acceptTips };
}
