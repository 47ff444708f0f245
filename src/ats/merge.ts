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
  // Unexpanded, a related object is its id: then the options hold it.
  const reason = read.related(app.reject_reason, 'application.reject_reason', options.rejectReason, 'options.rejectReason');
  if (typeof reason?.name === 'string' && WITHDREW.test(reason.name)) return null;
  const candidate = read.related(app.candidate, 'application.candidate', options.candidate, 'options.candidate');
  const job = read.related(app.job, 'application.job', options.job, 'options.job');
  const stage = read.related(app.current_stage, 'application.current_stage', options.currentStage, 'options.currentStage');
  const recruiter = read.object(options.recruiter, 'options.recruiter');
  return tidy(
    {
      candidateName: read.firstName(candidate?.first_name, undefined, 'candidate'),
      jobTitle: read.text(job?.name, 'job.name'),
      stage: read.stage(stage?.name, 'current_stage.name', options.stages),
      contactName: read.firstName(recruiter?.first_name, undefined, 'recruiter'),
      contactEmail: read.email(recruiter?.email, 'recruiter.email'),
      interviews: read.count(options.scheduledInterviews, 'options.scheduledInterviews', (i) => i.status === 'COMPLETE'),
      since: read.day(app.applied_at, 'application.applied_at'),
    },
    options,
    read,
  );
}
