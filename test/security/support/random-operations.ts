import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { HOSTILE_FLOATS, HOSTILE_INTS, hostileStrings, NOT_INTS, randomJson } from './hostile-values';
import type { Random } from './seeded-random';

/** Values the test knows to be meaningful: ids of its own and of other workspaces, flows, plausible text. */
export type FuzzPools = {
  ids: string[];
  workspaceKeys: string[];
  emails: string[];
  flow(random: Random): unknown;
};

export type RootKind = 'query' | 'mutation' | 'subscription';

export type FuzzOperation = {
  /** `Mutation.claimConversation`, for grouping findings. */
  field: string;
  /** Every root field the document selects (besides __typename), as `Query.inbox`. */
  rootFields: string[];
  kind: RootKind;
  document: string;
  variables: unknown;
  operationName?: string;
  /** Sent as GET with the query in the URL (queries only). */
  get: boolean;
  /** Sent twice in one JSON array (batching, which the API does not offer). */
  batched?: boolean;
  /** The request's `extensions` member (persisted queries and the like). */
  extensions?: unknown;
};

/** An enum value, printed bare in a document and as its name in variables. */
class EnumValue {
  constructor(readonly name: string) {}
  toJSON() {
    return this.name;
  }
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** A GraphQL literal for a value, or null when it has none (NaN, keys that are not names, very large values). */
function literal(value: unknown, budget = { chars: 20_000 }, depth = 0): string | null {
  if (depth > 30) return null;
  if (value instanceof EnumValue) return value.name;
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'string') {
    budget.chars -= value.length;
    return budget.chars < 0 ? null : JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    if (value.length > 200) return null;
    const items = value.map((item) => literal(item, budget, depth + 1));
    return items.includes(null) ? null : `[${items.join(', ')}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as object);
    if (entries.length > 50 || entries.some(([key]) => !NAME.test(key))) return null;
    const fields = entries.map(([key, item]) => [key, literal(item, budget, depth + 1)] as const);
    return fields.some(([, item]) => item === null) ? null : `{${fields.map(([key, item]) => `${key}: ${item}`).join(', ')}}`;
  }
  return null;
}

const WRONG_VARIABLE_TYPES = [
  'Int',
  'Int!',
  'String',
  'String!',
  'ID!',
  '[String!]!',
  '[ID]',
  'Boolean',
  'Float!',
  'JSON',
  'Priority',
  'InboxFilter',
  'Nope',
  'Conversation',
];
const VALID_DIRECTIVES = ['@include(if: true)', '@skip(if: false)', '@include(if: false)'];
const DIRECTIVES = ['@include(if: true)', '@include(if: false)', '@skip(if: true)', '@skip(if: false)', '@deprecated', '@nope', '@include', '@skip(if: "yes")'];

/** Cheap operations are picked freely; each costly one (a workflow update, a bcrypt hash, indexing) has a budget per run. */
export type FieldBudget = { weight(field: string): number; spend(field: string): void };

export function fieldBudget(costly: Record<string, number>, defaultMutationBudget: number, cheapMutations: string[]): FieldBudget {
  const left = new Map(Object.entries(costly));
  return {
    weight(field) {
      const remaining = left.get(field) ?? (field.startsWith('Mutation.') && !cheapMutations.includes(field) ? defaultMutationBudget : undefined);
      if (remaining === undefined) return field.startsWith('Mutation.') ? 2 : 4;
      if (!left.has(field)) left.set(field, remaining);
      return remaining > 0 ? 1 : 0;
    },
    spend(field) {
      const remaining = left.get(field);
      if (remaining !== undefined) left.set(field, remaining - 1);
    },
  };
}

/** Builds random operations from a schema: right and wrong arguments, selections, fragments, aliases, directives. */
export class OperationGenerator {
  private readonly strings = hostileStrings();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: Random,
    private readonly pools: FuzzPools,
    private readonly budget: FieldBudget,
  ) {}

  rootFields(kind: RootKind): GraphQLField<unknown, unknown>[] {
    const root = kind === 'query' ? this.schema.getQueryType() : kind === 'mutation' ? this.schema.getMutationType() : this.schema.getSubscriptionType();
    return root ? Object.values(root.getFields()) : [];
  }

  /** One random operation of the given kind, or undefined when every field of it has spent its budget. */
  operation(kind: RootKind): FuzzOperation | undefined {
    const typeName = kind === 'query' ? 'Query' : kind === 'mutation' ? 'Mutation' : 'Subscription';
    const candidates = this.rootFields(kind).map((field) => ({ item: field, weight: this.budget.weight(`${typeName}.${field.name}`) }));
    const field = this.random.weighted(candidates);
    if (!field) return undefined;
    const name = `${typeName}.${field.name}`;
    this.budget.spend(name);
    const state: BuildState = { variableDefinitions: [], variables: {}, fragments: [], fragmentCount: 0 };
    const rootSelections = [this.fieldSelection(field, 0, state)];
    let rootFields = [name];
    if (kind === 'query' && this.random.chance(0.15)) {
      const extra = this.random.pick(this.rootFields('query').filter((candidate) => this.budget.weight(`Query.${candidate.name}`) > 0));
      if (extra) {
        rootSelections.push(this.fieldSelection(extra, 0, state, true));
        rootFields.push(`Query.${extra.name}`);
      }
    }
    if (this.random.chance(0.05)) rootSelections.push('__typename');
    const operationName = this.random.chance(0.4) ? this.random.pick(['Fuzz', 'fuzz_op', 'A', 'constructor', '__proto__']) : undefined;
    const definitions = state.variableDefinitions.length ? `(${state.variableDefinitions.join(', ')})` : '';
    const head = `${kind}${operationName ? ` ${operationName}` : definitions ? ' ' : ''}${definitions}`;
    let document = `${head} { ${rootSelections.join(' ')} }${state.fragments.map((fragment) => `\n${fragment}`).join('')}`;
    let variables: unknown = state.variables;
    let sentName = operationName;
    switch (this.random.int(80)) {
      case 0:
        document += `\n${head} { __typename }`; // duplicate operation names, or two anonymous operations
        break;
      case 1:
        document = document.slice(0, this.random.int(document.length));
        break;
      case 2:
        sentName = 'NoSuchOperation';
        break;
      case 3:
        variables = this.random.pick([
          [],
          'variables',
          42,
          null,
          { ...state.variables, unused: 'x' },
          Object.assign(JSON.parse('{"__proto__": {"v0": "polluted"}}') as object, state.variables),
        ]);
        break;
      case 4:
        document += `\nfragment Unused on ${this.random.pick(['Conversation', 'User', 'Query', 'Nope'])} { __typename }`;
        break;
      case 5:
        document = `${document}\n${document}`;
        break;
      case 6: // more aliases than a request may have (__typename is free, so a real field)
        document = `query { ${Array.from({ length: 20 }, (_, index) => `a${index}: me { id }`).join(' ')} }`;
        rootFields = ['Query.me'];
        break;
      case 7: // deeper than a request may go, through introspection's own types
        document = `query { __schema { types { ${'fields { type { ofType { '.repeat(4)}name${' } } }'.repeat(4)} } } }`;
        rootFields = [];
        break;
      case 8: // more tokens than a request may have
        document = `${kind} { ${Array.from({ length: 1200 }, () => '__typename').join(' ')} }`;
        rootFields = [];
        break;
    }
    const extensions = this.random.chance(0.02)
      ? this.random.pick([
          { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } },
          JSON.parse('{"__proto__":1}') as unknown,
          'x',
          randomJson(this.random),
        ])
      : undefined;
    return {
      field: name,
      rootFields,
      kind,
      document,
      variables,
      operationName: sentName,
      get: kind === 'query' && this.random.chance(0.05),
      batched: this.random.chance(0.02),
      extensions,
    };
  }

  private fieldSelection(field: GraphQLField<unknown, unknown>, depth: number, state: BuildState, alias = false): string {
    const aliasPart = alias || this.random.chance(0.15) ? `${this.random.pick(['a', 'b', 'x1', 'alias_', 'conversation', 'me'])}${this.random.int(100)}: ` : '';
    const args = this.argumentsFor(field.args, state);
    const directive = this.random.chance(0.04) ? ` ${this.random.pick(this.random.chance(0.7) ? VALID_DIRECTIVES : DIRECTIVES)}` : '';
    const selection = this.selectionSet(field.type, depth + 1, state);
    return `${aliasPart}${field.name}${args}${directive}${selection}`;
  }

  private argumentsFor(args: readonly GraphQLArgument[], state: BuildState): string {
    const parts: string[] = [];
    for (const arg of args) {
      const required = isNonNullType(arg.type);
      if (!required && this.random.chance(0.5)) continue;
      if (required && this.random.chance(0.02)) continue; // a missing required argument
      const valid = this.random.chance(0.7);
      const value = this.value(arg.type, arg.name, valid, 0);
      const inline = literal(value);
      if (inline !== null && this.random.chance(0.4)) {
        parts.push(`${arg.name}: ${inline}`);
        continue;
      }
      const variable = `v${state.variableDefinitions.length}`;
      const declared = this.random.chance(0.04) ? this.random.pick(WRONG_VARIABLE_TYPES) : String(arg.type);
      const defaultValue = this.random.chance(0.03) && inline !== null ? ` = ${inline}` : '';
      state.variableDefinitions.push(`$${variable}: ${declared}${defaultValue}`);
      if (!this.random.chance(0.05)) state.variables[variable] = value; // else: a missing variable
      parts.push(`${arg.name}: $${variable}`);
    }
    if (this.random.chance(0.01)) parts.push(`nope: ${this.random.pick(['1', '"x"', 'null', '$undeclared'])}`);
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  private selectionSet(type: GraphQLOutputType, depth: number, state: BuildState): string {
    const named = getNamedType(type);
    if (isLeafType(named)) return this.random.chance(0.005) ? ' { id }' : '';
    if (!isObjectType(named)) return ' { __typename }';
    const fields = Object.values(named.getFields());
    const leaves = fields.filter((field) => isLeafType(getNamedType(field.type)));
    const pool = depth >= 4 ? (leaves.length ? leaves : fields) : fields;
    const chosen = new Set<GraphQLField<unknown, unknown>>();
    for (let count = 1 + this.random.int(Math.min(4, pool.length)); count > 0; count--) chosen.add(this.random.pick(pool));
    const selections = [...chosen].map((field) =>
      depth >= 4 && !isLeafType(getNamedType(field.type)) ? '__typename' : this.fieldSelection(field, depth, state),
    );
    if (this.random.chance(0.05)) selections.push('__typename');
    if (this.random.chance(0.005)) selections.push(this.random.pick(['nope', 'password', 'passwordHash', 'workspaceId', '__schema { types { name } }']));
    const body = selections.join(' ');
    const roll = this.random.int(100);
    if (roll < 8) return ` { ... on ${this.random.chance(0.9) ? named.name : 'Nope'} { ${body} } }`;
    if (roll < 14 && state.fragmentCount < 5) {
      const fragment = `F${state.fragmentCount++}`;
      state.fragments.push(`fragment ${fragment} on ${named.name} { ${body} }`);
      return ` { ...${fragment}${this.random.chance(0.1) ? ` ...${fragment}` : ''} }`;
    }
    return ` { ${body} }`;
  }

  /** A value for an argument or input field: of the right type (`valid`) or anything a client could send. */
  private value(type: GraphQLInputType, name: string, valid: boolean, depth: number): unknown {
    if (isNonNullType(type)) return !valid && this.random.chance(0.15) ? null : this.value(type.ofType, name, valid, depth);
    if (!valid && this.random.chance(0.1)) return this.random.pick([null, this.random.pick(this.strings), -1, true, [], {}, randomJson(this.random)]);
    if (isListType(type)) {
      if (!valid && this.random.chance(0.3))
        return Array.from({ length: this.random.pick([1000, 5000]) }, () => this.value(type.ofType, name, true, depth + 1));
      return Array.from({ length: this.random.int(4) }, () => this.value(type.ofType, name, valid, depth + 1));
    }
    if (isEnumType(type)) {
      const values = type.getValues().map((value) => value.name);
      if (valid) return new EnumValue(this.random.pick(values));
      return this.random.pick([
        new EnumValue('NOPE'),
        this.random.pick(values),
        new EnumValue(this.random.pick(values).toLowerCase()),
        3,
        new EnumValue('__proto__'),
      ]);
    }
    if (isInputObjectType(type)) {
      const object: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        if (!isNonNullType(field.type) && this.random.chance(0.5)) continue;
        if (!valid && this.random.chance(0.1)) continue;
        object[field.name] = this.value(field.type, field.name, valid || this.random.chance(0.5), depth + 1);
      }
      if (!valid && this.random.chance(0.2)) {
        const key = this.random.pick(['nope', 'workspaceId', 'role', '__proto__', 'constructor']);
        Object.defineProperty(object, key, { value: this.random.pick(['x', { role: 'ADMIN' }, []]), enumerable: true, configurable: true, writable: true });
      }
      return object;
    }
    if (isScalarType(type)) return this.scalar(type.name, name, valid);
    return null;
  }

  private scalar(typeName: string, name: string, valid: boolean): unknown {
    const random = this.random;
    switch (typeName) {
      case 'Int':
        return valid ? random.pick(HOSTILE_INTS) : random.pick([...HOSTILE_INTS, ...NOT_INTS]);
      case 'Float':
        return valid ? random.pick(HOSTILE_FLOATS) : random.pick([...HOSTILE_FLOATS, 'NaN', '1e999', null]);
      case 'Boolean':
        return valid ? random.chance(0.5) : random.pick([true, false, 'true', 1, 0]);
      case 'JSON':
        return valid ? this.pools.flow(random) : randomJson(random);
      default:
        return valid ? this.plausibleText(typeName, name) : random.pick([...this.strings, 12, 1.5, false]);
    }
  }

  /** Text that may get past validation, chosen by the argument's name. */
  private plausibleText(typeName: string, name: string): string {
    const random = this.random;
    const lower = name.toLowerCase();
    if (typeName === 'ID' || lower === 'id' || lower.endsWith('id')) {
      return random.chance(0.8) ? random.pick(this.pools.ids) : `fuzz-${random.int(1e9)}`;
    }
    if (lower === 'after') return random.pick(forgedCursors());
    if (lower.includes('workspace')) return random.pick(this.pools.workspaceKeys);
    if (lower.includes('email')) return random.pick(this.pools.emails);
    if (lower.includes('password')) return random.pick(['baton-demo', 'wrong-password', 'long-enough-password']);
    if (lower === 'action') return random.pick(['talk_to_human', 'constructor', 'open_ticket', 'toString']);
    if (['from', 'to', 'since', 'at'].includes(lower))
      return random.pick(['2026-01-01T00:00:00Z', new Date().toISOString(), '2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z']);
    if (lower === 'timezone') return random.pick(['UTC', 'Europe/Paris', 'America/New_York']);
    if (lower === 'open' || lower === 'close') return random.pick(['09:00', '17:00', '00:00', '23:59']);
    if (lower === 'url' || lower.includes('origin')) return random.pick(['https://help.example.com/a', 'https://www.example.com', '*']);
    if (lower === 'format') return 'MARKDOWN';
    return random.pick([
      'Where is my order?',
      'I want to talk to a human',
      'refund please, this is a billing dispute',
      'hello',
      'How do I reset my password?',
      'fuzz text ' + random.int(1e6),
      ...this.strings.filter((text) => text.length > 0 && text.length < 100),
    ]);
  }
}

/** Page cursors a client could forge: the shapes the API hands out, with values it never would. */
function forgedCursors(): string[] {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return [
    ...[1e308, -1e308, 8.64e15 + 1, -1, 0, 1.5].map((t) => encode({ bucket: 0, t, id: 'c_x' })),
    encode({ bucket: 1, t: Date.now(), id: { $gt: '' } }),
    encode({ bucket: 2, t: 0, id: 'x' }),
    encode({ title: { $gt: '' }, id: 'a' }),
    encode({ title: 'x'.repeat(150), id: '' }),
    encode({ __proto__: { bucket: 0 }, t: 0, id: 'x' }),
    encode([]),
    'not-base64!',
    '',
  ];
}

type BuildState = { variableDefinitions: string[]; variables: Record<string, unknown>; fragments: string[]; fragmentCount: number };

export { EnumValue };
