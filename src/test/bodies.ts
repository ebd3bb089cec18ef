import { AUSTRALASIA } from '../content/bodies/en/australasia';
import { CANADA } from '../content/bodies/en/canada';
import { IRELAND } from '../content/bodies/en/ireland';
import { SCOTLAND } from '../content/bodies/en/scotland';
import { UK } from '../content/bodies/en/uk';
import { ABA } from '../content/bodies/en/us/aba';
import { CALIFORNIA } from '../content/bodies/en/us/california';
import { FLORIDA } from '../content/bodies/en/us/florida';
import { ILLINOIS } from '../content/bodies/en/us/illinois';
import { NEW_YORK } from '../content/bodies/en/us/new-york';
import { TEXAS } from '../content/bodies/en/us/texas';
import type { BodyContent } from '../content/types';
import type { RegulatorId } from '../decision/steps';

/**
 * The English catalogue read at once, for tests that look at every body (the app fetches one
 * jurisdiction's file at a time). Held to every regulator id by its type.
 */
export const ALL_BODIES = {
  ...UK,
  ...SCOTLAND,
  ...IRELAND,
  ...AUSTRALASIA,
  ...CANADA,
  ...ABA,
  ...CALIFORNIA,
  ...NEW_YORK,
  ...TEXAS,
  ...FLORIDA,
  ...ILLINOIS,
} satisfies Record<RegulatorId, BodyContent>;
