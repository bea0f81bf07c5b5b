import { checkGraphQLResult, type ResponseProblem } from './response-checks';
import type { FuzzOperation } from './random-operations';

export type FuzzResponse = { status: number; body: string; problems: ResponseProblem[]; events: number };

const ACCEPT_JSON = 'application/graphql-response+json, application/json';

/** Sends one generated operation as a browser would (POST, or GET for some queries) and checks the answer. */
export async function sendOperation(url: string, operation: FuzzOperation, token: string | undefined): Promise<FuzzResponse> {
  try {
    return await exchange(url, operation, token);
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    return { status: 0, body: '', problems: [{ problem: `the connection failed (${cause})`, detail: 'no status line' }], events: 0 };
  }
}

async function exchange(url: string, operation: FuzzOperation, token: string | undefined): Promise<FuzzResponse> {
  const authorization: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  let response: Response;
  const query = new URLSearchParams({ query: operation.document, variables: JSON.stringify(operation.variables) ?? '' });
  if (operation.operationName) query.set('operationName', operation.operationName);
  // Long URLs are refused by the HTTP layer before GraphQL (the raw HTTP fuzz covers that); those go as POST.
  const payload = {
    query: operation.document,
    variables: operation.variables,
    ...(operation.operationName ? { operationName: operation.operationName } : {}),
    ...(operation.extensions ? { extensions: operation.extensions } : {}),
  };
  if (operation.get && query.toString().length < 6000) {
    response = await fetch(`${url}?${query}`, { headers: { accept: ACCEPT_JSON, ...authorization } });
  } else {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: ACCEPT_JSON, ...authorization },
      body: operation.batched ? JSON.stringify([payload, payload]) : JSON.stringify(payload),
    });
  }
  const body = await response.text();
  return { status: response.status, body, problems: [...statusProblems(response.status), ...jsonProblems(body)], events: 1 };
}

/** Opens a subscription over SSE, reads what arrives within `windowMs`, then hangs up. */
export async function sendSubscription(url: string, operation: FuzzOperation, token: string | undefined, windowMs: number): Promise<FuzzResponse> {
  try {
    return await subscribeFor(url, operation, token, windowMs);
  } catch (error) {
    return { status: 0, body: '', problems: [{ problem: `the connection failed (${(error as Error).message})`, detail: 'no status line' }], events: 0 };
  }
}

async function subscribeFor(url: string, operation: FuzzOperation, token: string | undefined, windowMs: number): Promise<FuzzResponse> {
  const controller = new AbortController();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({
      query: operation.document,
      variables: operation.variables,
      ...(operation.operationName ? { operationName: operation.operationName } : {}),
    }),
    signal: controller.signal,
  });
  const problems = statusProblems(response.status);
  if (!(response.headers.get('content-type') ?? '').includes('text/event-stream')) {
    const body = await response.text();
    return { status: response.status, body, problems: [...problems, ...jsonProblems(body)], events: 1 };
  }
  let body = '';
  const decoder = new TextDecoder();
  const timer = setTimeout(() => controller.abort(), windowMs);
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      body += decoder.decode(chunk, { stream: true });
      if (body.includes('event: complete')) break;
    }
  } catch {
    // hung up at the end of the window
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  const data = body
    .split('\n\n')
    .map((block) =>
      block
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).trim())
        .join('\n'),
    )
    .filter(Boolean);
  for (const event of data) problems.push(...(event === '' ? [] : jsonProblems(event)));
  return { status: response.status, body, problems, events: data.length };
}

function statusProblems(status: number): ResponseProblem[] {
  return status >= 500 || status < 200
    ? [{ problem: `HTTP ${status}`, detail: "a hostile request must be answered as the client's mistake, not the server's" }]
    : [];
}

function jsonProblems(body: string): ResponseProblem[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [{ problem: 'the body is not JSON', detail: body.slice(0, 300) }];
  }
  return checkGraphQLResult(parsed);
}
