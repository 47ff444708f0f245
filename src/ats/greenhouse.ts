import { Reader, start, tidy, type AdapterOptions, type OnwardAttributes } from './read.js';

export interface GreenhouseOptions extends AdapterOptions {
  /** The candidate (`GET /v1/candidates/{id}`): their first name. */
  candidate?: unknown;
  /** The application's scheduled interviews (`GET /v1/applications/{id}/scheduled_interviews`): completed ones are counted. */
  scheduledInterviews?: unknown;
  /** The recruiter or coordinator as a user (`GET /v1/users/{id}`): the contact's first name and email. */
  recruiter?: unknown;
  /** The job (`GET /v1/jobs/{id}`), when the application's `jobs` does not name it. */
  job?: unknown;
}

/**
 * Greenhouse Harvest: an application (`GET /v1/applications/{id}`) to the kit's properties, or
 * `null` unless Greenhouse says the employer rejected it (`status: "rejected"`, not a prospect, and
 * not "They rejected us"). Greenhouse has no stage types: `current_stage.name` is read by the rules.
 */
export function fromGreenhouse(application: unknown, options: GreenhouseOptions = {}): OnwardAttributes | null {
  const read = new Reader('fromGreenhouse');
  const app = start(read, application, 'application');
  if (!app || app.status !== 'rejected' || app.prospect === true) return null;
  const reason = read.object(app.rejection_reason, 'application.rejection_reason');
  const type = read.object(reason?.type, 'application.rejection_reason.type');
  // Type 2 is "They rejected us": the candidate withdrew.
  if (type?.id === 2 || type?.name === 'They rejected us') return null;
  const candidate = read.object(options.candidate, 'options.candidate');
  const recruiter = read.object(options.recruiter, 'options.recruiter') ?? read.object(candidate?.recruiter, 'candidate.recruiter');
  const [firstJob] = read.list(app.jobs, 'application.jobs');
  const job = read.object(firstJob, 'application.jobs[0]') ?? read.object(options.job, 'options.job');
  return tidy(
    {
      candidateName: read.firstName(candidate?.first_name, candidate?.name, 'candidate'),
      jobTitle: read.text(job?.name, 'job.name'),
      stage: read.stage(read.object(app.current_stage, 'application.current_stage')?.name, 'application.current_stage.name', options.stages),
      contactName: read.firstName(recruiter?.first_name, recruiter?.name, 'recruiter'),
      contactEmail: read.email(recruiter?.primary_email_address, 'recruiter.primary_email_address'),
      interviews: read.count(
        options.scheduledInterviews,
        'options.scheduledInterviews',
        (i) => i.status === 'complete' && (i.application_id == null || i.application_id === app.id),
      ),
      since: read.day(app.applied_at, 'application.applied_at'),
    },
    options,
    read,
  );
}
