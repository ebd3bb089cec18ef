import type { RedFlag, RegulatorId } from '../decision/steps';

/** One statement backed by a source that rules.md marks V or V2. */
export interface SourcedPoint {
  /** Our own one-sentence paraphrase, plain English, second person where natural. */
  text: string;
  /** Name of the instrument, e.g. "SRA Code of Conduct, para 6.3". */
  source: string;
  /** Date of the instrument or opinion as known, e.g. "2019" or "24 Apr 2014". */
  date: string;
  /** Link to the stored source given in rules.md. */
  url: string;
  /** Status in rules.md: V = official source, V2 = secondary source. */
  status: 'V' | 'V2';
}

export interface Link {
  label: string;
  url: string;
}

export interface BodyContent {
  id: RegulatorId;
  /** Who it covers, e.g. "Solicitors, England & Wales" (used as the radio label). */
  label: string;
  /** The regulator / professional body, e.g. "Solicitors Regulation Authority". */
  regulator: string;
  /** What its rules and guidance say about connecting on social networks. */
  points: SourcedPoint[];
  /** The rule or opinion behind each conduct red flag, where rules.md has a V/V2 one. */
  redFlags: Partial<Record<RedFlag, SourcedPoint>>;
  /** Guidance page to read (V or V2 in rules.md). */
  guidance?: Link;
  /** Ethics helpline or advice service, only where rules.md marks it V or V2. */
  helpline?: Link & { phone?: string };
  /** Something the user must check themselves (never stated as fact). */
  checkYourself?: string;
}

export type CautionId =
  | 'client-confidentiality'
  | 'legal-questions'
  | 'journalists'
  | 'pitching'
  | 'endorsements'
  | 'conduct-after';

export interface Caution {
  id: CautionId;
  title: string;
  text: string;
  /** Sources backing it, where rules.md has V/V2 ones (may be empty for plain good sense). */
  sources: SourcedPoint[];
}
