/**
 * What repeat use adds to the decision ("About you" on the first question about the person,
 * "Next invitation" on every outcome), as one chunk: fetched as soon as the decision's code
 * runs, beside the first screen rather than before it (the embed's first load has a budget).
 */
export { AboutYou } from './AboutYou';
export { NextInvitation } from '../outcome/NextInvitation';
export { readRemembered, rememberedQuery, subscribeRemembered } from '../../share/remembered';
