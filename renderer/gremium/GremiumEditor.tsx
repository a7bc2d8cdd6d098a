import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { TemplateSummary } from '../../contract/host-api';
import {
  emptyGremium,
  gremiumFromDocument,
  validateGremium,
  type Gremium,
} from '../../core/body/gremium';
import {
  rulesProfileIdSchema,
  type Person,
  type ProtocolDocument,
  type Signatory,
  type StandingItem,
} from '../../core/model/schema';
import { stateOf } from '../../core/rules/profiles';
import { SNIPPET_SETS, snippetSetIdOf } from '../../core/snippets/starter';
import { useShell } from '../ui/context';
import { usePaths } from '../ui/paths';
import { useDialogs } from '../ui/dialogs';
import { useT } from '../ui/i18n';
import { Modal } from '../ui/Modal';
import { SelectField, TextField } from './fields';
import { PeopleTable } from './PeopleTable';
import './gremium.css';

/** The body as the editor holds it: the data and where it is stored. */
export interface OpenGremium {
  gremium: Gremium;
  path: string | null;
}

interface GremiumEditorProps {
  /** The body last edited in this window (kept while the editor is closed). */
  initial: OpenGremium | null;
  /** The open minutes, if any: their body can be taken in, and this body given to them. */
  document: ProtocolDocument | null;
  onApply(gremium: Gremium): void;
  onNewMinutes(gremium: Gremium): void;
  /** Folgesitzung: the last minutes (picked next) with this body leading. */
  onFollowUp(gremium: Gremium): void;
  onClose(current: OpenGremium | null): void;
}

type Tab = 'general' | 'members' | 'staff' | 'signing' | 'numbering';
const TABS: Tab[] = ['general', 'members', 'staff', 'signing', 'numbering'];

/**
 * The body file (.gremium) editor: name, kind, state profile, members with title, honorific,
 * group, role, voting right and term, staff and guests, chair, deputies and clerk, default
 * signatories, keyring, numbering patterns, standing items and snippet set. Open, save, take it
 * into the open minutes, or start new minutes of the body.
 */
