// Lint rules: ESLint's and typescript-eslint's recommended sets, for Node.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'bench/.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Sanitisers and their tests match control characters on purpose.
      'no-control-regex': 'off',
      // `_name` marks a parameter kept for an interface's shape.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Loading node:crypto takes milliseconds a step with nothing to run should not pay (src/crypto.ts).
    files: ['src/**/*.ts'],
    ignores: ['src/crypto.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'node:crypto', message: 'import randomBytes/randomUUID/createHash from src/crypto.ts, which loads node:crypto only when it is needed' }, { name: 'crypto', message: 'use src/crypto.ts' }] }],
    },
  },
);
