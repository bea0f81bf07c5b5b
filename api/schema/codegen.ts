import type { CodegenConfig } from '@graphql-codegen/cli';
import { SCHEMA_FILES } from './type-defs';

/** Where the server's resolver types go; committed, and kept in step by api/schema/codegen.test.ts. */
const RESOLVER_TYPES_FILE = 'api/schema/generated/resolvers-types.ts';

/**
 * The server's resolver types, generated from the schema files: a type per field
 * (`MutationResolvers['claimConversation']`) whose arguments, context and result follow the SDL, so a
 * handler that drifts from it fails the type-check. Run `npm run codegen` after changing the schema.
 */
const config: CodegenConfig = {
  schema: SCHEMA_FILES,
  generates: {
    [RESOLVER_TYPES_FILE]: {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../../context#BatonContext',
        // Parents and results are what the handlers return (the read model's shape), not the schema's:
        // field resolvers such as Conversation.timeline read their parent from these.
        mappers: {
          Conversation: '../../conversations/conversation-view#ConversationResult',
          ConversationConnection: '../../conversations/inbox#InboxPage',
          ArticleConnection: '../../articles/articles#ArticlePage',
        },
        scalars: { JSON: 'unknown' },
        enumsAsTypes: true,
        useTypeImports: true,
        makeResolverTypeCallable: true,
      },
    },
  },
};

export default config;
