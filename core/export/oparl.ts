import { outcomeText, protocolNodes } from '../check/content';
import type { VoteJSON } from '../content/nodes-protocol';
import { oparlDateTime } from '../import/oparl-time';
import type { AgendaItem, Person, ProtocolDocument } from '../model/schema';
import { formatDate } from '../style/dates';
import { formalName } from '../style/names';
import { presenceAtItem } from '../votes/arithmetic';
import { OUTCOME_WORDS, voteLines } from '../votes/render';
import { t } from '../i18n/catalog';
import { isDraft } from './print-model';
import { publicView } from '../publication/public';
import { oparlBaseUrl } from './oparl-base';

export { oparlBaseUrl } from './oparl-base';

/**
 * A meeting's minutes as OParl 1.1 (https://schema.oparl.org/1.1/), as an object list page
 * ({"data": [...]}): the Meeting first, with its agenda items embedded (number, order, name,
 * public, result, resolutionText), then the Organization, Persons, Consultations and Papers it
 * refers to. OParl has no fields for vote counts or attendance; they travel in properties with
 * the prefix "protokollant:", documented in docs/oparl-extension.md.
 *
 * Every id is a URL, as OParl requires: objects that came from an OParl import keep their ids;
 * everything else gets a stable URL under a base the caller sets (the council's OParl server),
 * "<base>/<document id>/<kind>/<local id>", or under OPARL_PLACEHOLDER_BASE when none is set
 * (a reserved host that never resolves, so nobody takes it for a live server).
 */

const SCHEMA = 'https://schema.oparl.org/1.1/';
export const OPARL_EXTENSION_VERSION = 1;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The base of generated ids when the caller sets none: ".invalid" is reserved (RFC 2606). */
export const OPARL_PLACEHOLDER_BASE = 'https://protokollant.invalid/oparl';

export interface OparlExportOptions {
  /** created/modified of every object (OParl 1.1 requires both); default: now. */
  generatedAt?: string;
  /** Base URL of generated ids, e.g. "https://ris.kleinweiler.de/oparl"; http(s) only. */
  baseUrl?: string;
  /**
   * The internal transfer: non-public items with their texts and votes, absence reasons. By
   * default the export is the public version (see publicView); the file says which it is.
   */
  includeNonPublic?: boolean;
}

/** What a file holds: "public" (publishable) or "internal" (not for publication). */
export type OparlScope = 'public' | 'internal';

/** An id kept from an OParl import; only URLs qualify (OParl ids are URLs). */
function sourceId(value: unknown): string {
  const id = (value as { oparlId?: unknown }).oparlId;
  return typeof id === 'string' && /^https?:\/\/\S+$/i.test(id) ? id : '';
}

