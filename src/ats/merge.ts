import { Reader, WITHDREW, start, tidy, type AdapterOptions, type OnwardAttributes } from './read.js';

export interface MergeOptions extends AdapterOptions {
  /** The candidate, unless the application was fetched with `expand=candidate`. */
  candidate?: unknown;
  /** The job, unless fetched with `expand=job`. */
  job?: unknown;
  /** The current stage (a job interview stage), unless fetched with `expand=current_stage`. */
  currentStage?: unknown;
  /** The reject reason, unless fetched with `expand=reject_reason`: one that says the candidate withdrew gives `null`. */
  rejectReason?: unknown;
  /** The application's scheduled interviews (`GET /ats/v1/interviews?application_id=`): `COMPLETE` ones are counted. */
  scheduledInterviews?: unknown;
  /** The recruiter as a remote user (`GET /ats/v1/users/{id}`). Not `credited_to`, which may be a referrer. */
  recruiter?: unknown;
}

/**
 * Merge's unified ATS API: an application (`GET /ats/v1/applications/{id}`) to the kit's
 * properties, or `null` unless it has `rejected_at` and a reject reason that is not the candidate
 * withdrawing. Related objects are read expanded in place, or from `options`.
 */
export function fromMerge(application: unknown, options: MergeOptions = {}): OnwardAttributes | null {
  const read = new Reader('fromMerge');
  const app = start(read, application, 'application');
  if (!app || app.rejected_at == null) return null;
  // Unexpanded, a related object is its id (a string): then the options hold it.
  const related = (value: unknown, fallback: unknown, field: string) =>
    (typeof value === 'string' ? undefined : read.object(value, `application.${field}`)) ?? read.object(fallback, `options.${field}`);
  const reason = related(app.reject_reason, options.rejectReason, 'reject_reason');
  if (typeof reason?.name === 'string' && WITHDREW.test(reason.name)) return null;
  const candidate = related(app.candidate, options.candidate, 'candidate');
  const job = related(app.job, options.job, 'job');
  const stage = related(app.current_stage, options.currentStage, 'current_stage');
  const recruiter = read.object(options.recruiter, 'options.recruiter');
  const complete = read
    .list(options.scheduledInterviews, 'options.scheduledInterviews')
    .filter((i) => read.object(i, 'options.scheduledInterviews[]')?.status === 'COMPLETE').length;
  return tidy(
    {
      candidateName: read.firstName(candidate?.first_name, undefined, 'candidate'),
      jobTitle: read.text(job?.name, 'job.name'),
      stage: read.stage(stage?.name, 'current_stage.name', options.stages),
      contactName: read.firstName(recruiter?.first_name, undefined, 'recruiter'),
      contactEmail: read.email(recruiter?.email, 'recruiter.email'),
      interviews: read.count(complete, 'options.scheduledInterviews'),
      since: read.day(app.applied_at, 'application.applied_at'),
    },
    options,
    read,
  );
}
