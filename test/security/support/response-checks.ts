/** What every GraphQL answer to a hostile request must look like: codes clients can branch on, and nothing internal. */

export const CLIENT_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED']);

/** Words and shapes that only come from inside the server: stacks, paths, drivers, the workflow engine. */
const LEAKS: { what: string; pattern: RegExp }[] = [
  { what: 'a stack frame', pattern: /\bat (?:async )?[\w$.<>]+ \(|\bat (?:file|node):|:\d+:\d+\)/ },
  { what: 'a file path', pattern: /\/(?:work|home|root|tmp|usr|var)\/|node_modules|\.tsx?:\d|\.m?js:\d/ },
  { what: 'a database message', pattern: /Mongo\w*Error|MongoServer|BSON|E11000|ferretdb|duplicate key|\$err\b|errmsg/i },
  {
    what: 'a workflow-engine message',
    pattern: /WorkflowExecution|Workflow execution|grpc|temporal(?:io)?[:/.]|ApplicationFailure|activity task|workflow task/i,
  },
  {
    what: 'a JavaScript error',
    pattern:
      /\b(?:TypeError|ReferenceError|RangeError|SyntaxError: Unexpected token|Maximum call stack|Cannot read propert|is not a function|is not iterable|undefined is not)\b/,
  },
  { what: 'a raw validation dump', pattern: /ZodError|"code":\s*"invalid_(?:type|union|format)"|"expected":\s*"/ },
];

export type ResponseProblem = { problem: string; detail: string };

type GraphQLErrorShape = { message?: unknown; extensions?: { code?: unknown; errorId?: unknown; [key: string]: unknown }; [key: string]: unknown };

/** Problems with one GraphQL result (an HTTP body or one SSE event); none means it is fine. */
export function checkGraphQLResult(result: unknown): ResponseProblem[] {
  if (!result || typeof result !== 'object' || Array.isArray(result))
    return [{ problem: 'not a GraphQL result object', detail: JSON.stringify(result)?.slice(0, 300) ?? String(result) }];
  const { data, errors } = result as { data?: unknown; errors?: unknown };
  const problems: ResponseProblem[] = [];
  if (data === undefined && errors === undefined) problems.push({ problem: 'neither data nor errors', detail: JSON.stringify(result).slice(0, 300) });
  if (errors !== undefined && !Array.isArray(errors)) problems.push({ problem: 'errors is not a list', detail: JSON.stringify(errors).slice(0, 300) });
  for (const error of Array.isArray(errors) ? (errors as GraphQLErrorShape[]) : []) problems.push(...checkError(error));
  return problems;
}

function checkError(error: GraphQLErrorShape): ResponseProblem[] {
  const problems: ResponseProblem[] = [];
  const code = error.extensions?.code;
  const message = typeof error.message === 'string' ? error.message : '';
  const shown = `${String(code)}: ${message.slice(0, 300)}`;
  if (typeof error.message !== 'string' || !message) problems.push({ problem: 'an error without a message', detail: JSON.stringify(error).slice(0, 300) });
  if (code === 'INTERNAL_SERVER_ERROR') {
    // Masked, with an id to find the logged cause; still a finding: the input should have been refused with a code.
    problems.push({
      problem: typeof error.extensions?.errorId === 'string' ? 'an unexpected error (masked, with an error id)' : 'INTERNAL_SERVER_ERROR without an errorId',
      detail: shown,
    });
  } else if (typeof code !== 'string' || !CLIENT_CODES.has(code)) {
    problems.push({ problem: `error code ${String(code)} is not one clients know`, detail: shown });
  } else if (/^Unexpected error\.?$/i.test(message)) {
    problems.push({ problem: `an unexpected error reported as ${code}`, detail: shown });
  }
  for (const key of ['stack', 'originalError', 'exception', 'stacktrace']) {
    if (error.extensions && key in error.extensions) problems.push({ problem: `extensions.${key} is exposed`, detail: shown });
  }
  const text = JSON.stringify(error);
  for (const { what, pattern } of LEAKS) {
    const match = pattern.exec(text);
    if (match) problems.push({ problem: `${what} leaks in an error`, detail: `${shown} [${match[0]}]` });
  }
  return problems;
}
