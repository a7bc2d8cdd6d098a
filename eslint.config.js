// ESLint: code quality plus the layer rules of the project. Dependencies point one way:
//   core (pure protocol logic) ← contract (the host API) ← host (Node) ← cli, electron
//   core, contract ← renderer (browser)
// The core imports no Node, DOM or Electron; tsconfig.core.json checks the same without DOM
// and Node types, so the rule holds for globals too.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import floors from './scripts/eslint-floors.js';

// Node's built-in modules by their bare names (exact matches, so a folder of ours called
// "util" is not mistaken for node's), plus every `node:` import through a pattern.
const nodeBuiltins = [
  'fs',
  'fs/promises',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'worker_threads',
  'module',
];
const nodeModules = ['node:*'];

/**
 * The floors inside the core: the base (messages, errors, helpers), the model (the document, its
 * content and how its values are written), the features (every other folder, the model's
 * operations among them), export on top; the contract above them all. A floor imports only its
 * own and lower floors (scripts/eslint-floors.js; docs/architecture.md).
 */
const CORE = ['base', 'model', 'features', 'export'];
const coreFloors = [
  { name: 'base', paths: ['core/i18n/', 'core/errors.ts', 'core/util/'], may: [] },
  {
    name: 'model',
    paths: ['core/model/', 'core/content/', 'core/style/'],
    may: CORE.slice(0, 1),
  },
  { name: 'features', paths: ['core/', 'core/model/ops/'], may: CORE.slice(0, 2) },
  { name: 'export', paths: ['core/export/'], may: CORE.slice(0, 3) },
  { name: 'contract', paths: ['contract/'], may: CORE },
];

/**
 * The floors inside the renderer: the host clients, the ui primitives, the features (each folder
 * a room of its own: a feature does not import another), the workspace that puts the features
 * together, and the shell (App, DocumentFrame, start screen, menus) on top. Everything may use
 * the core and the contract.
 */
const rendererFloors = [
  { name: 'core', paths: ['core/', 'contract/'], may: [] },
  { name: 'host', paths: ['renderer/host/'], may: ['core'] },
  { name: 'ui', paths: ['renderer/ui/', 'renderer/styles/'], may: ['core', 'host'] },
  // The user's own settings (keys, keyring): a feature the review and the shell both use.
  { name: 'settings', paths: ['renderer/settings/'], may: ['core', 'host', 'ui'] },
  { name: 'feature', paths: ['renderer/'], each: true, may: ['core', 'host', 'ui', 'settings'] },
  {
    name: 'workspace',
    paths: ['renderer/workspace/'],
    may: ['core', 'host', 'ui', 'settings', 'feature'],
  },
  {
    name: 'shell',
    paths: ['renderer/shell/', 'renderer/main.tsx'],
    may: ['core', 'host', 'ui', 'settings', 'feature', 'workspace'],
  },
  {
    name: 'harness',
    paths: ['renderer/harness/'],
    may: ['core', 'host', 'ui', 'settings', 'feature'],
  },
];

const layer = (message, patterns, { node = false } = {}) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: node ? nodeBuiltins.map((name) => ({ name, message })) : [],
      patterns: [{ group: patterns, message }],
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'out/**',
      'test-results/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // No circles anywhere in the code: the graph runs one way.
    files: ['{core,contract,renderer,host,cli,electron}/**/*.{ts,tsx}'],
    plugins: { floors },
    rules: {
      'floors/no-cycle': [
        'error',
        { folders: ['core', 'contract', 'renderer', 'host', 'cli', 'electron'] },
      ],
    },
  },
  {
    files: ['core/**/*.ts', 'contract/**/*.ts'],
    ignores: ['**/*.test.ts'],
    plugins: { floors },
    rules: { 'floors/floor': ['error', { layer: 'core floors', floors: coreFloors }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    plugins: { floors },
    rules: { 'floors/floor': ['error', { layer: 'renderer floors', floors: rendererFloors }] },
  },
  {
    files: ['core/**/*.ts', 'contract/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...layer(
        'The core is pure: no Node, DOM, Electron, UI or host imports.',
        [
          ...nodeModules,
          'electron',
          'react',
          'react-dom',
          'lexical',
          '@lexical/*',
          'playwright-core',
          '**/host/**',
          '**/renderer/**',
          '**/electron/**',
          '**/cli/**',
        ],
        { node: true },
      ),
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'process',
          'Buffer',
          'require',
          'fetch',
          'XMLHttpRequest',
        ].map((name) => ({ name, message: 'The core is pure: no platform globals.' })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer(
        'The renderer is a browser page: it reaches the host only through the host API.',
        [
          ...nodeModules,
          'electron',
          'playwright-core',
          '**/host/**',
          // renderer/host/ holds the renderer's own HostApi clients (IPC bridge, fetch).
          '!./host/*',
          '!../host/*',
          '**/electron/**',
          '**/cli/**',
        ],
        { node: true },
      ),
    },
  },
  {
    files: ['host/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: layer(
      'Host services are shared by Electron, the browser mode and the CLI: no UI or shell imports.',
      ['**/renderer/**', '**/electron/**', '**/cli/**', 'electron'],
    ),
  },
  {
    files: ['cli/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: layer('The CLI uses the core and host services, never the UI or the Electron shell.', [
      '**/renderer/**',
      '**/electron/**',
      'electron',
    ]),
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: layer('The Electron shell does not import the renderer.', [
      '**/renderer/**',
      '**/cli/**',
    ]),
  },
  {
    files: [
      'test/**/*.ts',
      'bench/**/*.ts',
      'scripts/**/*.{ts,mjs,js}',
      'bin/**/*.js',
      '*.config.{ts,js}',
      '**/*.test.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  prettier,
);
