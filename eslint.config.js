import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
    // Pure data and logic: no UI or 3D library may creep in.
    files: ['src/anatomy/**', 'src/diagnosis/**', 'src/state/url-codec*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiLibraries, message: 'Pure modules import neither React, three nor zustand.' },
          ],
        },
      ],
    },
  },
  {
    // DOM panels never import three.
    files: ['src/panel/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['three', 'three/*', '@react-three/*'], message: 'Panels are DOM only.' }] },
      ],
    },
  },
  {
    // The app never imports the Node-only generator.
    files: ['src/app/**', 'src/scene/**', 'src/panel/**', 'src/state/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/generator/**'], message: 'The generator is build-time only.' }] },
      ],
    },
  },
);
