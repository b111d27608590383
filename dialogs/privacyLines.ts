import { feelingParam } from './feelings';
import type { Answers, BounceBackEvent, Emitted } from './types';
import { sayLine } from './shared';


/** "What do you know about me": the unfinished answers, the contact requests with their status, how many unanswered questions, and how long each is kept. */
export function dataLines(answers: Answers, event: BounceBackEvent): Emitted[] {
  if (event.type !== 'DATA_SHOWN') return [];
  const kept = Object.entries(answers).filter(([, value]) => value !== undefined && value !== '');
  const lines: Emitted[] = [sayLine(kept.length > 0 ? 'privacy.shown.answersIntro' : 'privacy.shown.noAnswers')];
  for (const [field, value] of kept) {
    lines.push(sayLine(`privacy.shown.fields.${field}`, { text: field === 'feeling' ? feelingParam(String(value)) : String(value) }));
  }
  lines.push(sayLine('privacy.shown.stateKept', { days: event.stateDays }));
  if (event.requests.length === 0) lines.push(sayLine('privacy.shown.noRequests'));
  for (const request of event.requests) {
    lines.push(sayLine(`privacy.shown.request.${request.status}`, { reference: request.reference, date: request.createdOn }));
  }
  lines.push(sayLine('privacy.shown.requestsKept', { days: event.requestDays }));
  for (const check of event.goalChecks) lines.push(sayLine('privacy.shown.goalCheck', { goal: check.goal, on: check.on }));
  if (event.questions > 0) lines.push(sayLine('privacy.shown.questions', { count: event.questions, days: event.questionDays }));
  lines.push(sayLine('privacy.shown.howToDelete'));
  return lines;
}

/** "Delete my data": what went, and what could not be called back because the team already has it. */
export function deletionLines(hadAnswers: boolean, event: BounceBackEvent): Emitted[] {
  if (event.type !== 'DATA_DELETED') return [];
  const lines: Emitted[] = [sayLine('privacy.deleted.conversation')];
  if (hadAnswers) lines.push(sayLine('privacy.deleted.answers'));
  lines.push(event.requests > 0 ? sayLine('privacy.deleted.requests', { count: event.requests }) : sayLine('privacy.deleted.noRequests'));
  if (event.goalChecks > 0) lines.push(sayLine('privacy.deleted.goalChecks', { count: event.goalChecks }));
  if (event.alreadySent > 0) lines.push(sayLine('privacy.deleted.alreadySent', { count: event.alreadySent }));
  if (event.questions > 0) lines.push(sayLine('privacy.deleted.questions', { count: event.questions }));
  return lines;
}
