// Only a damaged link shows these: its own module, in that screen's chunk.

export const INVALID_LINK = {
  title: 'This link is damaged or out of date',
  intro:
    'We could not open the decision in this link, so nothing from it has been used. What we found:',
  resume: 'Continue from the last valid step',
  startAgain: 'Start again',
} as const;
