import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { PROJECT_ROOT } from '../../config/paths';

/**
 * Which top-level folder ("room") may import which, so a change has one obvious place and no
 * two rooms depend on each other. machines/ is the pure core; knowledge/ is the help-centre
 * domain on top of it; activities/ are thin Temporal adapters over those and store/; the
 * workflow runs in Temporal's sandbox and sees activities only as types; server/ and api/ are
 * started by cli/, never the other way round. config/ is the leaf everyone reads paths and
 * settings from.
 */
type RoomRule = { rooms: string[]; typeOnlyRooms?: string[]; packages?: (name: string, file: string) => boolean };

const ROOM_RULES: Record<string, RoomRule> = {
  config: { rooms: [] },
  // Logs, metrics and traces: everyone may report through it; it reads only settings.
  telemetry: { rooms: ['config'] },
  machines: { rooms: [] },
  store: { rooms: ['config', 'telemetry'], typeOnlyRooms: ['machines'] },
  knowledge: { rooms: ['machines', 'config', 'store', 'telemetry'] },
  insights: { rooms: ['machines', 'config', 'store'] },
  // The audit archive: Temporal histories kept in MongoDB; it knows no workflow (callers name the runs).
  audit: { rooms: ['config', 'store', 'insights', 'telemetry'] },
  activities: { rooms: ['knowledge', 'store', 'machines', 'config', 'audit', 'telemetry'] },
  workflows: {
    rooms: ['machines'],
    typeOnlyRooms: ['activities', 'audit'],
    // The sandbox's own API, and the libraries machines/ runs on (bundled beside it).
    // Tracing interceptors: Temporal's OpenTelemetry workflow interceptors, and the API they report through.
    packages: (name, file) =>
      name === '@temporalio/workflow' ||
      name === 'xstate' ||
      name === 'zod' ||
      (file.startsWith('workflows/interceptors/') && (name === '@temporalio/interceptors-opentelemetry' || name === '@opentelemetry/api')),
  },
};

/** Rooms that may import anything but these. */
const FORBIDDEN_ROOMS: Record<string, string[]> = {
  server: ['cli'],
  api: ['cli'],
};

/** The rooms the product is made of; the tooling rooms (bench, scripts, test, studio) sit outside the cycle check. */
const PRODUCT_ROOMS = ['config', 'telemetry', 'machines', 'store', 'knowledge', 'insights', 'audit', 'activities', 'workflows', 'api', 'server', 'cli'];

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.baton', 'data', 'dist', 'test-artifacts']);

type RoomImport = { file: string; room: string; specifier: string; targetRoom: string | null; typeOnly: boolean };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED_DIRS.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `import … from 'x'`, `export … from 'x'`, `import 'x'` and `import('x')`, with whether only types come in. */
function importsOf(source: string): { specifier: string; typeOnly: boolean }[] {
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const statement = /(?:^|[;\n])\s*(import|export)\s+(type\s+)?([^;'"]*?)\s*from\s*['"]([^'"]+)['"]/g;
  for (const match of source.matchAll(statement)) {
    const clause = match[3]!;
    const named = /^\{([\s\S]*)\}$/.exec(clause.trim());
    const allNamedAreTypes =
      named !== null &&
      named[1]!
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
        .every((name) => name.startsWith('type '));
    found.push({ specifier: match[4]!, typeOnly: match[2] !== undefined || allNamedAreTypes });
  }
  for (const match of source.matchAll(/(?:^|[;\n])\s*import\s*['"]([^'"]+)['"]/g)) found.push({ specifier: match[1]!, typeOnly: false });
  for (const match of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push({ specifier: match[1]!, typeOnly: false });
  return found;
}

function roomImports(): RoomImport[] {
  const topLevel = readdirSync(PROJECT_ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !SKIPPED_DIRS.has(entry.name))
    .map((entry) => entry.name);
  return topLevel.flatMap((room) =>
    sourceFiles(join(PROJECT_ROOT, room)).flatMap((path) => {
      const file = relative(PROJECT_ROOT, path).split(sep).join('/');
      return importsOf(readFileSync(path, 'utf8')).map(({ specifier, typeOnly }) => {
        const targetRoom = specifier.startsWith('.') ? relative(PROJECT_ROOT, join(dirname(path), specifier)).split(sep)[0]! : null;
        return { file, room, specifier, targetRoom, typeOnly };
      });
    }),
  );
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function violationOf(entry: RoomImport): string | null {
  const { file, room, specifier, targetRoom, typeOnly } = entry;
  if (targetRoom === room) return null;
  const rule = ROOM_RULES[room];
  if (targetRoom === null) {
    if (!rule?.packages || rule.packages(packageName(specifier), file)) return null;
    return `${file} imports the package '${specifier}': ${room}/ may not; move that code to a room that may.`;
  }
  if (FORBIDDEN_ROOMS[room]?.includes(targetRoom))
    return `${file} imports '${specifier}': ${room}/ may not import ${targetRoom}/; move what it needs to config/ or a room both may import.`;
  if (!rule) return null;
  if (rule.rooms.includes(targetRoom)) return null;
  if (typeOnly && rule.typeOnlyRooms?.includes(targetRoom)) return null;
  const allowed = [...rule.rooms, ...(rule.typeOnlyRooms ?? []).map((name) => `${name} (types)`)];
  return `${file} imports '${specifier}': ${room}/ may import only ${allowed.length > 0 ? allowed.join(', ') : 'no other room'}; move that code or invert the dependency.`;
}

/** A cycle among the product rooms, as `a → b → a`, or null. */
function roomCycle(imports: RoomImport[]): string | null {
  const edges = new Map<string, Set<string>>();
  for (const { room, targetRoom } of imports) {
    if (targetRoom === null || targetRoom === room || !PRODUCT_ROOMS.includes(room) || !PRODUCT_ROOMS.includes(targetRoom)) continue;
    edges.set(room, (edges.get(room) ?? new Set()).add(targetRoom));
  }
  const done = new Set<string>();
  const visit = (room: string, path: string[]): string | null => {
    if (path.includes(room)) return [...path.slice(path.indexOf(room)), room].join(' → ');
    if (done.has(room)) return null;
    for (const next of edges.get(room) ?? []) {
      const cycle = visit(next, [...path, room]);
      if (cycle) return cycle;
    }
    done.add(room);
    return null;
  };
  for (const room of PRODUCT_ROOMS) {
    const cycle = visit(room, []);
    if (cycle) return cycle;
  }
  return null;
}

describe('imports between rooms', () => {
  const imports = roomImports();

  test('the scan sees the rooms it checks', () => {
    for (const room of [...Object.keys(ROOM_RULES), ...Object.keys(FORBIDDEN_ROOMS)]) {
      assert.ok(
        imports.some((entry) => entry.room === room),
        `No imports found in ${room}/; update the rules if the room was renamed.`,
      );
    }
  });

  test('every room imports only the rooms it may', () => {
    const violations = imports.map(violationOf).filter((violation): violation is string => violation !== null);
    assert.deepEqual(violations, []);
  });

  test('no two product rooms depend on each other, directly or round a loop', () => {
    assert.equal(roomCycle(imports), null);
  });
});
