import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FileEntry, HostRequest, HostResponse, PickerPlace } from '../../contract/host-api';
import { useShell } from '../ui/context';
import { errorCode, errorMessage } from '../ui/errors';
import { formatDateTime, useT } from '../ui/i18n';
import { Modal } from '../ui/Modal';
import { usePaths } from '../ui/paths';

export interface PickerRequest {
  /** `folder`: choose the folder shown (the archive); its files are listed for orientation. */
  mode: 'open' | 'save' | 'folder';
  /** For save: the extension the name gets, e.g. ".protokoll" or ".pdf". */
  extension?: string;
  suggestedName?: string;
  /** Export targets: show DOCX/PDF files too. */
  show?: HostRequest<'files.list'>['show'];
  title?: string;
}

interface FilePickerProps {
  request: PickerRequest;
  onDone(path: string | null): void;
  confirmOverwrite(name: string): Promise<boolean>;
}

function formatSize(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${Math.round(size / 1024)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The browser mode's file picker over files.list (Electron uses the native dialogs). It starts
 * in the documents folder (or the folder of the file given at start) and reaches only the
 * host's roots: home, this run's folders and the folders the user granted here. A full path
 * can be typed (Strg+L, the ✎ button, or in the file name when saving); a folder outside the
 * roots can be granted ("Ordner freigeben…"), never a system folder.
 */
export function FilePicker({ request, onDone, confirmOverwrite }: FilePickerProps) {
  const { host, lang } = useShell();
  const paths = usePaths();
  const t = useT();
  const [listing, setListing] = useState<HostResponse<'files.list'> | null>(null);
  const [places, setPlaces] = useState<PickerPlace[]>([]);
  const [name, setName] = useState(request.suggestedName ?? '');
  const [selected, setSelected] = useState<string | null>(null);
  /** The typed-path field: closed, going to a path, or granting a folder. */
  const [typing, setTyping] = useState<'go' | 'grant' | null>(null);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const pathRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  // Saving: the name's stem is selected as the dialog appears (the Modal has just focused the
  // field), so the first key typed replaces it and the extension stays, as in a desktop dialog.
  useLayoutEffect(() => {
    const field = nameRef.current;
    if (!field) return;
    const dot = field.value.lastIndexOf('.');
    field.setSelectionRange(0, dot > 0 ? dot : field.value.length);
  }, []);

  const list = useCallback(
    (folder: string | null) =>
      host.call('files.list', { folder, show: request.show ?? 'protokoll' }).then((result) => {
        setListing(result);
        setPlaces(result.places);
        setSelected(null);
        setProblem(null);
        return result;
      }),
    [host, request.show],
  );
  const load = useCallback(
    (folder: string | null) => {
      list(folder).catch((error: unknown) => setProblem(errorMessage(error, lang)));
    },
    [list, lang],
  );

  useEffect(() => load(null), [load]);

  useEffect(() => {
    if (typing) pathRef.current?.focus();
  }, [typing]);

  // Opening: the keys start on the first file of the folder (then its first entry).
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (request.mode === 'save' || !listing || typing) return;
    const list = listRef.current;
    (
      list?.querySelector<HTMLElement>('.pk-picker-file') ??
      list?.querySelector<HTMLElement>('[role="option"]')
    )?.focus();
    // Only a new listing moves the focus, not the path field closing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [listing, request.mode]);

  const openTyping = (mode: 'go' | 'grant') => {
    setTyped(listing?.folder ?? '');
    setNotice(null);
    setProblem(null);
    setTyping(mode);
  };

  /** A typed path: a folder to show, a file to open, or a folder and a name to save under. */
  const go = async () => {
    const path = typed.trim();
    if (!path) return;
    if (!paths.isAbsolute(path)) {
      setProblem(t('reach.notAbsolute', { path }));
      return;
    }
    try {
      await list(path);
      setTyping(null);
      return;
    } catch (error) {
      const code = errorCode(error);
      const { folder, name: last } = paths.split(path);
      if (code === 'shell.host.notAFolder' && request.mode === 'open') {
        // A file: the host checks it again when it opens it.
        setTyping(null);
        onDone(path);
        return;
      }
      if (
        request.mode === 'save' &&
        folder &&
        (code === 'shell.host.notAFolder' || code === 'shell.host.folderNotFound')
      ) {
        // A file to save over, or a new name: its folder, with the name in the name field.
        try {
          await list(folder);
          setName(last);
          setTyping(null);
        } catch (inner) {
          setProblem(errorMessage(inner, lang));
        }
        return;
      }
      setProblem(errorMessage(error, lang));
    }
  };

  const grant = async () => {
    const folder = typed.trim();
    if (!folder) return;
    try {
      const added = await host.call('files.addRoot', { folder });
      setPlaces(added.places);
      await list(added.folder);
      setTyping(null);
      setNotice(t('shell.picker.rootAdded', { folder: added.folder }));
    } catch (error) {
      setProblem(errorMessage(error, lang));
    }
  };

  const choose = async (entry: FileEntry) => {
    if (entry.kind === 'folder') return load(entry.path);
    if (request.mode === 'open') return onDone(entry.path);
    if (request.mode === 'folder') return;
    setName(entry.name);
  };

  // Speichern (or Enter) before the folder's listing has come from the host: it used to be
  // dropped without a word (a stress run: the picker stayed open with the name typed). It is
  // carried out once the listing is there.
  const submitWhenListed = useRef(false);
  const submit = async () => {
    if (!listing) {
      submitWhenListed.current = true;
      return;
    }
    if (request.mode === 'folder') {
      onDone(listing.folder);
      return;
    }
    if (request.mode === 'open') {
      if (selected) onDone(selected);
      return;
    }
    let fileName = name.trim();
    if (!fileName) return;
    let folder = listing;
    // A full path typed as the name: its folder must be one the picker may reach.
    if (paths.isAbsolute(fileName)) {
      const parts = paths.split(fileName);
      try {
        folder = await list(parts.folder);
      } catch (error) {
        setProblem(errorMessage(error, lang));
        return;
      }
      fileName = parts.name;
      setName(fileName);
      if (!fileName) return;
    }
    const ext = request.extension ?? '';
    if (ext && !fileName.toLowerCase().endsWith(ext)) fileName += ext;
    const exists = folder.entries.some((e) => e.kind === 'file' && e.name === fileName);
    if (exists && !(await confirmOverwrite(fileName))) return;
    onDone(paths.join(folder.folder, fileName));
  };

  useEffect(() => {
    if (!submitWhenListed.current || !listing) return;
    submitWhenListed.current = false;
    void submit();
    // This render's submit, which sees the listing that just came.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [listing]);

  const currentPlace = listing
    ? places
        .filter((place) => paths.isInside(listing.folder, place.path))
        .sort((a, b) => b.path.length - a.path.length)[0]
    : undefined;

  const removePlace = async (place: PickerPlace) => {
    try {
      const left = await host.call('files.removeRoot', { folder: place.path });
      setPlaces(left.places);
      load(null);
    } catch (error) {
      setProblem(errorMessage(error, lang));
    }
  };

  const placeLabel = (place: PickerPlace): string =>
    place.kind === 'documents'
      ? `${t('shell.picker.placeDocuments')} – ${place.path}`
      : place.kind === 'home'
        ? `${t('shell.picker.placeHome')} – ${place.path}`
        : place.path;

  const title =
    request.title ??
    (request.mode === 'open' ? t('shell.picker.openTitle') : t('shell.picker.saveTitle'));
  return (
    <Modal
      title={title}
      wide
      onCancel={() => onDone(null)}
      testId="file-picker"
      footer={
        <>
          <button type="button" className="pk-button" onClick={() => onDone(null)}>
            {t('shell.picker.cancel')}
          </button>
          <button
            type="button"
            className="pk-button pk-button-primary"
            disabled={
              request.mode === 'folder'
                ? !listing
                : request.mode === 'open'
                  ? !selected
                  : !name.trim()
            }
            onClick={() => void submit()}
          >
            {request.mode === 'folder'
              ? t('archive.view.chooseFolder')
              : request.mode === 'open'
                ? t('shell.picker.open')
                : t('shell.picker.save')}
          </button>
        </>
      }
    >
      <div
        className="pk-picker-body"
        onKeyDown={(event) => {
          // Strg+L anywhere in the picker: type a path (as in the system's file dialogs).
          if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'l') {
            event.preventDefault();
            openTyping('go');
          }
        }}
      >
        <div className="pk-picker-path">
          <button
            type="button"
            className="pk-button pk-button-quiet"
            disabled={!listing?.parent}
            onClick={() => listing?.parent && load(listing.parent)}
            title={t('shell.picker.up')}
            aria-label={t('shell.picker.up')}
          >
            ↑
          </button>
          {typing ? (
            <>
              <input
                ref={pathRef}
                type="text"
                className="pk-picker-typed"
                aria-label={t('shell.picker.path')}
                data-testid="picker-path"
                value={typed}
                spellCheck={false}
                onChange={(event) => setTyped(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') void (typing === 'grant' ? grant() : go());
                  if (event.key === 'Escape') {
                    // Closes the path field only, not the dialog.
                    event.stopPropagation();
                    setTyping(null);
                    setProblem(null);
                  }
                }}
              />
              <button
                type="button"
                className="pk-button"
                onClick={() => void (typing === 'grant' ? grant() : go())}
              >
                {typing === 'grant' ? t('shell.picker.addRoot') : t('shell.picker.go')}
              </button>
            </>
          ) : (
            <>
              <span
                className="pk-picker-folder"
                title={listing?.folder}
                data-testid="picker-folder"
              >
                {listing?.folder ?? ''}
              </span>
              <button
                type="button"
                className="pk-button pk-button-quiet"
                onClick={() => openTyping('go')}
                title={`${t('shell.picker.path')} (Strg+L)`}
                aria-label={t('shell.picker.path')}
                aria-keyshortcuts="Control+L"
              >
                ✎
              </button>
            </>
          )}
        </div>
        <div className="pk-picker-places">
          <label className="pk-picker-place">
            <span>{t('shell.picker.places')}</span>
            <select
              value={currentPlace?.path ?? ''}
              data-testid="picker-places"
              onChange={(event) => event.target.value && load(event.target.value)}
            >
              {currentPlace ? null : <option value="">–</option>}
              {places.map((place) => (
                <option key={`${place.kind}:${place.path}`} value={place.path}>
                  {placeLabel(place)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="pk-button" onClick={() => openTyping('grant')}>
            {`${t('shell.picker.addRoot')}…`}
          </button>
          {currentPlace?.kind === 'added' ? (
            <button
              type="button"
              className="pk-button pk-button-quiet"
              onClick={() => void removePlace(currentPlace)}
            >
              {t('shell.picker.removeRoot')}
            </button>
          ) : null}
        </div>
        {problem ? (
          <p className="pk-picker-problem" role="alert" data-testid="picker-problem">
            {problem}
          </p>
        ) : notice ? (
          <p className="pk-picker-notice" role="status" data-testid="picker-notice">
            {notice}
          </p>
        ) : null}
        <ul
          className="pk-picker-list"
          role="listbox"
          aria-label={t('shell.picker.folder')}
          ref={listRef}
        >
          {listing?.entries.map((entry) => (
            <li
              key={entry.path}
              role="option"
              aria-selected={selected === entry.path}
              tabIndex={0}
              className={`pk-picker-entry pk-picker-${entry.kind}${selected === entry.path ? ' is-selected' : ''}`}
              onClick={() =>
                entry.kind === 'folder'
                  ? load(entry.path)
                  : (setSelected(entry.path), request.mode === 'save' && setName(entry.name))
              }
              onDoubleClick={() => void choose(entry)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') void choose(entry);
              }}
            >
              <span className="pk-picker-icon" aria-hidden="true">
                {entry.kind === 'folder' ? '▸' : '▤'}
              </span>
              <span className="pk-picker-name">{entry.name}</span>
              <span className="pk-picker-meta">
                {entry.kind === 'file'
                  ? `${formatSize(entry.size)} · ${formatDateTime(entry.modifiedAt, lang)}`
                  : ''}
              </span>
            </li>
          ))}
          {listing && listing.entries.length === 0 ? (
            <li className="pk-picker-empty">{t('shell.picker.empty')}</li>
          ) : null}
        </ul>
        {request.mode === 'save' ? (
          <label className="pk-field">
            <span>{t('shell.picker.fileName')}</span>
            <input
              type="text"
              ref={nameRef}
              value={name}
              data-autofocus
              onChange={(event) => setName(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') void submit();
              }}
            />
          </label>
        ) : null}
      </div>
    </Modal>
  );
}