export function GremiumEditor({
  initial,
  document,
  onApply,
  onNewMinutes,
  onFollowUp,
  onClose,
}: GremiumEditorProps) {
  const { host, report } = useShell();
  const { baseName: fileName } = usePaths();
  const dialogs = useDialogs();
  const t = useT();
  const [current, setCurrent] = useState<OpenGremium>(
    () =>
      initial ?? {
        gremium: document ? gremiumFromDocument(document) : emptyGremium(),
        path: null,
      },
  );
  // Taken from the open minutes, nothing is lost by leaving it: it is still in them.
  const [dirty, setDirty] = useState(false);
  const [tab, setTab] = useState<Tab>('general');
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const g = current.gremium;

  useEffect(() => {
    host.call('templates.list', {}).then(setTemplates).catch(report);
  }, [host, report]);

  const update = (change: (g: Gremium) => Gremium) => {
    setCurrent((c) => ({ ...c, gremium: change(c.gremium) }));
    setDirty(true);
    setProblem(null);
    setNotice(null);
  };
  const setBody = (patch: Partial<Gremium['body']>) =>
    update((g) => ({ ...g, body: { ...g.body, ...patch } }));

  const discardOk = async () =>
    !dirty ||
    (await dialogs.ask(t('gremium.editor.title'), t('gremium.editor.unsaved'), [
      { id: 'cancel', label: t('shell.dialog.cancel') },
      { id: 'discard', label: t('gremium.editor.discard'), kind: 'danger' },
    ])) === 'discard';

  const replace = (next: OpenGremium, isDirty: boolean) => {
    setCurrent(next);
    setDirty(isDirty);
    setProblem(null);
  };

  /** What must be there before the body is saved or used; null when it is complete. */
  const missing = (): string | null => {
    if (!g.body.name.trim()) return t('gremium.editor.needName');
    const index = g.people.findIndex((p) => !p.familyName.trim());
    if (index >= 0) return t('gremium.editor.needFamily', { index: index + 1 });
    return null;
  };
  /** The body as the core accepts it; shows what is wrong otherwise. */
  const checked = (): Gremium | null => {
    const lack = missing();
    if (lack) {
      setProblem(t('gremium.editor.problem', { problem: lack }));
      return null;
    }
    try {
      return validateGremium(g, g.body.name);
    } catch (error) {
      report(error);
      return null;
    }
  };

  const save = async (as: boolean) => {
    const body = checked();
    if (!body) return;
    const path =
      !as && current.path
        ? current.path
        : await dialogs.pickSave('gremium', g.body.shortName || g.body.name || 'Gremium');
    if (!path) return;
    try {
      const result = await host.call('gremium.write', { path, gremium: body });
      replace({ gremium: body, path: result.path }, false);
      setNotice(t('gremium.editor.saved', { file: result.name }));
    } catch (error) {
      report(error);
    }
  };

  const open = async () => {
    if (!(await discardOk())) return;
    const path = await dialogs.pickGremium();
    if (!path) return;
    try {
      const result = await host.call('gremium.read', { path });
      replace({ gremium: validateGremium(result.gremium, result.name), path: result.path }, false);
    } catch (error) {
      report(error);
    }
  };

  const fresh = async (fromDocument: boolean) => {
    if (!(await discardOk())) return;
    replace(
      {
        gremium: fromDocument && document ? gremiumFromDocument(document) : emptyGremium(),
        path: null,
      },
      true,
    );
  };

  const close = async () => {
    if (!(await discardOk())) return;
    onClose(dirty ? null : current);
  };

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step =
      event.key === 'ArrowRight'
        ? 1
        : event.key === 'ArrowLeft'
          ? -1
          : event.key === 'Home'
            ? -index
            : event.key === 'End'
              ? TABS.length - 1 - index
              : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = (index + step + TABS.length) % TABS.length;
    setTab(TABS[next]!);
    tabRefs.current[next]?.focus();
  };

  const setPeople = (people: Person[]) => update((g) => ({ ...g, people }));
  const members = g.people.filter((p) => p.kind === 'member');
  const others = g.people.filter((p) => p.kind !== 'member');
  const replaceKind = (kind: 'member' | 'other', list: Person[]) =>
    setPeople(
      kind === 'member'
        ? [...list, ...g.people.filter((p) => p.kind !== 'member')]
        : [...g.people.filter((p) => p.kind === 'member'), ...list],
    );
  const label = (p: Person) =>
    [p.honorific, p.title, p.givenName, p.familyName].filter(Boolean).join(' ') || p.id;
  const personOptions = (
    <>
      <option value="">{t('gremium.editor.nobody')}</option>
      {g.people.map((p) => (
        <option key={p.id} value={p.id}>
          {label(p)}
          {p.group ? ` (${p.group})` : p.unit ? ` (${p.unit})` : ''}
        </option>
      ))}
    </>
  );

  const title = current.path
    ? t('gremium.editor.titleFile', { file: fileName(current.path) })
    : t('gremium.editor.title');
  const tabLabel: Record<Tab, string> = {
    general: t('gremium.editor.tabGeneral'),
    members: `${t('gremium.editor.tabMembers')} (${members.length})`,
    staff: `${t('gremium.editor.tabStaff')} (${others.length})`,
    signing: t('gremium.editor.tabSigning'),
    numbering: t('gremium.editor.tabNumbering'),
  };

  /** A button that hands the body on, once it passes the checks (else the problem shows). */
  const withChecked = (act: (body: Gremium) => void) => () => {
    const body = checked();
    if (body) act(body);
  };

  return (
    <Modal
      title={`${title}${dirty ? ' •' : ''}`}
      className="pk-gremium"
      testId="gremium-editor"
      onCancel={() => void close()}
      footer={
        <>
          <span className="pk-gremium-status" role="status">
            {problem ?? notice ?? ''}
          </span>
          {document ? (
            <button type="button" className="pk-button" onClick={withChecked(onApply)}>
              {t('gremium.editor.apply')}
            </button>
          ) : null}
          <button type="button" className="pk-button" onClick={withChecked(onNewMinutes)}>
            {t('gremium.editor.newMinutes')}
          </button>
          <button type="button" className="pk-button" onClick={withChecked(onFollowUp)}>
            {t('gremium.editor.followUp')}
          </button>
          <button type="button" className="pk-button" onClick={() => void close()}>
            {t('gremium.editor.close')}
          </button>
          <button
            type="button"
            className="pk-button pk-button-primary"
            onClick={() => void save(false)}
          >
            {t('gremium.editor.save')}
          </button>
        </>
      }
    >
      <div className="pk-gremium-files" role="toolbar" aria-label={t('gremium.editor.title')}>
        <button type="button" className="pk-button" onClick={() => void fresh(false)}>
          {t('gremium.editor.new')}
        </button>
        <button type="button" className="pk-button" onClick={() => void open()}>
          {t('gremium.editor.open')}
        </button>
        {document ? (
          <button type="button" className="pk-button" onClick={() => void fresh(true)}>
            {t('gremium.editor.fromDocument')}
          </button>
        ) : null}
        <button type="button" className="pk-button" onClick={() => void save(true)}>
          {t('gremium.editor.saveAs')}
        </button>
      </div>
      <div className="pk-gremium-tabs" role="tablist" aria-label={t('gremium.editor.tabs')}>
        {TABS.map((id, index) => (
          <button
            key={id}
            ref={(el) => {
              tabRefs.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`pk-gremium-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`pk-gremium-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className={`pk-gremium-tab${tab === id ? ' is-active' : ''}`}
            onClick={() => setTab(id)}
            onKeyDown={(event) => onTabKey(event, index)}
          >
            {tabLabel[id]}
          </button>
        ))}
      </div>
      <div
        className="pk-gremium-panel"
        role="tabpanel"
        id={`pk-gremium-panel-${tab}`}
        aria-labelledby={`pk-gremium-tab-${tab}`}
        data-tab={tab}
      >
        {tab === 'general' ? (
          <div className="pk-gremium-grid">
            <TextField
              label={t('gremium.editor.name')}
              className="pk-gremium-wide"
              autoFocus
              value={g.body.name}
              onChange={(name) => setBody({ name })}
            />
            <TextField
              label={t('gremium.editor.shortName')}
              value={g.body.shortName}
              onChange={(shortName) => setBody({ shortName })}
            />
            <SelectField
              label={t('gremium.editor.kind')}
              value={g.body.kind}
              onChange={(kind) => setBody({ kind: kind as 'council' | 'committee' })}
            >
              <option value="council">{t('gremium.editor.kindCouncil')}</option>
              <option value="committee">{t('gremium.editor.kindCommittee')}</option>
            </SelectField>
            <SelectField
              label={t('gremium.editor.profile')}
              value={g.profile}
              onChange={(profile) =>
                update((g) => ({ ...g, profile: rulesProfileIdSchema.parse(profile) }))
              }
            >
              {rulesProfileIdSchema.options.map((id) => (
                <option key={id} value={id}>
                  {stateOf(id)?.name ?? t('shell.start.otherRules')}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('gremium.editor.template')}
              value={g.templateId}
              onChange={(templateId) => update((g) => ({ ...g, templateId }))}
            >
              <option value="">{t('gremium.editor.noTemplate')}</option>
              {templates.map((tpl) => (
                <option key={tpl.id} value={tpl.id}>
                  {tpl.stateName ? `${tpl.name} (${tpl.stateName})` : tpl.name}
                </option>
              ))}
            </SelectField>
            <label className="pk-field">
              <span>{t('gremium.editor.memberCount')}</span>
              <input
                type="number"
                min={0}
                max={10000}
                value={g.body.memberCount}
                onChange={(e) =>
                  setBody({ memberCount: Math.max(0, Math.floor(Number(e.target.value) || 0)) })
                }
              />
            </label>
            <SelectField
              label={t('gremium.editor.snippetSet')}
              value={snippetSetIdOf(g.body.snippetSet) ?? ''}
              onChange={(set) => setBody({ snippetSet: set || undefined })}
            >
              <option value="">{t('gremium.editor.snippetNone')}</option>
              {SNIPPET_SETS.map((set) => (
                <option key={set.id} value={set.id}>
                  {set.name}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t('gremium.editor.keyring')}
              className="pk-gremium-wide"
              value={g.body.keyring ?? ''}
              onChange={(keyring) => setBody({ keyring: keyring || undefined })}
            />
          </div>
        ) : null}
        {tab === 'members' ? (
          <PeopleTable
            kind="member"
            people={members}
            onChange={(list) => replaceKind('member', list)}
          />
        ) : null}
        {tab === 'staff' ? (
          <PeopleTable
            kind="other"
            people={others}
            onChange={(list) => replaceKind('other', list)}
          />
        ) : null}
        {tab === 'signing' ? (
          <SigningPanel g={g} update={update} personOptions={personOptions} label={label} />
        ) : null}
        {tab === 'numbering' ? <NumberingPanel g={g} setBody={setBody} /> : null}
      </div>
    </Modal>
  );
}

function SigningPanel({
  g,
  update,
  personOptions,
}: {
  g: Gremium;
  update(change: (g: Gremium) => Gremium): void;
  personOptions: React.ReactNode;
  label(p: Person): string;
}) {
  const t = useT();
  const deputies = g.body.deputyIds ?? [];
  const setDeputies = (ids: string[]) =>
    update((g) => ({ ...g, body: { ...g.body, deputyIds: ids } }));
  const setSignatories = (signatories: Signatory[]) => update((g) => ({ ...g, signatories }));
  const roles: { id: Signatory['role']; label: string }[] = [
    { id: 'chair', label: t('gremium.editor.roleChair') },
    { id: 'member', label: t('gremium.editor.roleMember') },
    { id: 'clerk', label: t('gremium.editor.roleClerk') },
    { id: 'mayor', label: t('gremium.editor.roleMayor') },
    { id: 'other', label: t('gremium.editor.roleOther') },
  ];
  return (
    <div className="pk-gremium-signing">
      <div className="pk-gremium-grid">
        <SelectField
          label={t('gremium.editor.chair')}
          autoFocus
          value={g.chairId}
          onChange={(chairId) => update((g) => ({ ...g, chairId }))}
        >
          {personOptions}
        </SelectField>
        <SelectField
          label={t('gremium.editor.clerk')}
          value={g.clerkId}
          onChange={(clerkId) => update((g) => ({ ...g, clerkId }))}
        >
          {personOptions}
        </SelectField>
      </div>
      <fieldset className="pk-gremium-set">
        <legend>{t('gremium.editor.deputies')}</legend>
        {deputies.map((id, i) => (
          <div key={i} className="pk-gremium-row">
            <SelectField
              label={t('gremium.editor.deputy', { index: i + 1 })}
              value={id}
              onChange={(deputy) => setDeputies(deputies.map((d, j) => (j === i ? deputy : d)))}
            >
              {personOptions}
            </SelectField>
            <button
              type="button"
              className="pk-button pk-button-quiet"
              onClick={() => setDeputies(deputies.filter((_, j) => j !== i))}
            >
              {t('gremium.editor.remove')}
            </button>
          </div>
        ))}
        <button type="button" className="pk-button" onClick={() => setDeputies([...deputies, ''])}>
          {t('gremium.editor.addDeputy')}
        </button>
      </fieldset>
      <fieldset className="pk-gremium-set">
        <legend>{t('gremium.editor.signatories')}</legend>
        {g.signatories.map((s, i) => {
          const set = (patch: Partial<Signatory>) =>
            setSignatories(g.signatories.map((x, j) => (j === i ? { ...x, ...patch } : x)));
          return (
            <div key={i} className="pk-gremium-row" data-signatory={i}>
              <SelectField
                label={t('gremium.editor.signatoryRole')}
                value={s.role}
                onChange={(role) => set({ role: role as Signatory['role'] })}
              >
                {roles.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.label}
                  </option>
                ))}
              </SelectField>
              <TextField
                label={t('gremium.editor.signatoryLabel')}
                value={s.label}
                onChange={(label) => set({ label })}
              />
              <SelectField
                label={t('gremium.editor.signatoryPerson')}
                value={s.personId}
                onChange={(personId) => set({ personId })}
              >
                {personOptions}
              </SelectField>
              <button
                type="button"
                className="pk-button pk-button-quiet"
                aria-label={`${t('gremium.editor.remove')}: ${t('gremium.editor.signatories')} ${i + 1}`}
                onClick={() => setSignatories(g.signatories.filter((_, j) => j !== i))}
              >
                {t('gremium.editor.remove')}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="pk-button"
          onClick={() =>
            setSignatories([...g.signatories, { role: 'member', label: '', personId: '' }])
          }
        >
          {t('gremium.editor.addSignatory')}
        </button>
      </fieldset>
    </div>
  );
}

function NumberingPanel({
  g,
  setBody,
}: {
  g: Gremium;
  setBody(patch: Partial<Gremium['body']>): void;
}) {
  const t = useT();
  const numbering = { minutes: '', paperRef: '', nonPublicPrefix: '', ...g.body.numbering };
  const setNumbering = (patch: Partial<typeof numbering>) =>
    setBody({ numbering: { ...numbering, ...patch } });
  const items = g.body.standingItems ?? [];
  const setItems = (standingItems: StandingItem[]) => setBody({ standingItems });
  return (
    <div>
      <div className="pk-gremium-grid">
        <TextField
          label={t('gremium.editor.minutesPattern')}
          autoFocus
          value={numbering.minutes}
          onChange={(minutes) => setNumbering({ minutes })}
        />
        <TextField
          label={t('gremium.editor.paperPattern')}
          value={numbering.paperRef}
          onChange={(paperRef) => setNumbering({ paperRef })}
        />
        <TextField
          label={t('gremium.editor.nonPublicPrefix')}
          value={numbering.nonPublicPrefix}
          onChange={(nonPublicPrefix) => setNumbering({ nonPublicPrefix })}
        />
      </div>
      <p className="pk-card-hint">{t('gremium.editor.patternHint')}</p>
      <fieldset className="pk-gremium-set">
        <legend>{t('gremium.editor.standingItems')}</legend>
        {items.map((item, i) => {
          const set = (patch: Partial<StandingItem>) =>
            setItems(items.map((x, j) => (j === i ? { ...x, ...patch } : x)));
          return (
            <div key={i} className="pk-gremium-row" data-standing={i}>
              <TextField
                label={t('gremium.editor.standingTitle')}
                className="pk-gremium-grow"
                value={item.title}
                onChange={(title) => set({ title })}
              />
              <label className="pk-gremium-check">
                <input
                  type="checkbox"
                  checked={item.public}
                  onChange={(e) => set({ public: e.target.checked })}
                />
                {t('gremium.editor.standingPublic')}
              </label>
              <SelectField
                label={t('gremium.editor.standingPosition')}
                value={item.position ?? 'start'}
                onChange={(position) => set({ position: position as 'start' | 'end' })}
              >
                <option value="start">{t('gremium.editor.positionStart')}</option>
                <option value="end">{t('gremium.editor.positionEnd')}</option>
              </SelectField>
              <button
                type="button"
                className="pk-button pk-button-quiet"
                aria-label={`${t('gremium.editor.remove')}: ${item.title || i + 1}`}
                onClick={() => setItems(items.filter((_, j) => j !== i))}
              >
                {t('gremium.editor.remove')}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="pk-button"
          onClick={() => setItems([...items, { title: '', public: true }])}
        >
          {t('gremium.editor.addStanding')}
        </button>
      </fieldset>
    </div>
  );
}
