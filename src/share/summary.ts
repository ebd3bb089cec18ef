import { RECORD_TEXT } from '../content/changes';
import { answerLabel, questionFor } from '../content/questions';
import { outcomeWords, reasonsFor } from '../content/reasons';
import { labelled, OUTCOME_UI, SITE } from '../content/site';
import { ANSWER_KEYS, type Answers, type OutcomeId } from '../decision/steps';

/** A source the outcome cites, as the record writes it out. */
export interface RecordSource {
  source: string;
  date: string;
  url?: string;
}

/**
 * What the record holds besides the decision itself. The caller gathers it, as the cited
 * guidance and the firm's file are loaded apart from this code.
 */
export interface RecordExtras {
  /** YYYY-MM-DD: the day the decision was made (a shared link's `made`, or today). */
  made: string;
  /** What the outcome shows unfolded besides its steps, section by section. */
  sections?: readonly { title: string; lines: readonly string[] }[];
  sources?: readonly RecordSource[];
  /** YYYY-MM-DD: when our summaries of the bodies' guidance were last reviewed. */
  lastReviewed?: string;
  /** The firm's part (firmRecordLines): its name, its file's date, the points that apply. */
  firmLines?: readonly string[];
}

/** One line per answer given, in the order asked: "- Their invitation: A sales pitch". */
export function answerLines(answers: Answers): string[] {
  return ANSWER_KEYS.flatMap((key) => {
    const value = answers[key];
    if (value === undefined) return [];
    const values = ([] as string[]).concat(value);
    return [
      `- ${labelled(questionFor(key).summaryLabel)} ${values.map((v) => answerLabel(key, v)).join(', ')}`,
    ];
  });
}

/**
 * The decision as plain text, ready to paste into an email or a Teams message or to keep on
 * file: the date, the recommendation and its reasons, what the outcome shows unfolded (whom
 * to tell now, the rule behind it…), what to do next, the answers, the sources of what it shows, the firm's part, the link and the not-legal-advice line.
 */
export function summaryText(
  outcome: OutcomeId,
  answers: Answers,
  link: string,
  extras: RecordExtras,
): string {
  const content = outcomeWords(outcome, answers);
  const lines = answerLines(answers);
  const sources = extras.sources ?? [];
  const cited = [
    ...sources.map((s) => `- ${RECORD_TEXT.source(s.source, s.date, s.url)}`),
    ...(extras.lastReviewed ? [OUTCOME_UI.lastReviewed(extras.lastReviewed)] : []),
  ];
  const firm = extras.firmLines ?? [];
  return [
    `${SITE.name} ${content.title}.`,
    content.summary,
    RECORD_TEXT.madeOn(extras.made),
    '',
    labelled(OUTCOME_UI.reasons),
    ...reasonsFor(answers).map((line) => `- ${line}`),
    ...(extras.sections ?? []).flatMap((s) => [
      '',
      labelled(s.title),
      ...s.lines.map((l) => `- ${l}`),
    ]),
    '',
    labelled(OUTCOME_UI.nextSteps),
    ...content.nextSteps.map((line, i) => `${i + 1}. ${line}`),
    '',
    labelled(OUTCOME_UI.yourAnswers),
    ...lines,
    ...(cited.length > 0 ? ['', labelled(OUTCOME_UI.sources), ...cited] : []),
    ...(firm.length > 0 ? ['', ...firm] : []),
    '',
    `${labelled(OUTCOME_UI.shareLabel)} ${link}`,
    '',
    SITE.disclaimer,
  ].join('\n');
}
