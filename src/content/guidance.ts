// What every outcome may cite beside the reader's own body (src/content/bodies): the conduct
// cautions, the red flags, and what an outcome shows unfolded (its record), in one lazy chunk.
export { CAUTIONS } from './cautions';
export { RED_FLAGS, ESCALATION, RESTRICTED, LOOK_UP } from './redFlags';
export { redFlagAdvice, outcomeRecord } from './outcomeAdvice';
