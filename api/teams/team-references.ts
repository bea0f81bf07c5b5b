/**
 * The teams a flow routes to: `team` on its nodes and in its edges' effects, by id. Read from the
 * flow's JSON as stored, whatever else it holds, so drafts (which may be invalid) are read too.
 */
export function teamIdsInFlow(flow: unknown): Set<string> {
  const ids = new Set<string>();
  if (!isObject(flow)) return ids;
  for (const node of listOf(flow.nodes)) if (isObject(node) && typeof node.team === 'string' && node.team) ids.add(node.team);
  for (const edge of listOf(flow.edges)) {
    const effects = isObject(edge) ? edge.effects : undefined;
    if (isObject(effects) && typeof effects.team === 'string' && effects.team) ids.add(effects.team);
  }
  return ids;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
