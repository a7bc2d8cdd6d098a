import { useCallback, useEffect, useRef, useState } from 'react';
import type { FileEntry, HostRequest, HostResponse } from '../../contract/host-api';
import { useShell } from '../ui/context';
import { formatDateTime, useT } from '../ui/i18n';
import { Modal } from '../ui/Modal';

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

function joinPath(folder: string, name: string): string {
  const sep = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(sep) ? `${folder}${name}` : `${folder}${sep}${name}`;
}

function formatSize(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${Math.round(size / 1024)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}

/** The browser mode's file picker over files.list (Electron uses the native dialogs). */
export function FilePicker({ request, onDone, confirmOverwrite }: FilePickerProps) {
  const { host, lang, report } = useShell();
  const t = useT();
  const [listing, setListing] = useState<HostResponse<'files.list'> | null>(null);
  const [name, setName] = useState(request.suggestedName ?? '');
  const [selected, setSelected] = useState<string | null>(null);

  const load = useCallback(
    (folder: string | null) => {
      host
        .call('files.list', { folder, show: request.show ?? 'protokoll' })
        .then((result) => {
          setListing(result);
          setSelected(null);
        })
        .catch(report);
    },
    [host, report, request.show],
  );

  useEffect(() => load(null), [load]);

  // Opening: the keys start on the first file of the folder (then its first entry).
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (request.mode === 'save' || !listing) return;
    const list = listRef.current;
    (
      list?.querySelector<HTMLElement>('.pk-picker-file') ??
      list?.querySelector<HTMLElement>('[role="option"]')
    )?.focus();
  }, [listing, request.mode]);

  const choose = async (entry: FileEntry) => {
    if (entry.kind === 'folder') return load(entry.path);
    if (request.mode === 'open') return onDone(entry.path);
    if (request.mode === 'folder') return;
    setName(entry.name);
  };

  const submit = async () => {
    if (!listing) return;
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
    const ext = request.extension ?? '';
    if (ext && !fileName.toLowerCase().endsWith(ext)) fileName += ext;
    const exists = listing.entries.some((e) => e.kind === 'file' && e.name === fileName);
    if (exists && !(await confirmOverwrite(fileName))) return;
    onDone(joinPath(listing.folder, fileName));
  };

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
        <span className="pk-picker-folder" title={listing?.folder}>
          {listing?.folder ?? ''}
        </span>
      </div>
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
            value={name}
            data-autofocus
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') void submit();
            }}
          />
        </label>
      ) : null}
    </Modal>
  );
}
