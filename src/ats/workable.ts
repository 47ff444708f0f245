import { Reader, WITHDREW, start, tidy, type AdapterOptions, type OnwardAttributes } from './read.js';

export interface WorkableOptions extends AdapterOptions {
  /** The recruiter as an account member (`GET /spi/v3/members`): their first name and email. */
  recruiter?: unknown;
}

/**
 * Workable: a candidate (`GET /spi/v3/candidates/{id}`, its `candidate`), which is one application
 * to one job, to the kit's properties, or `null` unless it is disqualified, not hired, not sourced,
 * and not for a reason that says the candidate withdrew. Workable's candidate carries no
 * interviews: leave `interviews` to the host.
 */
export function fromWorkable(candidate: unknown, options: WorkableOptions = {}): OnwardAttributes | null {
  const read = new Reader('fromWorkable');
  const c = start(read, candidate, 'candidate');
  if (!c || c.disqualified !== true || c.hired_at != null || c.sourced === true) return null;
  if (typeof c.disqualification_reason === 'string' && WITHDREW.test(c.disqualification_reason)) return null;
  const recruiter = read.object(options.recruiter, 'options.recruiter');
  return tidy(
    {
      candidateName: read.firstName(c.firstname, c.name, 'candidate'),
      jobTitle: read.text(read.object(c.job, 'candidate.job')?.title, 'candidate.job.title'),
      stage: read.stage(c.stage, 'candidate.stage', options.stages),
      contactName: read.firstName(undefined, recruiter?.name, 'recruiter'),
      contactEmail: read.email(recruiter?.email, 'recruiter.email'),
      since: read.day(c.created_at, 'candidate.created_at'),
    },
    options,
    read,
  );
}
