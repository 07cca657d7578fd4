// @ts-check
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';
import layers from './layers.json' with { type: 'json' };

/** Test code: it composes several libs, as an app does, so the layering below leaves it out. */
const TEST_FILES = [
  '**/*.spec.ts',
  '**/*.int-spec.ts',
  '**/*.e2e-spec.ts',
  '**/*.browser-spec.ts',
  'libs/testing/**',
  '**/testing/**',
  '**/contract/**',
  '**/testing.ts',
];

// layers.json: which floor each lib is on; a lib may import the libs on the floors below it.
const floors = layers.floors.map((floor) => floor.libs);
const below = (floor) => floors.slice(0, floor).flat();

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'eslint.config.mjs'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        TextEncoder: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Dependency rules. Production code never imports test entries or contract suites; a library
    // never imports an app.
    files: ['libs/**/*.ts', 'apps/**/*.ts'],
    ignores: TEST_FILES,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@signaalspoor/testing',
                '@signaalspoor/*/testing',
                '**/contract/*',
                '**/testing/*',
                '**/testing',
              ],
              message: 'test code only',
            },
            { group: ['**/apps/**'], message: 'a library or app never imports (another) app' },
          ],
        },
      ],
    },
  },
  {
    // The layering (layers.json): each lib is an element; a lib imports only itself and the libs on
    // the floors below it, apps import any lib. A file in libs/ outside every declared lib fails too.
    files: ['libs/**/*.ts', 'apps/**/*.ts'],
    ignores: TEST_FILES,
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'boundaries/elements': [
        ...floors.flat().map((lib) => ({ type: lib, pattern: `libs/${lib}` })),
        { type: 'app', pattern: 'apps/*' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message:
            '{{from.element.type}} may not import {{to.element.type}}: a lib imports only the libs on the floors below its own (layers.json)',
          policies: [
            ...floors.flatMap((libs, floor) =>
              libs.map((lib) => ({
                from: { element: { type: lib } },
                allow: { to: { element: { types: { anyOf: [lib, ...below(floor)] } } } },
              })),
            ),
            {
              from: { element: { type: 'app' } },
              allow: { to: { element: { types: { anyOf: ['app', ...floors.flat()] } } } },
            },
          ],
        },
      ],
      'boundaries/no-unknown-files': 'error',
    },
  },
  {
    // The Signaal lifecycle stays pure: libs/domain imports nothing from outside its own folder, but
    // for date-holidays (kalender.ts): a table of holiday rules with pure functions, no I/O, no clock.
    files: ['libs/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./|date-holidays$)',
              message: 'libs/domain imports only its own files (./...) and date-holidays',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      '**/*.e2e-spec.ts',
      '**/*.browser-spec.ts',
      'libs/testing/**',
    ],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
