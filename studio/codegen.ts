import type { CodegenConfig } from '@graphql-codegen/cli';
import { SCHEMA_FILES } from '../api/schema/type-defs';

/**
 * Types for every operation the web pages send, generated from the API's schema (the contract).
 * The output is committed, so type-checking needs no codegen step; run `npm run codegen` after
 * changing an operation or the schema (it also makes the server's resolver types, api/schema/codegen.ts).
 * The widget gets an output of its own, so its bundle carries only its own operations.
 */
const clientOutput = {
  preset: 'client' as const,
  presetConfig: { fragmentMasking: false },
  config: {
    // Plain strings, not parsed ASTs: the pages and the widget send them as they are, without the graphql runtime.
    documentMode: 'string',
    enumsAsTypes: true,
    useTypeImports: true,
    scalars: { JSON: 'unknown' },
  },
};

const config: CodegenConfig = {
  schema: SCHEMA_FILES,
  ignoreNoDocuments: false,
  generates: {
    'studio/src/gql/': { ...clientOutput, documents: ['studio/src/**/*.{ts,tsx}', '!studio/src/gql/**', '!studio/src/widget/**'] },
    'studio/src/widget/gql/': { ...clientOutput, documents: ['studio/src/widget/operations.graphql'] },
  },
};

export default config;
