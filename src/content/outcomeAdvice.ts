import type { Answers, OutcomeId, RedFlag } from '../decision/steps';
import { RECORD_TEXT } from './changes';
import { MESSAGE_TEMPLATES, NOTE_UI } from './message';
import { applies } from '../decision/when';
import {
  acceptTips,
  CHECK_RULES_THEN,
  CHECK_RULES_WHOM,
  checkRulesThen,
  IGNORE_IS_DISCREET,
  SPAM_FOOTNOTE,
} from './outcomes';
import { SPAM_SIGNS, SPAM_SIGNS_TITLE } from './questions';
import { ESCALATION, LOOK_UP, RED_FLAGS, RESTRICTED, type Elsewhere } from './redFlags';
import { labelled, OUTCOME_UI } from './site';
import type { BodyContent, Helpline, Link, SourcedPoint } from './types';

/**
 * What an outcome shows unfolded, as data: the screen renders it and the record (copy as text,
 * print) writes it out, so the two cannot drift, and the record lists the sources of exactly
 * what it shows.
 */

/** One line of "Whom to tell now", in order: evidence, whom to tell, the court, Ignore, the file. */
export interface TellLine {
  text: string;
  /** The rules behind the line (a juror's court line), each with its source. */
  points?: SourcedPoint[];
  helplines?: Helpline[];
  link?: Link;
  /** The firm's named contact goes here (its words come with the firm's file). */
  firm?: true;
  /** Something the reader does themselves (keep a copy, Ignore, a note on the file): not news
   * for the people they tell. */
  own?: true;
}

export interface RedFlagAdvice {
  flag: RedFlag;
  tell: TellLine[];
  /** Juror and witness: don't open their profile (LOOK_UP). */
  lookUp: boolean;
  /** The reader's own rules, unfolded. */
  own: SourcedPoint[];
  /** In place of `own` when we hold none of the reader's rules on this. */
  ownNote?: string;
  suggestion: string;
  /** Other jurisdictions' rules, minus anything shown above: folded and labelled. */
  elsewhere: Elsewhere[];
}

/** The reader's own body's content: undefined for `other`, `none` and a body never asked. */
export function redFlagAdvice(
  flag: RedFlag,
  answers: Answers,
  body: BodyContent | undefined,
  firmContact: boolean,
): RedFlagAdvice {
  const red = RED_FLAGS[flag];
  const regulated = answers.body !== 'none';
  const juror = flag === 'juror';
  const lookUp = juror || flag === 'witness';
  const court = body?.court;
  const tell: TellLine[] = [
    {
      text: lookUp ? `${ESCALATION.keepCopy} ${ESCALATION.keepCopyNoProfile}` : ESCALATION.keepCopy,
      own: true,
    },
    {
      text: regulated
        ? juror
          ? ESCALATION.supervisorJuror
          : ESCALATION.supervisor
        : juror
          ? ESCALATION.notRegulatedJuror
          : ESCALATION.notRegulated,
    },
    ...(firmContact ? [{ text: '', firm: true as const }] : []),
    ...(juror ? courtLines(regulated, court) : []),
    ...(body && body.helplines.length > 0
      ? [{ text: ESCALATION.helpline, helplines: body.helplines }]
      : []),
    ...(body?.guidance ? [{ text: '', link: body.guidance }] : []),
    { text: ESCALATION.ignoreThen, own: true },
    { text: ESCALATION.note, own: true },
  ];
  const own = body?.redFlags[flag] ?? [];
  const shown = new Set<SourcedPoint>([
    ...own,
    ...(juror ? (court?.sources ?? []) : []),
    ...(lookUp ? [...LOOK_UP.views, LOOK_UP.linkedIn] : []),
  ]);
  return {
    flag,
    tell,
    lookUp,
    own,
    ownNote:
      own.length > 0
        ? undefined
        : !regulated
          ? OUTCOME_UI.noRuleUnregulated
          : answers.body === undefined
            ? OUTCOME_UI.noBodyAsked
            : red.notReviewed,
    suggestion: red.suggestion,
    elsewhere: red.elsewhere
      .map((g) => ({ where: g.where, points: g.points.filter((p) => !shown.has(p)) }))
      .filter((g) => g.points.length > 0),
  };
}

/** A juror: the lawyer running the trial decides; a duty only where the research verifies one. */
function courtLines(regulated: boolean, court: BodyContent['court']): TellLine[] {
  if (!regulated) return [{ text: ESCALATION.courtDecides }];
  if (court?.must)
    return [
      { text: ESCALATION.courtDecides },
      { text: ESCALATION.courtMust, points: court.sources },
    ];
  return [
    { text: ESCALATION.courtDecides },
    { text: ESCALATION.courtConsider },
    ...(court && court.sources.length > 0
      ? [{ text: ESCALATION.courtFacts, points: court.sources }]
      : []),
  ];
}

/** A section of the record: a heading and its lines, as the outcome shows them unfolded. */
export interface RecordSection {
  title: string;
  lines: string[];
}

export interface OutcomeRecord {
  sections: RecordSection[];
  /** The sources of what the sections show, each once. */
  sources: SourcedPoint[];
}

/** How the record writes a link: in full in copied text; on paper, where the sources line
 * follows, without its address. */
interface RecordStyle {
  urls: boolean;
}

