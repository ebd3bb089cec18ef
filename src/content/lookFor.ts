import type { Objective } from '../decision/steps';

/** Step 6 only (its own module, so an outcome screen never loads it). */
export const LOOK_FOR_TITLE = 'What to look for';

/** Step 6: what to look for on their profile, for each reason the user is on LinkedIn. */
export const LOOK_FOR: Record<Exclude<Objective, 'known-only'>, string[]> = {
  clients: [
    'Do they work for a business you would like as a client, or one that refers work to firms like yours?',
    'Could they introduce you to people who buy your kind of services?',
  ],
  media: [
    'Do they write for, edit or produce a publication or programme your clients read?',
    'Do they comment publicly on your area of law?',
  ],
  community: [
    'Are they in your sector or a neighbouring one?',
    'Do they share content worth reading, or have you seen them in the same group discussions?',
  ],
  careers: [
    'Are they someone you might hire, or a recruiter who knows your market?',
    'Would you be glad for them to see your own career history?',
  ],
};

/** Applies whatever the user is on LinkedIn for. */
export const LOOK_FOR_ALWAYS = [
  'Does the profile look real: a believable photo, job history and connections?',
  'Do you have connections in common who you trust?',
];