export function buildOparlExport(
  full: ProtocolDocument,
  options: OparlExportOptions = {},
): JsonObject {
  // OParl is a publication format: everything below reads the public view unless the
  // internal transfer was asked for. The draft state is judged on the full, signed text.
  const scope: OparlScope = options.includeNonPublic === true ? 'internal' : 'public';
  const document = scope === 'internal' ? full : publicView(full, { nonPublic: 'list' });
  const stamp = options.generatedAt ?? new Date().toISOString();
  const root = `${oparlBaseUrl(options.baseUrl ?? '') ?? OPARL_PLACEHOLDER_BASE}/${encodeURIComponent(document.id)}`;
  const url = (kind: string, local = '') =>
    `${root}/${kind}${local ? `/${encodeURIComponent(local)}` : ''}`;
  const base = (type: string, id: string): JsonObject => ({
    id,
    type: `${SCHEMA}${type}`,
  });
  const stamps: JsonObject = { created: stamp, modified: stamp };

  const meetingId = sourceId(document.meeting) || url('meeting');
  const organizationId = sourceId(document.body) || url('organization');
  const personId = new Map(
    document.people.map((p) => [p.id, sourceId(p) || url('person', p.id)] as const),
  );
  const itemId = new Map(
    document.items.map((i) => [i.id, sourceId(i) || url('agendaitem', i.id)] as const),
  );
  const ref = (id: string): Json => personId.get(id) ?? null;

  // Groups become organizations of their own, so memberships can say on whose behalf.
  const groups = [...new Set(document.people.map((p) => (p.kind === 'member' ? p.group : '')))]
    .filter(Boolean)
    .sort((a, b) => a.localeCompare(b, 'de'));
  const groupId = (group: string) => url('organization', `group-${group}`);

  const person = (p: Person): JsonObject => {
    const out: JsonObject = {
      ...base('Person', personId.get(p.id)!),
      name: [p.title, p.givenName, p.familyName].filter(Boolean).join(' '),
      familyName: p.familyName,
    };
    if (p.givenName) out.givenName = p.givenName;
    if (p.formOfAddress) out.formOfAddress = p.formOfAddress;
    if (p.title) out.title = p.title.split(/\s+(?=\S+\.)/);
    // What OParl has no field for, so a re-import gives the same roster.
    out['protokollant:kind'] = p.kind;
    if (p.honorific) out['protokollant:honorific'] = p.honorific;
    if (p.unit) out['protokollant:unit'] = p.unit;
    // A member's role travels in the membership; staff and guests have none.
    if (p.role && p.kind !== 'member') out['protokollant:role'] = p.role;
    if (p.group && p.kind !== 'member') out['protokollant:group'] = p.group;
    if (p.kind === 'member') {
      const membership: JsonObject = {
        ...base('Membership', url('membership', p.id)),
        person: personId.get(p.id)!,
        organization: organizationId,
        votingRight: p.votingRight,
        ...stamps,
      };
      if (p.role) membership.role = p.role;
      if (p.group) membership.onBehalfOf = groupId(p.group);
      out.membership = [membership];
    }
    return { ...out, ...stamps };
  };

  const consultations: JsonObject[] = [];
  const papers = new Map<string, JsonObject>();
  const agendaItem = (item: AgendaItem, index: number): JsonObject => {
    const id = itemId.get(item.id)!;
    const out: JsonObject = {
      ...base('AgendaItem', id),
      meeting: meetingId,
      number: item.number,
      order: index + 1,
      name: item.title,
      public: item.public,
    };
    if (item.paperRef) {
      const paperId = url('paper', item.paperRef);
      if (!papers.has(paperId)) {
        papers.set(paperId, {
          ...base('Paper', paperId),
          name: item.title,
          reference: item.paperRef,
          ...stamps,
        });
      }
      const consultationId = url('consultation', item.id);
      consultations.push({
        ...base('Consultation', consultationId),
        paper: paperId,
        agendaItem: id,
        meeting: meetingId,
        organization: [organizationId],
        ...stamps,
      });
      out.consultation = consultationId;
    }
    const votes = protocolNodes(item.content).votes.map((v) => v.node);
    if (votes.length > 0) out.result = OUTCOME_WORDS[votes[votes.length - 1]!.outcome];
    const resolution = outcomeText(document, item);
    if (resolution) out.resolutionText = resolution;
    if (votes.length > 0) out['protokollant:votes'] = votes.map((v) => voteJson(item, v));
    if (item.minutesNumber) out['protokollant:minutesNumber'] = item.minutesNumber;
    if (item.fileRef) out['protokollant:fileRef'] = item.fileRef;
    if (item.rapporteur) out['protokollant:rapporteur'] = item.rapporteur;
    if (item.treatment) out['protokollant:treatment'] = item.treatment;
    return { ...out, ...stamps };
  };

  const voteJson = (item: AgendaItem, vote: VoteJSON): JsonObject => {
    const presence = presenceAtItem(document, item.id, vote.excluded);
    return {
      outcome: vote.outcome,
      result: OUTCOME_WORDS[vote.outcome],
      subject: vote.subject,
      text: voteLines(document, vote, new Set()).join('\n'),
      counts: vote.counts ? { ...vote.counts } : null,
      namedVotes: vote.namedVotes.map((v) => ({ person: ref(v.personId), vote: v.vote })),
      excluded: vote.excluded.map(ref),
      entitled: presence.known ? presence.entitled.length : null,
    };
  };

  const items = document.items.map(agendaItem);
  const meeting: JsonObject = {
    ...base('Meeting', meetingId),
    name: `${document.body.name}${document.meeting.date ? `, Sitzung vom ${formatDate(document.meeting.date)}` : ''}`,
    meetingState: isDraft(full) ? 'eingeladen' : 'durchgeführt',
    cancelled: false,
  };
  // OParl's start and end are date-times; a date without a time of day is no start time, so
  // it travels in the extension (and in the name) rather than as a made-up midnight.
  const start = oparlDateTime(document.meeting.date, document.meeting.start);
  const end = oparlDateTime(document.meeting.date, document.meeting.end);
  if (start.includes('T')) meeting.start = start;
  if (end.includes('T')) meeting.end = end;
  if (document.meeting.place) {
    meeting.location = {
      ...base('Location', url('location')),
      description: document.meeting.place,
      ...stamps,
    };
  }
  meeting.organization = [organizationId];
  const byPerson = new Map(document.attendance.map((a) => [a.personId, a]));
  const presentSomewhere = new Set(
    document.items.flatMap((i) => presenceAtItem(document, i.id).present.map((p) => p.id)),
  );
  const participants = document.people.filter((p) => presentSomewhere.has(p.id));
  if (document.attendance.length > 0) meeting.participant = participants.map((p) => ref(p.id));
  meeting.agendaItem = items;
  meeting['protokollant:version'] = OPARL_EXTENSION_VERSION;
  if (document.meeting.date) meeting['protokollant:date'] = document.meeting.date;
  meeting['protokollant:scope'] = scope;
  meeting['protokollant:scopeNote'] = t(
    'de',
    scope === 'internal' ? 'safety.oparlInternal' : 'safety.oparlPublic',
  );
  const chair = document.people.find((p) => p.id === document.meeting.chairId);
  const clerk = document.people.find((p) => p.id === document.meeting.clerkId);
  if (chair) meeting['protokollant:chair'] = ref(chair.id);
  if (clerk) meeting['protokollant:clerk'] = ref(clerk.id);
  if (document.meeting.minutesNumber) {
    meeting['protokollant:minutesNumber'] = document.meeting.minutesNumber;
  }
  meeting['protokollant:quorate'] = document.meeting.quorate;
  meeting['protokollant:convenedProperly'] = document.meeting.convenedProperly;
  if (document.attendance.length > 0) {
    meeting['protokollant:attendance'] = document.people
      .filter((p) => byPerson.has(p.id))
      .map((p) => {
        const a = byPerson.get(p.id)!;
        return {
          person: ref(p.id),
          name: formalName(p),
          status: a.status,
          reason: a.reason,
          arrivedAtItem: a.arrivedAtItem ? (itemId.get(a.arrivedAtItem) ?? null) : null,
          leftAfterItem: a.leftAfterItem ? (itemId.get(a.leftAfterItem) ?? null) : null,
        };
      });
  }
  Object.assign(meeting, stamps);

  const organization: JsonObject = {
    ...base('Organization', organizationId),
    name: document.body.name,
    organizationType: 'Gremium',
    classification: document.body.kind === 'committee' ? 'Ausschuss' : 'Rat',
    // OParl's Organization.meeting is the URL of an external list, which a file cannot serve;
    // the Meeting points here through its "organization" instead.
    'protokollant:kind': document.body.kind,
    'protokollant:shortName': document.body.shortName,
    'protokollant:memberCount': document.body.memberCount,
    ...stamps,
  };
  const groupOrganizations = groups.map((g) => ({
    ...base('Organization', groupId(g)),
    name: g,
    shortName: g,
    organizationType: 'Fraktion',
    ...stamps,
  }));

  const data: Json[] = [
    meeting,
    organization,
    ...groupOrganizations,
    ...document.people.map(person),
    ...consultations,
    ...papers.values(),
  ];
  return {
    'protokollant:scope': scope,
    data,
    pagination: {
      totalElements: data.length,
      elementsPerPage: data.length,
      currentPage: 1,
      totalPages: 1,
    },
    links: {},
  };
}

export function renderOparl(document: ProtocolDocument, options: OparlExportOptions = {}): string {
  return `${JSON.stringify(buildOparlExport(document, options), null, 2)}\n`;
}