const pointLine = (p: SourcedPoint, style: RecordStyle) =>
  `${p.text} (${labelled(OUTCOME_UI.source)} ${RECORD_TEXT.source(p.source, p.date, style.urls ? p.url : undefined)})`;

const helplineText = (h: Helpline, style: RecordStyle) =>
  [
    h.label,
    h.phone && `(${OUTCOME_UI.phone(h.phone)})`,
    h.email && `(${h.email})`,
    style.urls && h.url && h.url,
    h.note,
  ]
    .filter(Boolean)
    .join(' ');

const linkText = (l: Link, style: RecordStyle) =>
  style.urls ? `${labelled(l.label)} ${l.url}` : l.label;

/** What the body's guidance box shows unfolded (position, guidance page, helplines). */
function bodyBox(
  body: BodyContent | undefined,
  helplines: boolean,
  style: RecordStyle,
): { lines: string[]; points: SourcedPoint[] } {
  if (!body) return { lines: [], points: [] };
  return {
    lines: [
      ...(body.position ? [`${OUTCOME_UI.position} ${pointLine(body.position, style)}`] : []),
      ...(body.guidance ? [linkText(body.guidance, style)] : []),
      ...(helplines ? body.helplines.map((h) => helplineText(h, style)) : []),
    ],
    points: body.position ? [body.position] : [],
  };
}

/**
 * The record of an outcome: every section it shows unfolded, in order, and the sources of
 * those alone. `firmLine` is the firm's named contact as text, where a firm file names one.
 */
export function outcomeRecord(
  outcome: OutcomeId,
  answers: Answers,
  body: BodyContent | undefined,
  firmLine?: string,
  style: RecordStyle = { urls: true },
): OutcomeRecord {
  const flag = answers.matter && answers.matter !== 'none' ? answers.matter : undefined;
  const sections: RecordSection[] = [];
  const sources: SourcedPoint[] = [];
  const guidanceSection = (helplines = true) => {
    const box = bodyBox(body, helplines, style);
    if (box.lines.length === 0) return;
    sections.push({
      title: `${labelled(OUTCOME_UI.guidance)} ${body?.regulator ?? ''}`,
      lines: box.lines,
    });
    sources.push(...box.points);
  };
  const discreet = () =>
    sections.push({ title: IGNORE_IS_DISCREET.question, lines: [IGNORE_IS_DISCREET.answer] });

  if (outcome === 'accept') {
    const noPitch = (body?.cautions ?? []).some(
      (c) => c.noPitch && applies(c.when, answers, 'accept'),
    );
    const tips = acceptTips(answers.objectives ?? [], noPitch);
    if (tips.length > 0) sections.push({ title: OUTCOME_UI.tip, lines: tips });
  } else if (outcome === 'ignore') discreet();
  else if (outcome === 'report-spam') {
    sections.push({ title: SPAM_SIGNS_TITLE, lines: [...SPAM_SIGNS, SPAM_FOOTNOTE] });
  } else if (outcome === 'wait') {
    const first = (answers.objectives ?? []).find((o) => o !== 'known-only') ?? 'default';
    sections.push({ title: NOTE_UI.messageToSend, lines: [MESSAGE_TEMPLATES[first]] });
  } else if (outcome === 'check-rules') {
    const later = CHECK_RULES_THEN[checkRulesThen(answers)];
    sections.push({
      title: later.title,
      lines: [later.summary, ...later.nextSteps.map((s, i) => `${i + 1}. ${s}`)],
    });
    const helplines = body?.helplines ?? [];
    sections.push({
      title: CHECK_RULES_WHOM.title,
      lines: [
        CHECK_RULES_WHOM.firmFirst,
        ...(helplines.length > 0
          ? [CHECK_RULES_WHOM.helpline, ...helplines.map((h) => helplineText(h, style))]
          : [CHECK_RULES_WHOM.noHelpline]),
      ],
    });
    guidanceSection(false);
  } else if (!flag) {
    sections.push({ title: OUTCOME_UI.ruleBehind, lines: [RESTRICTED.reason, RESTRICTED.rule] });
    guidanceSection();
    discreet();
  } else {
    const advice = redFlagAdvice(flag, answers, body, firmLine !== undefined);
    sections.push({
      title: OUTCOME_UI.whomToTell,
      lines: advice.tell.flatMap((line) => {
        if (line.firm) return firmLine ? [firmLine] : [];
        if (line.link) return [linkText(line.link, style)];
        sources.push(...(line.points ?? []));
        return [
          [line.text, ...(line.helplines ?? []).map((h) => helplineText(h, style))].join(' '),
          ...(line.points ?? []).map((p) => pointLine(p, style)),
        ];
      }),
    });
    if (advice.lookUp) {
      const points = [...LOOK_UP.views, LOOK_UP.linkedIn];
      sections.push({
        title: LOOK_UP.title,
        lines: [LOOK_UP.text, ...points.map((p) => pointLine(p, style))],
      });
      sources.push(...points);
    }
    sections.push({
      title: OUTCOME_UI.ruleBehind,
      lines: [
        ...(advice.ownNote ? [advice.ownNote] : advice.own.map((p) => pointLine(p, style))),
        `${labelled(OUTCOME_UI.ourSuggestion)} ${advice.suggestion}`,
      ],
    });
    sources.push(...advice.own);
  }
  return { sections, sources: [...new Set(sources)] };
}
