import { describe, expect, it } from 'vitest';
import { t } from '../../../core/i18n/catalog';
import { buildKleinweilerExample } from '../../../scripts/examples/kleinweiler';
import type { RulesProfileId } from '../../../core/model/schema';
import { quorumHint } from '../../../core/model/ops/quorum';
import { quorumLaw } from './summary';

/**
 * The quorum hint's law in the attendance view: a rule read in the law's text is named as the
 * law's, one that was not read says so, and a state without a rule on file says what is assumed.
 */
function hintText(profile: RulesProfileId, secondConvening = false): string {
  const doc = buildKleinweilerExample();
  const withProfile = {
    ...doc,
    rules: { ...doc.rules, profile },
    meeting: { ...doc.meeting, ...(secondConvening ? { secondConvening: true } : {}) },
  };
  const hint = quorumHint(withProfile)!;
  const { key, params } = quorumLaw(profile, hint);
  return t('de', key, params);
}

describe('quorumLaw', () => {
  it('names a read rule as the law, in words or by its paragraph', () => {
    expect(hintText('bw-gemo-38')).toBe('(§ 37 Abs. 2 GemO BW: mindestens die Hälfte)');
    expect(hintText('he-hgo')).toBe('(nach § 53 Abs. 1 und 3 HGO)');
  });

  it('says out loud when the paragraph was not read in a text of the law', () => {
    // Art. 47 GO Bayern: a wiki's quotation; § 49 GO NRW: a learning platform; § 38 Abs. 3
    // GO SH: an older wording in a court decision.
    expect(hintText('by-go-54')).toBe(
      '(nach Art. 47 Abs. 2 GO Bayern; Wortlaut nicht im Gesetzestext geprüft)',
    );
    expect(hintText('nrw-go-52')).toBe(
      '(nach § 49 Abs. 1 GO NRW; Wortlaut nicht im Gesetzestext geprüft)',
    );
    expect(hintText('sh-go', true)).toBe(
      '(nach § 38 Abs. 3 GO SH; Wortlaut nicht im Gesetzestext geprüft)',
    );
    expect(hintText('sh-go')).toBe('(nach § 38 Abs. 1 und 2 GO SH)');
  });

  it('says what it assumes where no rule is on file', () => {
    expect(hintText('th-thuerko')).toBe(
      '(Regel des Landes nicht hinterlegt; angenommen: mehr als die Hälfte)',
    );
  });
});
