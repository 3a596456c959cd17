import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'site/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
  },
  {
    files: ['test/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[object.name=/^(it|describe|context)$/][property.name=/^(skip|only)$/]',
          message: 'A skipped or exclusive test must not be left behind.',
        },
        {
          selector: 'CallExpression[callee.name=/^x(it|describe)$/]',
          message: 'A skipped test must not be left behind.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@open-wc/testing',
              importNames: ['oneEvent'],
              message:
                'oneEvent waits forever for an event that never comes: use nextEvent or nextEventAt from ./helpers.js, which fail saying what they waited for.',
            },
          ],
        },
      ],
    },
  },
);
