import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const electronOnly = {
  name: 'electron',
  message: "Only electron/main and electron/preload may import 'electron' (keep the glue thin).",
};

const compositionRoots = {
  group: ['**/electron/main/main', '**/electron/preload/*'],
  message: 'Composition roots are not importable.',
};

const noDefaultExport = { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' };

/** The Zoom sandbox, as an import path from anywhere in electron/. */
const sandboxFiles = ['**/sandbox/**', '**/sandbox'];
const loadSandboxLazily =
  'Load the sandbox with import(), in demo mode only, so a real account never loads it.';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-electron', 'release', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', noDefaultExport],
    },
  },
  {
    files: ['**/*.config.{ts,js}', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronOnly,
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'The renderer runs in a browser: no Node built-ins.',
            })),
          ],
          patterns: [
            {
              group: ['**/electron/**'],
              message: 'The renderer talks to the backend only through window.readyroom.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronOnly,
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'shared/ is pure: no Node built-ins.',
            })),
          ],
          patterns: [
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ depends on nothing but itself.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        noDefaultExport,
        {
          selector: 'ImportExpression[source.value=/sandbox/]',
          message: 'The services never load the sandbox; the composition roots pass it in.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [
            compositionRoots,
            {
              group: sandboxFiles,
              message: 'The services never import the sandbox; the composition roots may load it.',
            },
          ],
        },
      ],
    },
  },
  {
    // Electron's composition root: it may import 'electron', and the sandbox only with import().
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: sandboxFiles, message: loadSandboxLazily }] },
      ],
    },
  },
  {
    files: ['electron/host/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [compositionRoots, { group: sandboxFiles, message: loadSandboxLazily }],
        },
      ],
    },
  },
  {
    files: ['electron/sandbox/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [
            compositionRoots,
            {
              group: ['**/services/**', '**/services'],
              message:
                "The sandbox stands in for Zoom: it imports nothing from the backend's services.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronOnly], patterns: [compositionRoots] }],
    },
  },
);
