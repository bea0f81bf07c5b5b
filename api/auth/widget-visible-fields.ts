import {
  buildSchema,
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * What a customer's widget token may read, type by type. Every field not listed here is for agents
 * and admins: for a widget token it resolves to null, or to an empty list where the schema promises
 * a list, whatever the data holds. So a field added to the schema stays hidden from customers until
 * someone decides it is theirs to see and lists it (test/api/field-authorization.test.ts walks the
 * schema and fails on a field a widget can read that is neither listed nor hidden).
 */
export const WIDGET_VISIBLE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  // The customer's own conversation; tags, priority, the team it was routed to and the escalation
  // (reason, trigger, the handoff summary, which is written from the whole timeline, internal notes
  // included) are not.
  Conversation: [
    'id',
    'status',
    'assignee',
    'timeline',
    'flowVersion',
    'customer',
    'waitingSince',
    'lastMessageAt',
    'lastMessagePreview',
    'createdAt',
    'updatedAt',
    // Where they stand while waiting, and what the widget says when nobody is there.
    'queuePosition',
    'expectedWaitSeconds',
    'teamAvailable',
    'teamBackAt',
    'awayMessage',
    // Their own satisfaction rating, and whether their own widget counts as open.
    'rating',
    'customerConnected',
  ],
  // What was said to the customer, and by whom; never how sure the AI was. NOTE entries never reach
  // a widget at all (api/conversations/conversation-view.ts).
  TimelineEntry: ['id', 'at', 'kind', 'text', 'author', 'citations', 'helpful'],
  ConversationRating: ['score', 'comment', 'at'],
  // The agent typing: a name, like Person.
  CounterpartPresence: ['conversationId', 'from', 'name', 'kind', 'at'],
  ResumedWidgetSession: ['session', 'conversationId'],
  Citation: ['title', 'url'],
  // An agent's name, never the account id.
  Person: ['name'],
  Customer: ['sessionId', 'email'],
  WidgetSession: ['token', 'sessionId', 'workspace'],
  WorkspaceRef: ['id', 'name'],
};

/** The types a widget's operations answer with; every type reachable from them is guarded. */
const WIDGET_ANSWER_TYPES = ['Conversation', 'WidgetSession', 'ResumedWidgetSession', 'CounterpartPresence'];

type Resolvers = Record<string, unknown>;

/**
 * Returns the resolver map with every field a widget may not read wrapped: null (or []) unless the
 * caller is an agent or admin, the usual value for them. It covers every type a widget's answers can
 * contain; who may call an operation at all (and so reach the other types) is api/auth/require.ts's job.
 */
export function hideAgentOnlyFieldsFromWidgets<R extends Resolvers>(typeDefs: string, resolvers: R): R {
  const schema = buildSchema(typeDefs);
  const guarded: Resolvers = { ...resolvers };
  for (const type of typesReachableFrom(schema, WIDGET_ANSWER_TYPES)) {
    const visible = new Set(WIDGET_VISIBLE_FIELDS[type.name] ?? []);
    const fieldResolvers: Record<string, unknown> = { ...((resolvers[type.name] as Record<string, unknown> | undefined) ?? {}) };
    for (const field of Object.values(type.getFields())) {
      if (visible.has(field.name)) continue;
      const resolve = (fieldResolvers[field.name] as GraphQLFieldResolver<unknown, unknown> | undefined) ?? defaultFieldResolver;
      const emptyList = isNonNullType(field.type) && isListType(getNullableType(field.type));
      fieldResolvers[field.name] = ((source, args, context: { principal?: { kind: string } | null }, info) =>
        // Fail-closed: only a signed-in agent or admin reads past the list; a widget token, or any caller that is neither, does not.
        context.principal?.kind !== 'user' ? (emptyList ? [] : null) : resolve(source, args, context, info)) satisfies GraphQLFieldResolver<
        unknown,
        { principal?: { kind: string } | null }
      >;
    }
    guarded[type.name] = fieldResolvers;
  }
  return guarded as R;
}

/**
 * The object types a widget can reach from `roots`, themselves included: through the fields it may
 * read only. A type behind a hidden field (Conversation.team → Team → User) is never reached by a
 * widget, so it is left alone, and its fields stay readable where an anonymous caller meets it
 * legitimately (the user of `login`'s answer).
 */
function typesReachableFrom(schema: GraphQLSchema, roots: readonly string[]): GraphQLObjectType[] {
  const found = new Map<string, GraphQLObjectType>();
  const visit = (name: string) => {
    const type = schema.getType(name);
    if (!isObjectType(type) || found.has(name)) return;
    found.set(name, type);
    const visible = new Set(WIDGET_VISIBLE_FIELDS[name] ?? []);
    for (const field of Object.values(type.getFields())) if (visible.has(field.name)) visit(getNamedType(field.type).name);
  };
  roots.forEach(visit);
  return [...found.values()];
}
