import { useState, type FormEvent } from 'react';
import type { HostResponse } from '../../contract/host-api';
import { formatDate } from '../../core/style/dates';
import { useShell } from '../ui/context';
import { useDialogs } from '../ui/dialogs';
import { useT } from '../ui/i18n';
import { Modal } from '../ui/Modal';
import './gremium.css';

type Listing = HostResponse<'archive.open'>;
type Found = HostResponse<'archive.search'> & { query: string };

/** What the archive view shows when it opens again in the same window. */
export interface ArchiveState {
  listing: Listing | null;
  found: Found | null;
}

interface ArchiveViewProps {
  initial: ArchiveState;
  onOpen(path: string, itemId: string | null, state: ArchiveState): void;
  onClose(state: ArchiveState): void;
}

/**
 * A folder of minutes opened as an archive (the body's folder on the file server): the files
 * by date and number, and full-text search across every item (core/archive/search.ts in the
 * host); each hit opens its minutes at that item.
 */
export function ArchiveView({ initial, onOpen, onClose }: ArchiveViewProps) {
  const { host, report } = useShell();
  const dialogs = useDialogs();
  const t = useT();
  const [listing, setListing] = useState<Listing | null>(initial.listing);
  const [found, setFound] = useState<Found | null>(initial.found);
  const [query, setQuery] = useState(initial.found?.query ?? '');
  const [busy, setBusy] = useState(false);
  const state = (): ArchiveState => ({ listing, found });

  const pick = async () => {
    const folder = await dialogs.pickFolder(t('archive.view.pickTitle'));
    if (!folder) return;
    setBusy(true);
    try {
      setListing(await host.call('archive.open', { folder }));
      setFound(null);
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  const search = async (event: FormEvent) => {
    event.preventDefault();
    const q = query.trim();
    if (!listing || !q) return;
    try {
      const result = await host.call('archive.search', { folder: listing.folder, query: q });
      setFound({ ...result, query: q });
    } catch (error) {
      report(error);
    }
  };

  const date = (iso: string) => formatDate(iso) || '–';
  return (
    <Modal
      title={
        listing
          ? t('archive.view.titleFolder', { folder: listing.folder })
          : t('archive.view.title')
      }
      className="pk-archive"
      testId="archive-view"
      onCancel={() => onClose(state())}
      footer={
        <button type="button" className="pk-button" onClick={() => onClose(state())}>
          {t('archive.view.close')}
        </button>
      }
    >
      <div className="pk-archive-bar">
        <button
          type="button"
          className={`pk-button${listing ? '' : ' pk-button-primary'}`}
          data-autofocus={listing ? undefined : true}
          onClick={() => void pick()}
        >
          {t('archive.view.pickFolder')}
        </button>
        {listing ? (
          <form className="pk-archive-search" role="search" onSubmit={(e) => void search(e)}>
            <label className="pk-archive-query">
              <span className="pk-gremium-hidden">{t('archive.view.searchLabel')}</span>
              <input
                type="search"
                data-autofocus
                value={query}
                placeholder={t('archive.view.searchLabel')}
                onChange={(e) => setQuery(e.target.value)}
              />
            </label>
            <button type="submit" className="pk-button pk-button-primary" disabled={!query.trim()}>
              {t('archive.view.search')}
            </button>
          </form>
        ) : null}
      </div>
      <p className="pk-card-hint" role="status">
        {busy
          ? t('archive.view.loading')
          : listing
            ? t('archive.view.summary', { files: listing.files.length, items: listing.items })
            : t('archive.view.noFolder')}
      </p>
      {listing && listing.problems.length > 0 ? (
        <div className="pk-archive-problems">
          <p>{t('archive.view.problems', { count: listing.problems.length })}</p>
          <ul>
            {listing.problems.map((p) => (
              <li key={p.file}>{p.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {found ? (
        <section className="pk-archive-hits" aria-labelledby="pk-archive-hits-title">
          <h3 id="pk-archive-hits-title" className="pk-archive-heading">
            {found.total === 0
              ? t('archive.view.noHitsApp', { query: found.query })
              : t('archive.view.hits', { count: found.total, query: found.query })}
          </h3>
          <ul className="pk-archive-list" data-testid="archive-hits">
            {found.hits.map((hit) => (
              <li key={`${hit.path}#${hit.itemId}`} className="pk-archive-hit">
                <button
                  type="button"
                  className="pk-archive-open"
                  onClick={() => onOpen(hit.path, hit.itemId, state())}
                >
                  <span className="pk-archive-where">
                    {date(hit.date)}
                    {hit.minutesNumber ? ` · Nr. ${hit.minutesNumber}` : ''} · TOP {hit.top}
                    {hit.public ? '' : ` · ${t('archive.view.nonPublic')}`}
                  </span>
                  <span className="pk-archive-title">{hit.title}</span>
                  <span className="pk-archive-line">{hit.line}</span>
                  <span className="pk-archive-file">{hit.file}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {listing && listing.files.length > 0 ? (
        <section className="pk-archive-files" aria-labelledby="pk-archive-files-title">
          <h3 id="pk-archive-files-title" className="pk-archive-heading">
            {t('archive.view.list')}
          </h3>
          <table className="pk-archive-table" data-testid="archive-files">
            <thead>
              <tr>
                <th scope="col">{t('archive.view.colDate')}</th>
                <th scope="col">{t('archive.view.colNumber')}</th>
                <th scope="col">{t('archive.view.colBody')}</th>
                <th scope="col">{t('archive.view.colItems')}</th>
                <th scope="col">{t('archive.view.colFile')}</th>
              </tr>
            </thead>
            <tbody>
              {listing.files.map((f) => (
                <tr key={f.path}>
                  <td>{date(f.date)}</td>
                  <td>{f.minutesNumber}</td>
                  <td>{f.body}</td>
                  <td>{f.items}</td>
                  <td>
                    <button
                      type="button"
                      className="pk-list-link pk-archive-file-link"
                      onClick={() => onOpen(f.path, null, state())}
                    >
                      {f.file}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </Modal>
  );
}
