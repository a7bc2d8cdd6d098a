import { describe, expect, it } from 'vitest';
import { buildSampleMeeting } from '../../../core/sample/sample';
import { initialSession, isDirty, sessionReducer, type SessionState } from './state';

const file = { path: '/tmp/a.protokoll', name: 'a.protokoll' };

function run(state: SessionState, ...actions: Parameters<typeof sessionReducer>[1][]) {
  return actions.reduce(sessionReducer, state);
}

describe('the document session', () => {
  const doc = buildSampleMeeting({ tops: 2 });

  it('is clean when opened and dirty after an edit, with or without the text', () => {
    const opened = initialSession(doc, file, false);
    expect(isDirty(opened)).toBe(false);
    const changed = { ...doc, meeting: { ...doc.meeting, place: 'Rathaus' } };
    const edited = run(opened, { type: 'edited', document: changed });
    expect(isDirty(edited)).toBe(true);
    expect(edited.document).toBe(changed);
    // The editor's first keystroke: unsaved at once, the text arrives later.
    const typed = run(opened, { type: 'edited' });
    expect(isDirty(typed)).toBe(true);
    expect(typed.document).toBe(doc);
  });

  it('starts unsaved when recovered or imported, until the first save', () => {
    const recovered = initialSession(doc, { path: null, name: '' }, true);
    expect(isDirty(recovered)).toBe(true);
    const saved = run(recovered, {
      type: 'saved',
      revision: recovered.revision,
      file: { ...file, savedAt: '2026-12-05T03:00:00Z' },
    });
    expect(isDirty(saved)).toBe(false);
    expect(saved.file.path).toBe(file.path);
  });

  it('keeps an edit made while saving unsaved', () => {
    const opened = run(initialSession(doc, file, false), { type: 'edited' });
    const writing = opened.revision;
    const later = run(
      opened,
      { type: 'busy', busy: 'saving' },
      { type: 'edited' },
      { type: 'saved', revision: writing, file: { ...file, savedAt: 'x' } },
      { type: 'busy', busy: null },
    );
    expect(isDirty(later)).toBe(true);
    expect(later.busy).toBeNull();
  });

  it('clears a notice on save and records autosave results', () => {
    const opened = initialSession(doc, file, false);
    const noticed = run(opened, { type: 'notice', text: 'Exportiert' });
    expect(noticed.notice).toBe('Exportiert');
    const failed = run(noticed, { type: 'autosaveFailed' });
    expect(failed.autosaveFailed).toBe(true);
    const autosaved = run(failed, { type: 'autosaved', at: 't1' });
    expect(autosaved).toMatchObject({ autosaveFailed: false, autosavedAt: 't1' });
    const saved = run(autosaved, {
      type: 'saved',
      revision: 0,
      file: { ...file, savedAt: 't2' },
    });
    expect(saved.notice).toBeNull();
  });
});
