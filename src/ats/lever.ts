import { Reader, WITHDREW, start, tidy, type AdapterOptions, type OnwardAttributes } from './read.js';

export interface LeverOptions extends AdapterOptions {
  /** The posting applied for (`GET /v1/postings/{id}`): its `text` is the job title. */
  posting?: unknown;
  /** The opportunity's stage (`GET /v1/stages/{id}`), unless the opportunity was fetched with `expand=stage`. */
  stage?: unknown;
  /** The archive reason (`GET /v1/archive_reasons/{id}`): `hired` gives `null`, as does a reason that says the candidate withdrew. */
  archiveReason?: unknown;
  /** The opportunity's interviews (`GET /v1/opportunities/{id}/interviews`): those held, not cancelled, are counted. */
  interviews?: unknown;
  /** The opportunity's owner as a user (`GET /v1/users/{id}`), unless fetched with `expand=owner`. */
  owner?: unknown;
  /** Now, in ms: interviews before it were held (a parameter, so the function stays pure). */
  now?: number;
}

/**
 * Lever: an opportunity (`GET /v1/opportunities/{id}`) to the kit's properties, or `null` unless
 * it is archived for a reason that is not `hired` and not the candidate withdrawing. Lever dates
 * are millisecond epochs.
 */
export function fromLever(opportunity: unknown, options: LeverOptions = {}): OnwardAttributes | null {
  const read = new Reader('fromLever');
  const opp = start(read, opportunity, 'opportunity');
  const archived = opp && read.object(opp.archived, 'opportunity.archived');
  if (!opp || !archived) return null;
  const reason = read.object(options.archiveReason, 'options.archiveReason');
  if (reason?.type === 'hired' || archived.reason === 'hired') return null;
  if (typeof reason?.text === 'string' && WITHDREW.test(reason.text)) return null;
  // Unexpanded, the stage and the owner are ids: then the options hold them.
  const stage = read.related(opp.stage, 'opportunity.stage', options.stage, 'options.stage');
  const owner = read.related(opp.owner, 'opportunity.owner', options.owner, 'options.owner');
  const posting = read.object(options.posting, 'options.posting');
  const now = typeof options.now === 'number' ? options.now : Date.now();
  return tidy(
    {
      candidateName: read.firstName(undefined, opp.name, 'opportunity'),
      jobTitle: read.text(posting?.text, 'posting.text'),
      stage: read.stage(stage?.text, 'stage.text', options.stages),
      contactName: read.firstName(undefined, owner?.name, 'owner'),
      contactEmail: read.email(owner?.email, 'owner.email'),
      interviews: read.count(options.interviews, 'options.interviews', (i) => typeof i.date === 'number' && i.date < now && i.canceledAt == null),
      since: read.day(opp.createdAt, 'opportunity.createdAt'),
    },
    options,
    read,
  );
}
