import type {
  NamedVote,
  VoteChoice,
  VoteCounts,
  VoteJSON,
  VoteOutcome,
} from '../content/nodes-protocol';
import { findPerson } from '../model/fields';
import type { ProtocolDocument } from '../model/schema';
import { speakerText, UNKNOWN_PERSON } from '../speakers/render';
import { mentionName } from '../style/names';

/**
 * A vote result in the words of the minutes. The text is German because the minutes are: it is
 * document text, not user interface (the interface labels live in the message catalog).
 */

/** The outcome in a word or two, as OParl's AgendaItem.result and the vote dialog show it. */
export const OUTCOME_WORDS: Record<VoteOutcome, string> = {
  einstimmig: 'einstimmig',
  einmuetig: 'einmütig',
  'mehrheitlich-zugestimmt': 'mehrheitlich zugestimmt',
  'mehrheitlich-abgelehnt': 'mehrheitlich abgelehnt',
  vertagt: 'vertagt',
  zurueckgestellt: 'zurückgestellt',
  'zur-kenntnis-genommen': 'zur Kenntnis genommen',
  'geaendert-beschlossen': 'geändert beschlossen',
};

/** Outcomes that are a decision on the matter (and so need a quorum and, by law, a result). */
export const DECIDING_OUTCOMES: ReadonlySet<VoteOutcome> = new Set([
  'einstimmig',
  'einmuetig',
  'mehrheitlich-zugestimmt',
  'mehrheitlich-abgelehnt',
  'geaendert-beschlossen',
]);

/** "Der Verwaltungsausschuss": the body as it stands at the start of a sentence. */
export function bodyInSentence(document: ProtocolDocument): string {
  return document.body.shortName.trim() || 'Das Gremium';
}

/** "Der Verwaltungsausschuss stimmt dem Beschlussantrag einmütig zu." */
export function outcomeSentence(document: ProtocolDocument, vote: VoteJSON): string {
  const who = bodyInSentence(document);
  const what = vote.subject.trim() || 'dem Beschlussantrag';
  switch (vote.outcome) {
    case 'einstimmig':
      return `${who} stimmt ${what} einstimmig zu.`;
    case 'einmuetig':
      return `${who} stimmt ${what} einmütig zu.`;
    case 'mehrheitlich-zugestimmt':
      return `${who} stimmt ${what} mehrheitlich zu.`;
    case 'mehrheitlich-abgelehnt':
      return `${who} stimmt ${what} mehrheitlich nicht zu.`;
    case 'geaendert-beschlossen':
      return `${who} stimmt ${what} mit den in der Sitzung beschlossenen Änderungen zu.`;
    case 'zur-kenntnis-genommen':
      return vote.subject.trim() ? `${who} nimmt von ${what} Kenntnis.` : `${who} nimmt Kenntnis.`;
    case 'vertagt':
      return `${who} vertagt die Beratung.`;
    case 'zurueckgestellt':
      return `${who} stellt den Tagesordnungspunkt zurück.`;
  }
}

/** "Abstimmungsergebnis: Ja 6, Nein 1, Enthaltung 2". */
export function countsLine(counts: VoteCounts): string {
  return `Abstimmungsergebnis: Ja ${counts.yes}, Nein ${counts.no}, Enthaltung ${counts.abstain}`;
}

const CHOICE_WORDS: Record<VoteChoice, string> = {
  ja: 'Ja',
  nein: 'Nein',
  enthaltung: 'Enthaltung',
};

/** "Namentliche Abstimmung: Ja: GR Hahn (SPD), GRin Ilg (SPD); Nein: GR Engel (FW)". */
export function namedVotesLine(document: ProtocolDocument, named: readonly NamedVote[]): string {
  const groups = (['ja', 'nein', 'enthaltung'] as const)
    .map((choice) => {
      const names = named
        .filter((v) => v.vote === choice)
        .map((v) => {
          const person = findPerson(document, v.personId);
          return person ? mentionName(person, true) : UNKNOWN_PERSON;
        });
      return names.length > 0 ? `${CHOICE_WORDS[choice]}: ${names.join(', ')}` : '';
    })
    .filter(Boolean);
  return `Namentliche Abstimmung: ${groups.join('; ')}`;
}

/** Counts of a roll-call vote, when one was held. */
export function countsOfNamedVotes(named: readonly NamedVote[]): VoteCounts {
  return {
    yes: named.filter((v) => v.vote === 'ja').length,
    no: named.filter((v) => v.vote === 'nein').length,
    abstain: named.filter((v) => v.vote === 'enthaltung').length,
  };
}

/**
 * Every line a vote prints, in order: the resolution sentence, the counts, the named votes and
 * who did not take part for bias. `mentioned` is the item's set of people named so far.
 */
export function voteLines(
  document: ProtocolDocument,
  vote: VoteJSON,
  mentioned: Set<string>,
): string[] {
  const lines = [outcomeSentence(document, vote)];
  if (vote.counts) lines.push(countsLine(vote.counts));
  if (vote.namedVotes.length > 0) lines.push(namedVotesLine(document, vote.namedVotes));
  if (vote.excluded.length > 0) {
    const who = speakerText(document, vote.excluded, mentioned);
    const verb = vote.excluded.length === 1 ? 'hat' : 'haben';
    lines.push(`${who} ${verb} wegen Befangenheit an Beratung und Abstimmung nicht mitgewirkt.`);
  }
  return lines;
}
