import type { Stage } from '../internal/stage.js';
import { Reader, start, tidy, type AdapterOptions, type OnwardAttributes } from './read.js';

export interface AshbyOptions extends AdapterOptions {
  /** The application's interview schedules (`interviewSchedule.list`): completed ones are counted. */
  interviewSchedules?: unknown;
}

// Ashby's own stage types; `Active` stages are read by name, `Archived` says nothing of how far it went.
const TYPES: Partial<Record<string, Stage>> = { PreInterviewScreen: 'screening', Offer: 'final' };

/**
 * Ashby: an application (`application.info`, its `results`) to the kit's properties, or `null`
 * unless it is `Archived` for a reason that is not the candidate's (`RejectedByCandidate`,
 * `Withdrawn`). The recruiter comes from `hiringTeam`.
 */
export function fromAshby(application: unknown, options: AshbyOptions = {}): OnwardAttributes | null {
  const read = new Reader('fromAshby');
  const app = start(read, application, 'application');
  if (!app || app.status !== 'Archived') return null;
  const reason = read.object(app.archiveReason, 'application.archiveReason');
  if (reason?.reasonType === 'RejectedByCandidate' || reason?.reasonType === 'Withdrawn') return null;
  const candidate = read.object(app.candidate, 'application.candidate');
  const job = read.object(app.job, 'application.job');
  const stage = read.object(app.currentInterviewStage, 'application.currentInterviewStage');
  const recruiter = read
    .list(app.hiringTeam, 'application.hiringTeam')
    .map((m) => read.object(m, 'application.hiringTeam[]'))
    .find((m) => m?.role === 'Recruiter');
  const typed = typeof stage?.type === 'string' ? TYPES[stage.type] : undefined;
  return tidy(
    {
      candidateName: read.firstName(undefined, candidate?.name, 'candidate'),
      jobTitle: read.text(job?.title, 'job.title'),
      stage: typed ?? (stage?.type === 'Active' ? read.stage(stage.title, 'currentInterviewStage.title', options.stages) : undefined),
      contactName: read.firstName(recruiter?.firstName, undefined, 'hiringTeam recruiter'),
      contactEmail: read.email(recruiter?.email, 'hiringTeam recruiter email'),
      interviews: read.count(options.interviewSchedules, 'options.interviewSchedules', (s) => s.status === 'Complete'),
      since: read.day(app.createdAt, 'application.createdAt'),
    },
    options,
    read,
  );
}
