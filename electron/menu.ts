import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentEntry } from '../contract/host-api';
import { accelerator } from '../contract/shortcuts';
import { t, type Lang } from '../core/i18n/catalog';

export interface MenuOptions {
  lang: Lang;
  isDev: boolean;
  platform: NodeJS.Platform;
  recent: readonly RecentEntry[];
  /** A menu item for the focused window's renderer. */
  command(command: MenuCommand): void;
  openRecent(path: string): void;
  setLanguage(lang: Lang): void;
  about(): void;
}

/**
 * The native menus, in the user's language, with the platform's usual accelerators. Commands
 * that need the document go to the focused window's renderer as `menu.command`; editing and
 * zoom use Electron's roles.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { lang } = options;
  const L = (key: Parameters<typeof t>[1]) => t(lang, key);
  const send = (command: MenuCommand) => () => options.command(command);
  const mac = options.platform === 'darwin';

  const recent: MenuItemConstructorOptions[] = options.recent.length
    ? options.recent.map((entry) => ({
        label: entry.name,
        toolTip: entry.path,
        enabled: entry.exists,
        click: () => options.openRecent(entry.path),
      }))
    : [{ label: L('shell.menu.recentEmpty'), enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: L('shell.menu.file'),
    submenu: [
      { label: L('shell.menu.new'), accelerator: accelerator('new'), click: send('new') },
      { label: L('shell.menu.open'), accelerator: accelerator('open'), click: send('open') },
      {
        label: L('shell.menu.followUp'),
        accelerator: accelerator('followUp'),
        click: send('followUp'),
      },
      { label: L('shell.menu.import'), accelerator: accelerator('import'), click: send('import') },
      {
        label: L('vorlage.menu'),
        accelerator: accelerator('importVorlage'),
        click: send('importVorlage'),
      },
      { label: L('shell.menu.recent'), submenu: recent },
      { type: 'separator' },
      {
        label: L('gremium.menu.edit'),
        accelerator: accelerator('editGremium'),
        click: send('editGremium'),
      },
      {
        label: L('gremium.menu.apply'),
        accelerator: accelerator('applyGremium'),
        click: send('applyGremium'),
      },
      {
        label: L('gremium.menu.archive'),
        accelerator: accelerator('archive'),
        click: send('archive'),
      },
      { type: 'separator' },
      { label: L('shell.menu.save'), accelerator: accelerator('save'), click: send('save') },
      { label: L('shell.menu.saveAs'), accelerator: accelerator('saveAs'), click: send('saveAs') },
      { type: 'separator' },
      {
        label: L('shell.menu.exportDocx'),
        accelerator: accelerator('exportDocx'),
        click: send('exportDocx'),
      },
      {
        label: L('shell.menu.exportPdf'),
        accelerator: accelerator('exportPdf'),
        click: send('exportPdf'),
      },
      {
        label: L('shell.menu.exportExtract'),
        accelerator: accelerator('exportExtract'),
        click: send('exportExtract'),
      },
      { type: 'separator' },
      { label: L('shell.menu.close'), accelerator: 'CmdOrCtrl+W', click: send('close') },
      ...(mac
        ? []
        : [
            { type: 'separator' } as const,
            { label: L('shell.menu.quit'), role: 'quit' as const, accelerator: 'Ctrl+Q' },
          ]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: L('shell.menu.edit'),
    submenu: [
      { label: L('shell.menu.undo'), role: 'undo', accelerator: 'CmdOrCtrl+Z' },
      { label: L('shell.menu.redo'), role: 'redo', accelerator: mac ? 'Cmd+Shift+Z' : 'Ctrl+Y' },
      { type: 'separator' },
      { label: L('shell.menu.cut'), role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { label: L('shell.menu.copy'), role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { label: L('shell.menu.paste'), role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { label: L('shell.menu.selectAll'), role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      { type: 'separator' },
      { label: L('shell.menu.find'), accelerator: accelerator('find'), click: send('find') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: L('shell.menu.view'),
    submenu: [
      {
        label: L('shell.menu.preview'),
        accelerator: accelerator('preview'),
        click: send('preview'),
      },
      { type: 'separator' },
      { label: L('shell.menu.zoomIn'), role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus' },
      { label: L('shell.menu.zoomOut'), role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
      { label: L('shell.menu.zoomReset'), role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
      { type: 'separator' },
      {
        label: L('shell.menu.fullscreen'),
        role: 'togglefullscreen',
        accelerator: mac ? 'Ctrl+Cmd+F' : 'F11',
      },
      { type: 'separator' },
      {
        label: L('shell.menu.language'),
        submenu: [
          {
            label: 'Deutsch',
            type: 'radio',
            checked: lang === 'de',
            click: () => options.setLanguage('de'),
          },
          {
            label: 'English',
            type: 'radio',
            checked: lang === 'en',
            click: () => options.setLanguage('en'),
          },
        ],
      },
      ...(options.isDev
        ? [
            { type: 'separator' } as const,
            {
              label: L('shell.menu.devtools'),
              role: 'toggleDevTools' as const,
              accelerator: mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I',
            },
          ]
        : []),
    ],
  };
  // Review and sign-off, and the completeness check: the same entries as the browser mode's bar.
  const review: MenuItemConstructorOptions = {
    label: L('reviewUi.menu.title'),
    submenu: [
      { label: L('workspace.checkMenu'), accelerator: accelerator('check'), click: send('check') },
      { type: 'separator' },
      {
        label: L('reviewUi.menu.panel'),
        accelerator: accelerator('reviewPanel'),
        click: send('reviewPanel'),
      },
      { type: 'separator' },
      {
        label: L('reviewUi.action.send'),
        accelerator: accelerator('sendForReview'),
        click: send('sendForReview'),
      },
      {
        label: L('reviewUi.action.return'),
        accelerator: accelerator('returnToDraft'),
        click: send('returnToDraft'),
      },
      { label: L('reviewUi.action.sign'), accelerator: accelerator('sign'), click: send('sign') },
      { type: 'separator' },
      {
        label: L('reviewUi.action.saveVersion'),
        accelerator: accelerator('saveVersion'),
        click: send('saveVersion'),
      },
      {
        label: L('reviewUi.action.changesSinceReview'),
        accelerator: accelerator('changesSinceReview'),
        click: send('changesSinceReview'),
      },
      { type: 'separator' },
      {
        label: L('reviewUi.action.addCorrection'),
        accelerator: accelerator('addCorrection'),
        click: send('addCorrection'),
      },
      { type: 'separator' },
      {
        label: L('signSettings.menu'),
        accelerator: accelerator('signatureSettings'),
        click: send('signatureSettings'),
      },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: L('shell.menu.help'),
    role: 'help',
    submenu: [
      {
        label: L('shell.menu.about'),
        accelerator: accelerator('about'),
        click: () => options.about(),
      },
    ],
  };
  return [
    ...(mac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    file,
    edit,
    view,
    review,
    help,
  ];
}
