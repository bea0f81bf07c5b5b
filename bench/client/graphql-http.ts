import { z } from 'zod';

/** A GraphQL error as the API reports it (`extensions.code`), or NETWORK when the API could not be reached. */
export class GraphQLCallError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'GraphQLCallError';
  }
}

const ResponseSchema = z.object({
  data: z.unknown().optional(),
  errors: z
    .array(
      z.object({
        message: z.string(),
        extensions: z.object({ code: z.string().optional(), retryAfterSeconds: z.number().optional() }).passthrough().optional(),
      }),
    )
    .optional(),
});

/**
 * One query or mutation over HTTP, as the widget and the inbox send it; the data is checked
 * against `schema` so a changed API fails here with a clear message rather than deep in the bench.
 */
export async function callGraphQL<T>(options: {
  url: string;
  query: string;
  variables?: Record<string, unknown>;
  token?: string;
  schema: z.ZodType<T>;
  /** Gives up on the request after this long (an API waiting on a stalled stack may hold it for minutes). */
  timeoutMs?: number;
}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(options.url, {
      signal: options.timeoutMs === undefined ? undefined : AbortSignal.timeout(Math.max(1, Math.ceil(options.timeoutMs))),
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        // A client address of the benchmarking range (198.18.0.0/15) per call, so per-address limits meet many customers, not one.
        'x-forwarded-for': `198.18.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`,
      },
      body: JSON.stringify({ query: options.query, variables: options.variables ?? {} }),
    });
  } catch (error) {
    throw new GraphQLCallError(`cannot reach ${options.url}: ${(error as Error).message}`, 'NETWORK');
  }
  let body: z.infer<typeof ResponseSchema>;
  try {
    body = ResponseSchema.parse(await response.json());
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? 'timed out reading the response' : `HTTP ${response.status} without a GraphQL response`;
    throw new GraphQLCallError(reason, 'NETWORK');
  }
  const first = body.errors?.[0];
  if (first) throw new GraphQLCallError(first.message, first.extensions?.code ?? 'UNKNOWN', first.extensions?.retryAfterSeconds);
  const parsed = options.schema.safeParse(body.data);
  if (!parsed.success) throw new Error(`unexpected GraphQL data for ${options.query.slice(0, 60)}…: ${parsed.error.message}`);
  return parsed.data;
}
