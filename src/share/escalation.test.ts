import { describe, expect, it } from 'vitest';
import { ESCALATION_MESSAGE as T } from '../content/escalation';
import { OUTCOME_CONTENT } from '../content/outcomes';
import { outcomeOf } from '../decision/machine';
import { replay } from '../decision/replay';
import type { Answers } from '../decision/steps';
import { messageFacts } from '../screens/outcome/LazyEscalationMessage';
import { composeEscalation, MAX_MESSAGE } from './escalation';
import { formatLink, parseLink } from './link';

const JUROR: Answers = {
  objectives: ['clients', 'media', 'community', 'careers'],
  body: 'faculty-advocates',
  rules: 'allowed',
  matter: 'juror',
};
const answers = replay(JUROR).context.answers;
const FACTS = messageFacts(answers, 'juror');
const linkTo = (origin: string) =>
  `${origin}#/decision?${formatLink(answers, { made: '2026-12-07', was: 'dont-connect' })}`;
const TELL = [
  'Tell your supervising lawyer today. If you work in-house, tell your head of legal instead.',
  'Tell your firm’s named contact now: Risk team',
];

/** The link the message holds, read back from its last line. */
function linkIn(body: string): string {
  const prefix = T.link('');
  const line = body.split('\n').find((l) => l.startsWith(prefix));
  if (!line) throw new Error('no link in the message');
  return line.slice(prefix.length);
}

