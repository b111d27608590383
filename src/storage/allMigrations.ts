import { CONTACT_REQUEST_MIGRATIONS } from '../handoff/contactRequests';
import { DIRECT_LINE_MIGRATIONS } from '../directline/store';
import { GOAL_CHECK_MIGRATIONS } from '../goalChecks/goalCheckStore';
import { UNANSWERED_QUESTION_MIGRATIONS } from '../faq/unansweredQuestions';
import { CRISIS_TALLY_MIGRATIONS } from '../safety/crisisTally';
import { STATE_MIGRATIONS, type Migration } from './migrations';

/** Every module's migrations; the runner applies them in version order. */
export const ALL_MIGRATIONS: Migration[] = [...STATE_MIGRATIONS, ...CRISIS_TALLY_MIGRATIONS, ...CONTACT_REQUEST_MIGRATIONS, ...DIRECT_LINE_MIGRATIONS, ...GOAL_CHECK_MIGRATIONS, ...UNANSWERED_QUESTION_MIGRATIONS];
