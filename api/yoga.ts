import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { GraphQLError } from 'graphql';
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { createContext, type ApiServices, type BatonContext, type RequestContext } from './context';
import { resolvers } from './schema/resolvers';
import { conditionalSubscriptionRootRule } from './graphql-rules/conditional-subscription-root';
import { maskUnexpectedError } from './unexpected-errors';
import { useOperationObservation } from './observe-operations';
import { typeDefs } from './schema/type-defs';

export type YogaOptions = { production: boolean };

/** Limits on what one request may ask for; the numbers leave room for the inbox's biggest query. */
export const QUERY_LIMITS = { maxDepth: 8, maxAliases: 15, maxTokens: 1000, maxCost: 5000, maxDirectives: 20 };

/** The codes clients branch on (docs/API.md); INTERNAL_SERVER_ERROR is a masked bug with an error id. */
const CLIENT_ERROR_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'INTERNAL_SERVER_ERROR']);

/**
 * Every error a client sees carries one of Baton's codes. Parse and validation errors, and Yoga's
 * own (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_REQUEST, ...), are the client's input.
 */
const useErrorCodes = (): Plugin => ({
  onValidate({ addValidationRule }) {
    addValidationRule(conditionalSubscriptionRootRule);
  },
  onResultProcess({ result, setResult }) {
    if (!result || typeof result !== 'object' || !('errors' in result) || !Array.isArray(result.errors)) return;
    const errors = result.errors.map((error: GraphQLError) =>
      CLIENT_ERROR_CODES.has(String(error.extensions?.code))
        ? error
        : new GraphQLError(error.message, {
            nodes: error.nodes,
            source: error.source,
            positions: error.positions,
            path: error.path,
            extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
          }),
    );
    setResult({ ...(result as object), errors });
  },
});

/** Builds the GraphQL server: schema, context, limits, CORS, masked errors; GraphiQL only in development. */
export function createBatonYoga(services: ApiServices, options: YogaOptions) {
  return createYoga<object, RequestContext>({
    schema: createSchema<BatonContext>({ typeDefs, resolvers }),
    context: (initial) => createContext(services, initial),
    graphqlEndpoint: '/graphql',
    graphiql: !options.production,
    landingPage: false,
    batching: false,
    maskedErrors: { maskError: maskUnexpectedError },
    logging: options.production ? 'warn' : 'error',
    // Cross-origin calls are the widget's, for the workspace its URL names (see api/limits/allowed-origins.ts).
    cors: async (request) => {
      const origin = request.headers.get('origin');
      if (!origin || !(await services.origins.allowsRequest(request, (token) => services.tokens.verify(token)))) return false;
      return {
        origin: [origin],
        methods: ['GET', 'POST'],
        allowedHeaders: ['content-type', 'authorization'],
        exposedHeaders: ['retry-after', 'x-request-id'],
        credentials: false,
        maxAge: 600,
      };
    },
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: QUERY_LIMITS.maxDepth },
        maxAliases: { n: QUERY_LIMITS.maxAliases },
        maxTokens: { n: QUERY_LIMITS.maxTokens },
        costLimit: { maxCost: QUERY_LIMITS.maxCost },
        maxDirectives: { n: QUERY_LIMITS.maxDirectives },
        blockFieldSuggestion: { enabled: options.production },
      }),
      ...(options.production ? [useDisableIntrospection()] : []),
      useErrorCodes(),
      useOperationObservation(),
    ],
  });
}
