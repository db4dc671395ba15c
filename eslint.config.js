import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Flat config: a later block setting the same rule replaces an earlier one for the files both match,
// so each block lists every restricted pattern that applies to its files.
const generatorOnly = { group: ['**/generator/**'], message: 'The generator is build-time only.' };
const threeInPanels = { group: ['three', 'three/*', '@react-three/*'], message: 'Panels are DOM only.' };
const sceneInPanels = {
  group: ['**/scene/**'],
  message: 'Panels answer before the scene code loads: share through src/state or src/look.',
};

const uiLibraries = [
  'react',
  'react-dom',
  'react-dom/*',
  'three',
  'three/*',
  '@react-three/*',
  'zustand',
  'zustand/*',
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'tests/output', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The app never imports the Node-only generator.
    files: ['src/app/**', 'src/scene/**', 'src/state/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [generatorOnly] }],
    },
  },
  {
    // DOM panels and the on-demand modes never import three, the scene, nor the generator (one
    // block: see above). Modes talk to the scene through the store, as panels do.
    files: ['src/panel/**', 'src/modes/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [threeInPanels, sceneInPanels, generatorOnly] }],
    },
  },
  {
    // Pure data and logic: no UI or 3D library may creep in. Last, so the URL codec (also under
    // src/state) keeps this rule and the generator one.
    files: [
      'src/anatomy/**',
      'src/diagnosis/**',
      'src/look/**',
      'src/quiz/**',
      'src/state/url-codec*.ts',
      'src/state/preferences.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiLibraries, message: 'Pure modules import neither React, three nor zustand.' },
            generatorOnly,
          ],
        },
      ],
    },
  },
  {
    // Kinematics (issue 14) is pure and sits on src/anatomy alone: no UI library, and none of the
    // layers above it (a block of its own, so its extra patterns apply only here).
    files: ['src/kinematics/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiLibraries, message: 'Pure modules import neither React, three nor zustand.' },
            generatorOnly,
            {
              group: ['**/diagnosis/**', '**/state/**', '**/scene/**', '**/panel/**', '**/app/**'],
              message: 'Kinematics imports only src/anatomy.',
            },
          ],
        },
      ],
    },
  },
);
