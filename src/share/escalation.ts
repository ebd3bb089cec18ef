import { ESCALATION_MESSAGE as T } from '../content/escalation';

/**
 * Mail programs (Outlook on Windows among them) drop or refuse a `mailto:` address much over
 * 2,000 characters: the whole address, and so the message, stays within this.
 */
export const MAX_MESSAGE = 1800;

/** A line cut shorter than this says too little to be worth keeping. */
const MIN_CUT = 24;

/**
 * What the message says, as text: its words come with it, so that the code that writes it
 * (a chunk of its own, loaded only on a red flag) needs none of the decision's copy.
 */
export interface EscalationInput {
  /** The recommendation, as the outcome's title. */
  title: string;
  /** Who the person is to the matter, as the answer reads ("They are a juror…"). */
  matter: string;
  /** The answers, one line each ("- Their invitation: …"), those that matter most first. */
  answers: readonly string[];
  /** The share link to the decision: always in the message, never shortened. */
  link: string;
  /** YYYY-MM-DD: the day the decision was made. */
  made: string;
  /** Whom the outcome says to tell, one line each, as the page shows them. */
  tell: readonly string[];
  /** The firm's escalation address (a bare e-mail address), when it has one. */
  to?: string;
}

export interface Escalation {
  subject: string;
  /** The message as plain text, lines joined with `\n`. */
  body: string;
  /** `mailto:<to>?subject=…&body=…`, only when `to` was given. */
  href?: string;
}

/**
 * The message to the people a red flag says to tell: the date, the recommendation, whom to
 * tell, the answers and the link, within MAX_MESSAGE characters (as a `mailto:` address when
 * there is one). Answers are left out from the last, and one cut short, before anything else;
 * then the lines on whom to tell; the link never is. Every part of the address is
 * percent-encoded, so no text (a firm's label with a line break or `&cc=`) can add a
 * recipient or a field.
 */
export function composeEscalation(input: EscalationInput): Escalation {
  const { title, matter, answers, link, made, tell, to } = input;
  const subject = T.subject(matter);
  const build = (tellLines: readonly string[], answerPart: readonly string[]) =>
    [
      T.intro,
      T.date(made),
      '',
      T.recommendation(title),
      '',
      T.tellTitle,
      ...tellLines.map((line) => `- ${line}`),
      '',
      T.answersTitle,
      ...answerPart,
      '',
      T.link(link),
    ].join('\n');
  const fits = (body: string) =>
    body.length <= MAX_MESSAGE &&
    (to === undefined || mailtoHref(to, subject, body).length <= MAX_MESSAGE);

  // Answers give way first (the link holds them all), then whom to tell, cut short.
  const answerPart = fitLines(answers, (a) => fits(build(tell, a)), T.moreAnswers);
  const tellPart = answerPart
    ? tell
    : fitLines(tell, (t) => fits(build(t, [T.moreAnswers])), T.moreTell);
  // Only a link near its own length limit leaves no room for either: then the essentials.
  const body =
    answerPart || tellPart
      ? build(tellPart ?? tell, answerPart ?? [T.moreAnswers])
      : [T.date(made), T.recommendation(title), T.link(link)].join('\n');
  return to === undefined
    ? { subject, body }
    : { subject, body, href: mailtoHref(to, subject, body) };
}

/**
 * `mailto:` with the subject and body fields only, everything percent-encoded (the `@` of the
 * address kept as it is), line breaks as CRLF as RFC 6068 asks.
 */
function mailtoHref(to: string, subject: string, body: string): string {
  const address = encodeURIComponent(to).replace(/%40/g, '@');
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
}

/**
 * All the lines when they fit; else as many as fit whole, the next one cut short where enough
 * of it fits, then `more`. Undefined when not even `more` alone fits.
 */
function fitLines(
  lines: readonly string[],
  fits: (candidate: string[]) => boolean,
  more: string,
): string[] | undefined {
  if (fits([...lines])) return [...lines];
  if (!fits([more])) return undefined;
  const kept: string[] = [];
  for (const line of lines) {
    if (fits([...kept, line, more])) {
      kept.push(line);
      continue;
    }
    const cut = longestCut(line, (shorter) => fits([...kept, shorter, more]));
    if (cut) kept.push(cut);
    break;
  }
  return [...kept, more];
}

/** The longest start of `line` (at least MIN_CUT characters) that fits, ending in "…". */
function longestCut(line: string, fits: (shorter: string) => boolean): string | undefined {
  const chars = [...line];
  const cut = (n: number) => `${chars.slice(0, n).join('').trimEnd()}…`;
  let low = MIN_CUT;
  let high = chars.length - 1;
  if (high < low || !fits(cut(low))) return undefined;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(cut(mid))) low = mid;
    else high = mid - 1;
  }
  return cut(low);
}