describe('composeEscalation', () => {
  it('makes a mailto: address to the firm’s contact with a subject and a body, and no other field', () => {
    const link = linkTo('https://tool.example/');
    const { href, subject, body } = composeEscalation({
      ...FACTS,
      link,
      made: '2026-12-07',
      tell: TELL,
      to: 'risk@acme.example',
    });
    expect(href).toBeDefined();
    const url = new URL(href ?? '');
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('risk@acme.example');
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(url.searchParams.get('subject')).toBe(subject);
    // Line breaks travel as CRLF (RFC 6068); the text is otherwise the same.
    expect(url.searchParams.get('body')).toBe(body.replace(/\n/g, '\r\n'));
    expect(subject).toBe('A LinkedIn invitation to report: they are a juror or a possible juror');

    const lines = body.split('\n');
    expect(lines).toContain('Date: 7 December 2026');
    expect(body).toContain(OUTCOME_CONTENT['dont-connect'].title);
    for (const line of TELL) expect(lines).toContain(`- ${line}`);
    expect(lines).toContain(
      '- Connection to your firm’s matters: They are a juror or a possible juror',
    );
    expect(lines).not.toContain(T.moreAnswers);
    expect(linkIn(body)).toBe(link);
    expect(href?.length).toBeLessThanOrEqual(MAX_MESSAGE);
  });

  it('holds a link that opens the same outcome with the same answers', () => {
    const { body } = composeEscalation({
      ...FACTS,
      link: linkTo('https://tool.example/?pack=acme'),
      made: '2026-12-07',
      tell: TELL,
      to: 'risk@acme.example',
    });
    const link = new URL(linkIn(body));
    expect(link.searchParams.get('pack')).toBe('acme');
    const parsed = parseLink(link.hash.replace(/^#\/decision\?/, ''));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const snapshot = replay(parsed.answers);
    expect(outcomeOf(snapshot)).toBe('dont-connect');
    expect(snapshot.context.answers).toEqual(answers);
  });

  it('lets no text add a recipient or a field, whatever line breaks, markup or separators it holds', () => {
    const hostile = [
      'Risk\r\nBcc: evil@attacker.example',
      'Risk &cc=evil@attacker.example',
      'Risk %0A%0Dbcc: evil@attacker.example',
      'Risk ?bcc=evil@attacker.example#x',
      '<a href="mailto:evil@attacker.example">Risk</a>&body=replaced',
    ];
    for (const text of hostile) {
      const { href, body } = composeEscalation({
        ...FACTS,
        link: linkTo('https://tool.example/'),
        made: '2026-12-07',
        tell: [`Tell your firm’s named contact now: ${text}`],
        to: 'risk@acme.example',
      });
      const url = new URL(href ?? '');
      expect(url.pathname, text).toBe('risk@acme.example');
      expect([...url.searchParams.keys()], text).toEqual(['subject', 'body']);
      expect(url.searchParams.get('body'), text).toBe(body.replace(/\r?\n/g, '\r\n'));
      expect(href, text).not.toMatch(/[\s<>"#]|&(?!body=)/);
    }
  });

  it('keeps an address that is not a bare address to one recipient, with no field of its own', () => {
    const { href } = composeEscalation({
      ...FACTS,
      link: linkTo('https://tool.example/'),
      made: '2026-12-07',
      tell: TELL,
      to: 'risk@acme.example?bcc=evil@attacker.example&cc=x@y.example',
    });
    const url = new URL(href ?? '');
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(url.pathname).not.toContain('?');
  });

  // The longest a real message gets: a 40-character settings id on a deep intranet path, an
  // 80-character contact name and every line the juror outcome can name.
  const LONG_LINK = linkTo(
    `https://intranet.a-very-long-firm-name-llp.example/knowledge/tools/should-i-connect/?pack=${'a'.repeat(40)}`,
  );
  const LONG_TELL = [
    ...TELL.slice(0, 1),
    `Tell your firm’s named contact now: ${'Risk & Compliance, General Counsel’s Office '.repeat(2).slice(0, 80)}`,
    'The court may need to be told. Decide today, with the lawyer responsible for the matter, whether to tell it: in New York, juror misconduct a lawyer discovers must be reported to the court.',
    'If anyone is unsure what the rules require, ask your professional body’s ethics helpline: Faculty of Advocates, Dean’s Secretary, dean@advocates.example',
  ];

  it('stays within 1,800 characters: answers give way from the last, the link never', () => {
    for (const to of ['risk@acme.example', undefined]) {
      const { href, body } = composeEscalation({
        ...FACTS,
        link: LONG_LINK,
        made: '2026-12-07',
        tell: LONG_TELL,
        to,
      });
      expect(body.length).toBeLessThanOrEqual(MAX_MESSAGE);
      expect(linkIn(body)).toBe(LONG_LINK);
      for (const line of LONG_TELL) expect(body).toContain(line);
      if (!to) continue;
      expect(href?.length).toBeLessThanOrEqual(MAX_MESSAGE);
      // Not even one answer fits beside all that as a mailto: address: the message says so.
      expect(body.split('\n')).toContain(T.moreAnswers);
    }
  });

  it('keeps the answers that matter most to whoever is told when not all of them fit', () => {
    const { href, body } = composeEscalation({
      ...FACTS,
      link: linkTo('https://intranet.acme.example/tools/connect/?pack=acme'),
      made: '2026-12-07',
      tell: LONG_TELL.slice(0, 3),
      to: 'risk@acme.example',
    });
    expect(href?.length).toBeLessThanOrEqual(MAX_MESSAGE);
    const lines = body.split('\n');
    const mine = lines.slice(lines.indexOf(T.answersTitle) + 1);
    expect(mine[0]).toBe(
      '- Connection to your firm’s matters: They are a juror or a possible juror',
    );
    expect(mine[1]).toBe('- Professional body: Advocates, Scotland');
    expect(lines).toContain(T.moreAnswers);
  });

  it('cuts whom to tell short only when not even one answer fits, and says so', () => {
    const tell = [...LONG_TELL, ...LONG_TELL.slice(2)];
    const { href, body } = composeEscalation({
      ...FACTS,
      link: LONG_LINK,
      made: '2026-12-07',
      tell,
      to: 'risk@acme.example',
    });
    expect(href?.length).toBeLessThanOrEqual(MAX_MESSAGE);
    expect(linkIn(body)).toBe(LONG_LINK);
    const lines = body.split('\n');
    expect(lines).toContain(`- ${tell[0]}`);
    expect(lines).toContain(`- ${T.moreTell}`);
    expect(lines).toContain(T.moreAnswers);
  });

  it('without an address: the same text to copy, and no mailto: address', () => {
    const input = {
      ...FACTS,
      link: linkTo('https://tool.example/'),
      made: '2026-12-07',
      tell: TELL,
    };
    const copied = composeEscalation(input);
    expect(copied.href).toBeUndefined();
    expect(copied.body).toBe(composeEscalation({ ...input, to: 'risk@acme.example' }).body);
  });
});
