import type { Random } from './seeded-random';

/** Every name on Object.prototype: as keys and text they catch plain-object lookups keyed by input. */
export const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

/** Text an attacker would try: sizes, encodings, injections, lookalikes of ids and numbers. */
export function hostileStrings(): string[] {
  return [
    '',
    ' ',
    '\t\n\r',
    '\u0000',
    'a\u0000b',
    '\u202eevil',
    '💥'.repeat(50),
    '\ud83d',
    'x'.repeat(4001),
    'y'.repeat(70_000),
    'NaN',
    'Infinity',
    '-1',
    '1e309',
    '0x1f',
    'null',
    'undefined',
    'true',
    '[]',
    '{}',
    '{"$gt":""}',
    '$where',
    '$ne',
    'a.b.c',
    '.*',
    '(a+)+$',
    '^(([a-z])+.)+[A-Z]([a-z])+$',
    '\\',
    '../../../../etc/passwd',
    '%00%2e%2e%2f',
    '<script>alert(1)</script>',
    "' OR '1'='1",
    '${process.env}',
    '{{constructor.constructor}}',
    'conversation-',
    'c_',
    'ws_demo:v1',
    'ws_other',
    '2026-13-45T99:99:99Z',
    '+275760-09-13T00:00:00.001Z',
    '-271821-04-20T00:00:00Z',
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59.999Z',
    'not-an-email',
    'a@b',
    `${'a'.repeat(300)}@test.example`,
    'javascript:alert(1)',
    'http://127.0.0.1:1/',
    'Europe/Nowhere',
    '25:99',
    ...PROTOTYPE_NAMES,
  ];
}

export const HOSTILE_INTS = [0, -1, 1, 2, 7, 100, 101, 1000, 10_001, 2_147_483_647, -2_147_483_648];
/** Not GraphQL Ints at all: they must be refused by the schema, not reach a handler. */
export const NOT_INTS: unknown[] = [2_147_483_648, -2_147_483_649, 1.5, 1e20, Number.MAX_SAFE_INTEGER + 2, '12', 'NaN', true, [], {}];
export const HOSTILE_FLOATS = [0, -0, -1, 0.5, 1, 1.0000001, 1e308, -1e308, 5e-324];

/** Any JSON value: deep, wide, with prototype names and Mongo operators as keys. */
export function randomJson(random: Random, depth = 0): unknown {
  const roll = random.int(depth > 3 ? 5 : 9);
  switch (roll) {
    case 0:
      return null;
    case 1:
      return random.pick([true, false]);
    case 2:
      return random.pick([0, -1, 1.5, 1e308, 2 ** 53, -(2 ** 31)]);
    case 3:
    case 4:
      return random.pick(hostileStrings().filter((text) => text.length < 200));
    case 5:
    case 6:
      return Array.from({ length: random.int(4) }, () => randomJson(random, depth + 1));
    default: {
      const object: Record<string, unknown> = {};
      for (let index = random.int(4); index > 0; index--) {
        const key = random.pick([...PROTOTYPE_NAMES, '__proto__', '$set', '$where', 'a.b', '', 'nodes', 'edges', 'version', 'id', 'kind', 'trigger', 'params']);
        // Defined as own properties, as JSON.parse does, so "__proto__" stays data rather than a prototype.
        Object.defineProperty(object, key, { value: randomJson(random, depth + 1), enumerable: true, configurable: true, writable: true });
      }
      return object;
    }
  }
}

/** An array nested `depth` times: [[[...]]]. */
export function deepArray(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

/** An object nested `depth` times under `key`. */
export function deepObject(depth: number, key = 'a'): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = { [key]: value };
  return value;
}
