// What every outcome may cite beside the reader's own body (src/content/bodies): the conduct
// cautions and the red flags, in one lazy chunk.
export { CAUTIONS } from './cautions';
export { RED_FLAGS, ESCALATION, RESTRICTED } from './redFlags';
