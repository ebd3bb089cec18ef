import type { BodyId, RegulatorId } from '../decision/steps';
import { BODY_REGIONS } from './bodyRegions';
import type { Region } from './types';

/** The country in a language tag (`en-GB`, `fr-CA`) whose bodies the body question lists. */
const REGION_OF_COUNTRY: Record<string, Region> = {
  US: 'us',
  GB: 'uk',
  IE: 'ireland',
  AU: 'australia',
  NZ: 'new-zealand',
  CA: 'canada',
};

/** Where a body regulates; none for `other` and `none`. */
export const regionOfBody = (body: BodyId | undefined): Region | undefined =>
  body ? BODY_REGIONS[body as RegulatorId] : undefined;

/**
 * The reader's own country, for the body question: from a body they gave or that is fixed
 * for them, else from the first of the browser's languages that names a country we cover.
 */
export function readersRegion(
  bodies: (BodyId | undefined)[],
  languages: readonly string[],
): Region | undefined {
  for (const body of bodies) {
    const region = regionOfBody(body);
    if (region) return region;
  }
  for (const tag of languages) {
    const country = /^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2})(?:-|$)/i.exec(tag)?.[1];
    const region = country ? REGION_OF_COUNTRY[country.toUpperCase()] : undefined;
    if (region) return region;
  }
  return undefined;
}
