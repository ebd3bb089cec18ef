/**
 * Words for the decision map (src/map/). The map's shape comes from the machine; only the
 * names of its boxes, the wording of its named conditions and the page around it live here.
 * A state or guard with no entry here still appears, under a name made from its id.
 */

/** Short names for the map's boxes: a step as a short question, an outcome as a verb. */
export const MAP_NODE_NAMES: Record<string, string> = {
  objectives: 'What do you use LinkedIn for?',
  body: 'Who regulates your profession?',
  rules: 'Do your rules let you connect?',
  matter: 'Connected to one of your matters?',
  invite: 'What does their invitation say?',
  profile: 'Do they fit, from their profile?',
  message: 'Did they reply to your note?',
  spamCheck: 'Is this a true spammer?',
  accept: 'Accept',
  ignore: 'Ignore',
  'report-spam': 'Report as spam, then ignore',
  wait: 'Wait for their reply',
  'check-rules': 'Check your rules first',
  'dont-connect': 'Don’t connect',
};

/**
 * The machine's named conditions (guards), in words. Answers checked with `answerIs` are
 * labelled with the option labels the user sees, so they need nothing here.
 */
export const MAP_GUARD_LABELS: Record<string, string> = {
  isKnownOnly: 'Only people I already know',
  isNotRegulated: 'Not regulated',
  hasConductRedFlag: 'Linked to one of your matters',
  knowsOnlyPeopleTheyMet: 'You connect only with people you know',
  rulesRestrictIt: 'Your rules restrict it',
  rulesUnsure: 'Not sure of your rules',
};

export const MAP_UI = {
  /** An answer check that takes any answer: the only way on. */
  anyAnswer: 'Any answer',
  /** An answer check that takes any answer not taken by the conditions before it. */
  otherwise: 'Any other answer',
  /** A transition without a condition. */
  always: 'Always',
  or: ' or ',
  and: ', and ',
  not: (label: string) => `Not: ${label}`,

  /** On the outcome screen. */
  pathTitle: 'How we got here',
  pathShow: 'Show your path through the decision',
  pathIntro:
    'The whole decision, with the questions you answered, your answers and the recommendation highlighted.',
  pathSvgTitle: 'Map of the decision, with your path highlighted',
  pathDesc: (steps: string[], outcome: string) =>
    `The decision as a flow chart from top to bottom. Your path: ${steps.join(', then ')}, leading to “${outcome}”. Other questions and outcomes are dimmed. The same path is listed below the map.`,
  pathListTitle: 'Your path, step by step',
  pathAnswered: (answer: string) => `You answered: ${answer}`,
  pathOutcome: (outcome: string) => `Recommendation: ${outcome}`,
  pathPrintTitle: 'Your path through the decision',
  scrollHint: 'Scroll sideways to see the whole map.',
  mapRegion: 'Decision map',
  howItWorksLink: 'See how the whole decision works',

  /** The how-it-works page. */
  title: 'How the decision works',
  intro: [
    'Each question you answer leads either to the next question or to a recommendation. The map below shows every question, every answer and where it leads.',
    'It is drawn from the same logic the tool runs on, so it always matches what the tool does. Where a question has several ways out, “Each step” below lists them in the order they are checked: the first that fits your answers is taken.',
  ],
  fullSvgTitle: 'Map of the whole decision',
  fullDesc: (steps: number, outcomes: number) =>
    `A flow chart from top to bottom with ${steps} questions and ${outcomes} recommendations. Each arrow is labelled with the answer that takes it. The same information is listed in “Each step” below the map.`,
  stepsTitle: 'Each step',
  leadsTo: 'Answers and where they lead',
  recommendation: 'Recommendation',
  outcomesTitle: 'The recommendations',
  sourcesTitle: 'Where the advice comes from',
  articleCredit:
    'The questions about your objectives, the invitation, their profile, asking why and ignoring versus reporting spam follow an article by Kirsten Hodgson, legal-marketing consultant: “What’s the etiquette when someone you don’t know invites you to connect on LinkedIn?”. We give her advice in our own words.',
  rulesCredit:
    'The questions about your professional body, your rules and your matters come from professional-conduct rules and guidance. We state only points we have checked against the body’s own publication or a reliable secondary source, each with its source and date, shown on the screens where they apply.',
  bodiesTitle: 'Professional bodies’ guidance',
  lastReviewed: (date: string) => `Last reviewed ${date}.`,
  start: 'Start the decision',
} as const;

/** A short explanation of each step, shown beside the full map on the how-it-works page. */
export const MAP_STEP_EXPLANATIONS: Record<string, string> = {
  objectives:
    'Whether a stranger is worth knowing depends on what you use LinkedIn for. If you only connect with people you know, we still ask whether they are linked to your matters, since that may need reporting.',
  body: 'Professional bodies have their own rules about contact and publicity. If you are not regulated, we skip the question about rules.',
  rules:
    'Some bodies’ rules or guidance limit contact with people you have not met. If they restrict it, that decides it once we know the person is not linked to your matters. If you are not sure, we go on: ignoring or reporting needs no permission, and where the answer would be to connect or write to them, we tell you to check first and what we would recommend once your rules allow it.',
  matter:
    'Conduct rules limit contact with the other side, jurors, witnesses and judges. A link to a matter you or your firm handle, or to a judge you appear before, means don’t connect.',
  invite:
    'A personal note with a reason is a good sign. LinkedIn’s standard text isn’t held against them. Anything suspicious goes straight to the spam check.',
  profile:
    'Their profile tells you whether they fit why you are on LinkedIn. If you can’t tell, ask them before you decide.',
  message:
    'LinkedIn usually lets you reply to an invitation without accepting it. A genuine reason means accept; silence or a sales pitch means ignore; no reply yet means wait.',
  spamCheck:
    'LinkedIn’s report option is for true spam: fake identities, scams and mass selling. Anyone else who doesn’t fit is simply ignored.',
};
