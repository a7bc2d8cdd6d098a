import { useCallback, useEffect, useMemo, useState } from 'react';
import type { HostApi } from '../../../contract/host-api';
import type { SnippetSet } from '../../../core/snippets/model';
import { starterSnippetSet, type SnippetSetId } from '../../../core/snippets/starter';
import { pathsOf, type Paths } from '../../ui/paths';
import type { SnippetLibrary } from './library';

export const SNIPPET_FILE_NAME = 'Textbausteine.json';

/**
 * The snippet library over the host API (snippets.get/set/export/import; dialog.save for the
 * export path in Electron). Call it once in the workspace and pass the result to ItemEditor's
 * `snippets` prop. `starter` is the open document's body's set (bodySnippetSetId), used until
 * the clerk stores a set of their own.
 */
export function useSnippets(
  host: Pick<HostApi, 'call'>,
  starter: SnippetSetId = 'neutral',
): SnippetLibrary {
  const [set, setSet] = useState<SnippetSet>(() => starterSnippetSet(starter));
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [folder, setFolder] = useState<{ path: string; paths: Paths } | null>(null);
  const [electron, setElectron] = useState(false);

  useEffect(() => {
    let live = true;
    host.call('snippets.get', { starter }).then(
      (stored) => {
        if (!live) return;
        setSet(stored);
        setReady(true);
      },
      (failure: unknown) => {
        if (!live) return;
        setError(failure instanceof Error ? failure.message : String(failure));
        setReady(true);
      },
    );
    host.call('app.info', {}).then(
      (info) => {
        if (!live) return;
        setFolder({ path: info.documentsFolder, paths: pathsOf(info.paths) });
        setElectron(info.mode === 'electron');
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host, starter]);

  const save = useCallback(
    async (next: SnippetSet) => {
      const stored = await host.call('snippets.set', { name: next.name, snippets: next.snippets });
      setSet(stored);
      setError(null);
      return stored;
    },
    [host],
  );
  const exportTo = useCallback(
    async (path: string) => {
      await host.call('snippets.export', { path, starter });
    },
    [host, starter],
  );
  const importFrom = useCallback((path: string) => host.call('snippets.import', { path }), [host]);
  const chooseExportPath = useCallback(async () => {
    const answer = await host.call('dialog.save', {
      suggestedName: SNIPPET_FILE_NAME,
      kind: 'json',
    });
    return answer.unsupported ? null : answer.path;
  }, [host]);

  return useMemo(
    () => ({
      set,
      ready,
      error,
      save,
      exportTo,
      importFrom,
      ...(electron ? { chooseExportPath } : {}),
      suggestedPath: folder ? folder.paths.join(folder.path, SNIPPET_FILE_NAME) : SNIPPET_FILE_NAME,
    }),
    [set, ready, error, save, exportTo, importFrom, electron, chooseExportPath, folder],
  );
}
