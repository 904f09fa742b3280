// Lint rules, including the layer rules that keep each file honest about where it runs:
// shared/ runs everywhere (no Electron, React, DOM or Node), renderer/ runs in the sandboxed
// page (no Electron, no Node), electron/ never reaches into the renderer. Layers import downwards.
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'util', 'stream', 'http', 'https', 'net', 'url', 'buffer', 'events', 'worker_threads', 'process'];

/** The renderer's view and feature folders: everything above renderer/state. */
const RENDERER_FEATURES = ['agenda', 'chrome', 'compare', 'dnd', 'editing', 'grid', 'inspector', 'preview', 'problems', 'retime', 'share', 'start', 'terms', 'versions', 'widgets'];

const restricted = (groups, message, extra = []) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }, ...extra] }],
});

/**
 * The only packages shared/ may import: pure libraries that run in main, renderer and CLI
 * alike. Anything else (nodemailer, lowdb/node, a Node-only helper) is refused by default;
 * a new pure library is added here on purpose.
 */
const SHARED_PACKAGES = ['date-fns', 'docx', 'fflate', 'i18next', 'ical-generator', 'immer', 'zod'];
const SHARED_PACKAGE_RULE = {
  // Any import that is neither relative nor one of the listed packages (or a path inside one).
  regex: `^(?!\\.|(?:${SHARED_PACKAGES.join('|')})(?:/|$))`,
  message: `shared/ imports only the pure packages listed in eslint.config.js (${SHARED_PACKAGES.join(', ')}); others may need Node or Electron.`,
};

/** Folders of electron/ that run without Electron (CLI, tests, the browser host): they never import it. */
const ELECTRON_FREE = ['browser-host', 'cli', 'export', 'files', 'handlers', 'mail'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-*/', 'test-results-*/', 'release/', 'test-results/', 'playwright-report/', '.tmp/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Tests break files on purpose through untyped JSON.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      ...restricted(
        ['electron', 'electron/*', 'react', 'react/*', 'react-dom', 'react-dom/*', ...NODE_BUILTINS, '**/electron/**', '**/renderer/**'],
        'shared/ runs in main, renderer and CLI alike: no Electron, React, DOM or Node imports, and nothing from the layers above it.',
        [SHARED_PACKAGE_RULE],
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: restricted(['electron', 'electron/*', ...NODE_BUILTINS, '**/electron/**'], 'The renderer is sandboxed: it reaches main only through window.orgwork (shared/api.ts).'),
  },
  {
    // The editor's state sits under every view: it imports none of them.
    files: ['renderer/state/**/*.{ts,tsx}'],
    rules: restricted(
      ['electron', 'electron/*', ...NODE_BUILTINS, '**/electron/**', ...RENDERER_FEATURES.map((folder) => `../${folder}/*`)],
      'renderer/state is the layer under the views: it imports no view or feature folder (and, like all the renderer, no Electron or Node).',
    ),
  },
  {
    // Widgets (a menu button, a dialog, document text, a panel's edges) sit under the features
    // that use them and over the editor's state: they import no feature folder and not the app shell.
    files: ['renderer/widgets/**/*.{ts,tsx}'],
    rules: restricted(
      ['electron', 'electron/*', ...NODE_BUILTINS, '**/electron/**', ...RENDERER_FEATURES.filter((folder) => folder !== 'widgets').map((folder) => `../${folder}/*`)],
      'renderer/widgets is the layer under the features and the app shell (chrome/): it imports none of them (the editor state and shared/ it may).',
    ),
  },
  {
    // The app shell (chrome/: toolbar, panels, status bar) sits above the features it lays out:
    // no feature imports it. Drag and drop sits under the grid that uses it.
    files: RENDERER_FEATURES.filter((folder) => folder !== 'chrome' && folder !== 'widgets').map((folder) => `renderer/${folder}/**/*.{ts,tsx}`),
    ignores: ['renderer/dnd/**'],
    rules: restricted(['electron', 'electron/*', ...NODE_BUILTINS, '**/electron/**', '../chrome/*'], 'A feature does not import the app shell (renderer/chrome): the shell imports the features; shared widgets live in renderer/widgets.'),
  },
  {
    files: ['renderer/dnd/**/*.{ts,tsx}'],
    rules: restricted(
      ['electron', 'electron/*', ...NODE_BUILTINS, '**/electron/**', '../chrome/*', '../grid/*'],
      'renderer/dnd is under the grid and the shell: the grid imports it, not the other way round (place names and grid keys are in renderer/state).',
    ),
  },
  {
    files: ['electron/**/*.ts'],
    rules: restricted(['**/renderer/**', 'react', 'react-dom'], 'electron/ does not import the renderer: they meet only at shared/api.ts.'),
  },
  {
    files: ELECTRON_FREE.map((folder) => `electron/${folder}/**/*.ts`),
    rules: restricted(
      ['**/renderer/**', 'react', 'react-dom'],
      'electron/ does not import the renderer: they meet only at shared/api.ts.',
      [{ group: ['electron', 'electron/*', '**/main/**', '**/main.ts', '**/preload.ts'], message: 'This folder runs without Electron (CLI, tests, browser host): Electron stays in electron/main*, preload.ts.' }],
    ),
  },
);
