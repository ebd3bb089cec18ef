import type { RegulatorId } from '../../decision/steps';
import type { BodyContent } from '../types';

/**
 * Every body's content, one jurisdiction's file at a time: a reader's outcome, and the rules
 * question, fetch only the file that holds their own body (each file is a chunk of its own).
 *
 * A catalogue is one language's words for every body. This is the English one (`en/`); a
 * French catalogue is a sibling folder (`fr/`) and a second value of this same type, so the
 * compiler holds it to every body id. The files are split by jurisdiction, not by when a body
 * was added: `en/uk.ts`, `en/scotland.ts`, `en/ireland.ts`, `en/australasia.ts`,
 * `en/canada.ts`, and the United States one state a file under `en/us/`.
 *
 * Every point comes from a line of `shared/research/rules.md` or `rules-more-bodies.md`
 * marked V (official source) or V2 (secondary source); nothing marked UNVERIFIED there is
 * stated as fact (it is left out, or named in `checkYourself`). Links go only to official
 * pages (officialLinks.ts). What each point rests on is listed in docs/advice-sources.md.
 */
export type BodyCatalogue = { readonly [Id in RegulatorId]: () => Promise<BodyContent> };

export const BODIES_LAST_REVIEWED = '2026-12-07';

export const BODIES_EN: BodyCatalogue = {
  sra: () => import('./en/uk').then((m) => m.UK.sra),
  bsb: () => import('./en/uk').then((m) => m.UK.bsb),
  cilex: () => import('./en/uk').then((m) => m.UK.cilex),
  ipreg: () => import('./en/uk').then((m) => m.UK.ipreg),
  lsni: () => import('./en/uk').then((m) => m.UK.lsni),
  lss: () => import('./en/scotland').then((m) => m.SCOTLAND.lss),
  'faculty-advocates': () => import('./en/scotland').then((m) => m.SCOTLAND['faculty-advocates']),
  lsi: () => import('./en/ireland').then((m) => m.IRELAND.lsi),
  'au-solicitors': () => import('./en/australasia').then((m) => m.AUSTRALASIA['au-solicitors']),
  nzls: () => import('./en/australasia').then((m) => m.AUSTRALASIA.nzls),
  'ca-flsc': () => import('./en/canada').then((m) => m.CANADA['ca-flsc']),
  'barreau-qc': () => import('./en/canada').then((m) => m.CANADA['barreau-qc']),
  aba: () => import('./en/us/aba').then((m) => m.ABA.aba),
  'us-ca': () => import('./en/us/california').then((m) => m.CALIFORNIA['us-ca']),
  'us-ny': () => import('./en/us/new-york').then((m) => m.NEW_YORK['us-ny']),
  'us-tx': () => import('./en/us/texas').then((m) => m.TEXAS['us-tx']),
  'us-fl': () => import('./en/us/florida').then((m) => m.FLORIDA['us-fl']),
  'us-il': () => import('./en/us/illinois').then((m) => m.ILLINOIS['us-il']),
};
