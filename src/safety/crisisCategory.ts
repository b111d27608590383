export type CrisisCategory = 'suicide' | 'selfHarm' | 'harmedByOthers' | 'planOrMeans' | 'noReasonToLive' | 'harmToOthers' | 'childAtRisk';

/** Canonical order, used to report categories consistently. */
export const CRISIS_CATEGORIES: readonly CrisisCategory[] = ['suicide', 'selfHarm', 'harmedByOthers', 'planOrMeans', 'noReasonToLive', 'harmToOthers', 'childAtRisk'];
