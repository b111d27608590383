export { CrisisDetector, type CrisisAssessment, type CrisisCategory } from './crisisDetector';
export { isRegion, regionFor, helplinesFor, emergencyNumber, DEFAULT_REGION, type Region, type Helpline } from './helplines';
export { crisisLine, helplineLine, helplinesMessage, CRISIS_COPY_KEYS, type CrisisCopyKey } from './crisisCopy';
