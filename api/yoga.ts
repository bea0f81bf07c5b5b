import { createSchema, createYoga } from 'graphql-yoga';
import { createContext, type ApiServices, type BatonContext, type RequestContext } from './context';
import { resolvers } from './schema/resolvers';
import { typeDefs } from './schema/type-defs';

export type YogaOptions = { production: boolean };

/** Builds the GraphQL server: schema, context, masked errors; GraphiQL only in development. */
export function createBatonYoga(services: ApiServices, options: YogaOptions) {
  // node:http passes no server context that Baton uses.
  return createYoga<{}, RequestContext>({
    schema: createSchema<BatonContext>({ typeDefs, resolvers }),
    context: (initial) => createContext(services, initial),
    graphqlEndpoint: '/graphql',
    graphiql: !options.production,
    landingPage: false,
    batching: false,
    maskedErrors: true,
    logging: options.production ? 'warn' : 'error',
  });
}
