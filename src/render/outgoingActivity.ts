import type { Activity } from 'botbuilder';

/** A reply as rendering shapes it: only the fields it sets; sending the turn's reply fills in the rest. */
export type OutgoingActivity = Partial<Activity>;
