import { REGULATOR_IDS, STEPS, type RedFlag, type RegulatorId } from '../decision/steps';
import { BODIES_EN } from './bodies/catalogue';
import { BODY_REGIONS } from './bodyRegions';
import { LINKEDIN_FACTS } from './linkedin';
import { OUTCOME_UI } from './site';
import { SOURCES_PAGE as T } from './sourcesPage';
import type { BodyContent, Helpline, Region, SourcedPoint } from './types';

/**
 * The sources page's content, made from the same modules the outcomes show, so that a
 * statement cannot reach an outcome without being listed here: each body's position, points,
 * red-flag rules, cautions, guidance page and helplines; then the general red flags, cautions
 * and LinkedIn facts. `sourceCatalogue` is the one place that knows where that content lives.
 */

export interface SourceEntry {
  text: string;
  source: string;
  date: string;
  /** V: seen in the official source; V2: known only from a secondary source. */
  level: 'V' | 'V2';
  /** The official page, where one was seen. */
  url?: string;
  /** What we could not verify about it, where there is something to say. */
  notVerified?: string;
}

export interface SourceGroup {
  title: string;
  /** What the outcome says in its own words, before the sources behind it. */
  intro?: string;
  /** Our own suggestion that goes with it: labelled as ours, never as a rule. */
  suggestion?: string;
  entries: SourceEntry[];
}

/** A guidance page or helpline named on outcomes. */
export interface SourcePage {
  label: string;
  url?: string;
  /** Phone or e-mail, where verified. */
  details?: string;
}

export interface SourceSection {
  id: RegulatorId | 'general';
  title: string;
  /** Who the body covers (absent for the general section). */
  covers?: string;
  region?: Region;
  groups: SourceGroup[];
  pages: SourcePage[];
  /** What we could not verify about the body as a whole (its helplines, what to check). */
  notVerified: string[];
}

/** Every section of the page, one per regulator id and the general one last. */
export async function sourceCatalogue(): Promise<SourceSection[]> {
  const [{ RED_FLAGS, CAUTIONS, LOOK_UP }, bodies] = await Promise.all([
    import('./guidance'),
    Promise.all(REGULATOR_IDS.map((id) => BODIES_EN[id]())),
  ]);
  const matters = STEPS.matter.values.filter((m) => m !== 'none');
  const general: SourceSection = {
    id: 'general',
    title: T.generalTitle,
    groups: [
      ...matters.flatMap((flag) => {
        const red = RED_FLAGS[flag];
        return red.elsewhere.map((e) =>
          group(
            `${T.generalRedFlag(T.flags[flag])} (${e.where})`,
            e.points,
            undefined,
            red.suggestion,
          ),
        );
      }),
      group(LOOK_UP.title, [...LOOK_UP.views, LOOK_UP.linkedIn], LOOK_UP.text),
      ...Object.values(CAUTIONS).map((c) =>
        group(T.caution(c.title), c.sources, c.rule, c.suggestion),
      ),
      {
        title: T.linkedInTitle,
        entries: LINKEDIN_FACTS.map((f) => ({
          text: f.text,
          source: `LinkedIn Help: ${f.page}`,
          date: T.checked(f.checked),
          level: 'V' as const,
          url: f.url,
          notVerified: T.seen(f.seen),
        })),
      },
    ].filter((g) => g.entries.length > 0),
    pages: [],
    notVerified: [],
  };
  return [...bodies.map(bodySection), general];
}

function bodySection(body: BodyContent): SourceSection {
  return {
    id: body.id,
    title: body.regulator,
    covers: body.label,
    region: BODY_REGIONS[body.id],
    groups: [
      ...(body.position ? [group(T.position, [body.position])] : []),
      group(T.points, body.points),
      ...(Object.entries(body.redFlags) as [RedFlag, SourcedPoint[]][]).map(([flag, points]) =>
        group(T.redFlag(T.flags[flag]), points),
      ),
      ...(body.court ? [group(T.court, body.court.sources)] : []),
      ...(body.cautions ?? []).map((c) =>
        group(T.caution(c.title), c.sources, c.rule, c.suggestion),
      ),
    ].filter((g) => g.entries.length > 0),
    pages: [
      ...(body.guidance ? [{ label: body.guidance.label, url: body.guidance.url }] : []),
      ...body.helplines.map(page),
    ],
    notVerified: [
      ...(body.checkYourself ? [body.checkYourself] : []),
      ...body.helplines.flatMap((h) => (h.note ? [`${h.label}: ${h.note}`] : [])),
    ],
  };
}

function group(
  title: string,
  points: readonly SourcedPoint[],
  intro?: string,
  suggestion?: string,
): SourceGroup {
  return {
    title,
    ...(intro ? { intro } : {}),
    ...(suggestion ? { suggestion } : {}),
    entries: points.map(({ text, source, date, url, status }) => ({
      text,
      source,
      date,
      level: status,
      ...(url ? { url } : {}),
      ...(status === 'V2' ? { notVerified: T.secondary } : {}),
    })),
  };
}

function page({ label, url, phone, email }: Helpline): SourcePage {
  const details = [phone && OUTCOME_UI.phone(phone), email].filter(Boolean).join(', ');
  return { label, ...(url ? { url } : {}), ...(details ? { details } : {}) };
}
