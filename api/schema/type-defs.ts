import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The schema's files, one per domain, in the order they are joined: common.graphql declares the
 * root types the others extend. Server codegen (codegen.ts) reads the same list.
 */
export const SCHEMA_FILES = [
  'common.graphql',
  'conversations.graphql',
  'widget.graphql',
  'users.graphql',
  'workspace.graphql',
  'articles.graphql',
  'flows.graphql',
  'insights.graphql',
  'saved-replies.graphql',
].map((name) => fileURLToPath(new URL(`./${name}`, import.meta.url)));

/** The GraphQL schema (SDL), read once at start. Clients, scripts and docs rely on these names: extend, never rename. */
export const typeDefs = SCHEMA_FILES.map((file) => readFileSync(file, 'utf8')).join('\n');
