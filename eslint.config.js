// Lint: TypeScript rules everywhere, plus determinism rules for the engine.
// sim/ (outside sim/cli/) must be pure and seeded: no wall clock, no Math.random, no DOM.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const impure = [
  { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'sim/ is seeded: use a named stream from sim/engine/rng.ts, never Math.random.' },
  { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'sim/ has no wall clock: time is simulated seconds.' },
  { selector: "MemberExpression[object.name='performance'][property.name='now']", message: 'sim/ has no wall clock: time is simulated seconds.' },
  { selector: "NewExpression[callee.name='Date']", message: 'sim/ has no wall clock: new Date() is forbidden.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-e2e/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
  },
  {
    // The engine: no DOM globals, no clock, no unseeded randomness.
    files: ['sim/**/*.ts'],
    ignores: ['sim/cli/**', 'sim/analytics/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-syntax': ['error', ...impure],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'requestAnimationFrame', 'setTimeout', 'setInterval', 'performance', 'fetch'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use a seeded stream.' },
        // Engines differ in the last bit of these: use sim/engine/detMath.ts so runs replay bit for bit everywhere.
        ...['log', 'exp', 'pow', 'cos', 'sin', 'tan', 'log1p', 'expm1', 'log2', 'log10', 'cbrt', 'atan', 'atan2', 'hypot'].map((property) => ({
          object: 'Math', property, message: 'Not bit-identical across JavaScript engines: use sim/engine/detMath.ts.',
        })),
      ],
    },
  },
);
