import type { RedFlag, RegulatorId } from '../decision/steps';
import type { When } from '../decision/when';

/** One statement backed by a source that rules.md marks V or V2. */
export interface SourcedPoint {
  /** Our own one-sentence paraphrase, plain English, second person where natural. */
  text: string;
  /** Name of the instrument, e.g. "SRA Code of Conduct, para 6.3". */
  source: string;
  /** Date of the instrument or opinion as known, e.g. "2019" or "24 Apr 2014". */
  date: string;
  /**
   * An official page only (a regulator's, a bar's, a court's, a legislature's, or LinkedIn's own
   * help: see officialLinks.ts). Left out where the research gives no official page for it.
   */
  url?: string;
  /** Status in rules.md: V = official source, V2 = secondary source. */
  status: 'V' | 'V2';
}

export interface Link {
  label: string;
  url: string;
}

/** Where a body regulates: the body question groups its answers by these. */
export type Region = 'uk' | 'ireland' | 'us' | 'canada' | 'australia' | 'new-zealand';

export interface BodyContent {
  id: RegulatorId;
  /** Who it covers, e.g. "Solicitors, England & Wales" (used as the radio label). */
  label: string;
  /** The regulator / professional body, e.g. "Solicitors Regulation Authority". */
  regulator: string;
  /**
   * One plain line on whether the body objects to connecting with people you have not met,
   * only where the research supports it (with its source); absent where nothing is known.
   */
  position?: SourcedPoint;
  /** What its rules and guidance say about connecting on social networks. */
  points: SourcedPoint[];
  /**
   * The reader's own rules behind each conduct red flag, where rules.md has V/V2 ones: the
   * body's own, and for a US state the ABA's model rule beside it. Shown unfolded; the same
   * points are then left out of "What the rules say elsewhere".
   */
  redFlags: Partial<Record<RedFlag, SourcedPoint[]>>;
  /** For a juror: whether telling the court is a verified duty for this body (rules.md 1.12). */
  court?: CourtDuty;
  /** Guidance page to read (an official page; V or V2 in rules.md). */
  guidance?: Link;
  /**
   * Ethics helplines or advice services, only where rules.md marks them V or V2; several where
   * one body spans several (each Australian state's law society). Every one is shown.
   */
  helplines: Helpline[];
  /** Something the user must check themselves (never stated as fact). */
  checkYourself?: string;
  /** Cautions that only this body's rules call for (e.g. Texas 7.03 on solicitation). */
  cautions?: BodyCaution[];
}

/**
 * Telling the court about a juror's contact. `must` only where the research verifies a duty
 * for this body's readers; otherwise the outcome says "consider" and that we haven't reviewed
 * the body's rules on it. `sources`: the rules and facts of the reader's own jurisdiction.
 */
export interface CourtDuty {
  must: boolean;
  sources: SourcedPoint[];
}

/** An ethics helpline or advice service (rules.md section 3). */
export interface Helpline {
  /** Whose service it is, e.g. "Bar Council Ethical Enquiries Service". */
  label: string;
  /** Its official page, where one was seen. */
  url?: string;
  /** Only where rules.md marks the number V (never a V2 or unverified number). */
  phone?: string;
  /** Where rules.md marks the address V or V2. */
  email?: string;
  /** What we could not confirm about it, in one line (e.g. "phone number not confirmed"). */
  note?: string;
}

/**
 * A caution specific to one body, shown where `when` applies (src/decision/when.ts). Two kinds
 * of advice kept apart, as in a general caution: what the body's rule says (`rule`, backed by
 * `sources`) and our own suggestion (`suggestion`, shown labelled as ours).
 */
export interface BodyCaution {
  id: string;
  when: When;
  title: string;
  rule: string;
  suggestion?: string;
  sources: SourcedPoint[];
  /** It bars pitching in messages or chat: the accept tip then never suggests offering work. */
  noPitch?: boolean;
}

/**
 * Some bodies' content, under their ids: each jurisdiction's file holds one of these, and
 * together they make a whole catalogue (src/content/bodies/catalogue.ts).
 */
export type BodiesOf<K extends RegulatorId> = { [Id in K]: BodyContent & { id: Id } };

export type CautionId =
  | 'client-confidentiality'
  | 'legal-questions'
  | 'journalists'
  | 'pitching'
  | 'endorsements'
  | 'conduct-after';

/**
 * A conduct caution (rules.md RF5-RF9, RF11). Two kinds of advice kept apart, so the screen can
 * label them: what the rules or guidance say (`rule`, backed by `sources`), and what this app
 * suggests on its own (`suggestion`, rules.md's "app default": show it as our suggestion).
 */
export interface Caution {
  id: CautionId;
  title: string;
  /** What the rules or guidance say, in our words; every claim in it is in `sources`. */
  rule?: string;
  /** The V/V2 points behind `rule` (empty only when there is no `rule`). */
  sources: SourcedPoint[];
  /** Our own conservative suggestion: not a body's rule. Label it as ours. */
  suggestion?: string;
}
