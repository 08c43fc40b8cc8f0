import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const electronOnlyHere = {
  name: 'electron',
  message: "Only main/electron/ may import 'electron': anything else must load in plain Node and in tests.",
};
// electron-updater requires 'electron' as it loads: the same fence (issue 18, updates).
const electronUpdaterOnlyHere = { name: 'electron-updater', message: "Only main/electron/ may import 'electron-updater' (it requires 'electron'); see updates/load-updater.ts." };

const FEATURES = fileURLToPath(new URL('./renderer/features', import.meta.url));
// A feature's public files: index.ts (what other features may use) and links.ts (where its records open; free
// of React and of the API, so that other features' models and tests can use it).
const PUBLIC_FILES = ['', 'index', 'links'];

/** 'loans/loans/LoanFormModal' → { feature: 'loans', inside: 'loans/LoanFormModal' }; null outside features. */
function featurePath(file) {
  const relative = path.relative(FEATURES, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const [feature, ...inside] = relative.replace(/\.tsx?$/, '').split(path.sep);
  return { feature, inside: inside.join('/') };
}

/**
 * Features import each other only through a public file, where one shows another's object (a loan on the
 * calendar, a school in a loan). Interface pieces shared by several features live in renderer/components/,
 * which imports no feature. (The shell and i18n/index.ts, which put the features together, may.)
 */
const featureBoundaries = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      internal: "'{{source}}' reaches inside the {{feature}} feature: import its public entry ('{{entry}}') instead, or move a piece several features share to renderer/components/.",
      fromComponents: "'{{source}}' is a feature: a shared interface piece imports no feature.",
    },
  },
  create(context) {
    const file = context.filename;
    const here = featurePath(file);
    const inComponents = !path.relative(path.join(FEATURES, '..', 'components'), file).startsWith('..');
    if (!here && !inComponents) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const there = featurePath(path.resolve(path.dirname(file), source));
      if (!there) return;
      if (inComponents) return context.report({ node: node.source, messageId: 'fromComponents', data: { source } });
      if (there.feature === here.feature || PUBLIC_FILES.includes(there.inside)) return;
      const entry = path.relative(path.dirname(file), path.join(FEATURES, there.feature));
      context.report({ node: node.source, messageId: 'internal', data: { source, feature: there.feature, entry } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { paths: [electronOnlyHere, electronUpdaterOnlyHere] }],
    },
  },
  {
    files: ['main/electron/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // ipcMain/ipcRenderer are used in exactly two files: the typed registration and the preload.
    files: ['main/electron/**/*.ts'],
    ignores: ['main/electron/ipc.ts', 'main/electron/preload.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name=/^ipc(Main|Renderer)$/]", message: 'Use the typed registration in ipc.ts / preload.ts.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyHere],
          patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto'], message: 'The renderer and shared code run in a browser.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { passerelle: { rules: { 'feature-boundaries': featureBoundaries } } },
    rules: { 'passerelle/feature-boundaries': 'error' },
  },
  {
    files: ['renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Dates read the same way everywhere (issue 17): a date shown to people goes through renderer/dates/date-text.ts
    // ("1er mars" in French, "1 March" in English). The files listed still format their own (times of day,
    // backups' date-times, compact calendar and loan labels) until they move there; no other file may start.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: [
      'renderer/dates/**',
      'renderer/i18n/format.ts',
      'renderer/features/calendar/model/format-day.ts',
      'renderer/features/loans/model/loan-text.ts',
      'renderer/features/settings/backups/backup-model.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Intl'][property.name='DateTimeFormat']",
          message: 'Format dates for people with renderer/dates/date-text.ts (one way to read a date, "1er" in French).',
        },
        {
          selector: "CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/]",
          message: 'Format dates for people with renderer/dates/date-text.ts (one way to read a date, "1er" in French).',
        },
      ],
    },
  },
  {
    files: ['tests/electron/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
