// Everything we cite (professional bodies' rules and the conduct cautions) in one lazy chunk.
export { BODIES, BODIES_LAST_REVIEWED } from './bodies';
export { CAUTIONS } from './cautions';
export { RED_FLAGS, ESCALATION, RESTRICTED } from './redFlags';
export { bodyCautionsFor } from './bodiesMore';
