import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local OpenAI-compatible HTTP server for tests: `@langchain/openai` talks to it over
 * real HTTP exactly as it would to api.openai.com. It checks each request's shape the way
 * the real API does (rejecting malformed ones with a 400 and OpenAI's error body),
 * records it, and answers with the next scripted reply.
 */

export type RecordedRequest = {
  method: string;
  path: string;
  headers: Record<string, string | undefined>;
  body: any;
};

export type ChatReply =
  /** Answers in whichever structured-output form the request asked for: a tool call or JSON content. */
  { type: 'structured'; data: unknown } | { type: 'text'; content: string } | { type: 'error'; status: number; message?: string };

export type EmbeddingsReply = { type: 'embeddings'; vectors: number[][] } | { type: 'error'; status: number; message?: string };

export type FakeOpenAIScript =
  | ChatReply[]
  | {
      chat?: ChatReply[] | ((request: RecordedRequest) => ChatReply | Promise<ChatReply>);
      /** Without it, embeddings come from `embed` (default: a deterministic bag-of-words vector). */
      embeddings?: EmbeddingsReply[] | ((input: string[], request: RecordedRequest) => EmbeddingsReply | Promise<EmbeddingsReply>);
      embed?: (text: string) => number[];
    };

export type FakeOpenAIServer = {
  /** Base URL to give the client, e.g. http://127.0.0.1:PORT/v1 */
  url: string;
  requests: RecordedRequest[];
  /** The chat completion requests only, in order. */
  chatRequests(): RecordedRequest[];
  close(): Promise<void>;
};

export async function startFakeOpenAIServer(script: FakeOpenAIScript = []): Promise<FakeOpenAIServer> {
  const options = Array.isArray(script) ? { chat: script } : script;
  const chatQueue = Array.isArray(options.chat) ? [...options.chat] : null;
  const embeddingQueue = Array.isArray(options.embeddings) ? [...options.embeddings] : null;
  const embed = options.embed ?? bagOfWordsEmbedding;
  const requests: RecordedRequest[] = [];
  let counter = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      sendError(res, 500, 'server_error', `fake OpenAI server crashed: ${String(error)}`);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = (req.url ?? '').split('?')[0] ?? '';
    let body: unknown;
    try {
      body = raw === '' ? null : JSON.parse(raw);
    } catch {
      body = raw;
    }
    const recorded: RecordedRequest = { method: req.method ?? '', path, headers: flattenHeaders(req), body };
    requests.push(recorded);

    if (!/^Bearer \S+/.test(recorded.headers.authorization ?? '')) {
      return sendError(res, 401, 'invalid_request_error', 'You did not provide an API key (Authorization: Bearer ...).');
    }
    if (req.method !== 'POST' || (path !== '/v1/chat/completions' && path !== '/v1/embeddings')) {
      return sendError(res, 404, 'invalid_request_error', `Unknown request URL: ${req.method} ${path}`);
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return sendError(res, 400, 'invalid_request_error', 'The request body must be a JSON object.');
    }

    if (path === '/v1/embeddings') {
      const problem = embeddingsRequestProblem(body as Record<string, unknown>);
      if (problem) return sendError(res, 400, 'invalid_request_error', problem);
      const input = ([] as string[]).concat((body as { input: string | string[] }).input);
      const reply = embeddingQueue
        ? (embeddingQueue.shift() ?? { type: 'error' as const, status: 500, message: 'fake OpenAI server: no scripted embeddings reply left' })
        : typeof options.embeddings === 'function'
          ? await options.embeddings(input, recorded)
          : { type: 'embeddings' as const, vectors: input.map(embed) };
      if (reply.type === 'error') return sendError(res, reply.status, 'server_error', reply.message ?? 'scripted failure');
      return sendJson(res, 200, embeddingsResponse(body as Record<string, unknown>, reply.vectors));
    }

    const problem = chatRequestProblem(body as Record<string, unknown>);
    if (problem) return sendError(res, 400, 'invalid_request_error', problem);
    const reply = chatQueue
      ? (chatQueue.shift() ?? {
          type: 'error' as const,
          status: 500,
          message: `fake OpenAI server: no scripted chat reply left for request ${requests.length}`,
        })
      : typeof options.chat === 'function'
        ? await options.chat(recorded)
        : { type: 'error' as const, status: 500, message: 'fake OpenAI server: no chat script' };
    if (reply.type === 'error') return sendError(res, reply.status, 'server_error', reply.message ?? 'scripted failure');
    const completion = chatCompletion(body as ChatRequestBody, reply, ++counter);
    if (typeof completion === 'string') return sendError(res, 400, 'invalid_request_error', completion);
    return sendJson(res, 200, completion);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    chatRequests: () => requests.filter((request) => request.path === '/v1/chat/completions'),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // The client keeps connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

type ChatRequestBody = {
  model: string;
  messages: { role: string; content: unknown }[];
  tools?: { type: string; function: { name: string; parameters?: unknown } }[];
  tool_choice?: unknown;
  response_format?: { type: string; json_schema?: { name: string; schema: unknown; strict?: boolean } };
};

const ROLES = new Set(['system', 'developer', 'user', 'assistant', 'tool']);

/** The validation the real endpoint does on the parts of a request our code sends. */
function chatRequestProblem(body: Record<string, unknown>): string | null {
  if (typeof body.model !== 'string' || body.model === '') return "'model' is required and must be a string.";
  if (!Array.isArray(body.messages) || body.messages.length === 0) return "'messages' must be a non-empty array.";
  for (const [index, message] of (body.messages as unknown[]).entries()) {
    const { role, content } = (message ?? {}) as { role?: unknown; content?: unknown };
    if (typeof role !== 'string' || !ROLES.has(role)) return `Invalid value for 'messages[${index}].role'.`;
    if (!(typeof content === 'string' || Array.isArray(content) || (content === null && role === 'assistant'))) {
      return `Invalid type for 'messages[${index}].content': expected a string or an array.`;
    }
  }
  if (body.stream === true) return 'This fake server does not stream; the client under test should not ask it to.';
  const tools = body.tools;
  if (tools !== undefined) {
    if (!Array.isArray(tools) || tools.length === 0) return "'tools' must be a non-empty array.";
    for (const tool of tools as ChatRequestBody['tools'] & unknown[]) {
      if (tool?.type !== 'function' || typeof tool.function?.name !== 'string') return "Each tool needs type 'function' and a function name.";
      if (typeof tool.function.parameters !== 'object' || tool.function.parameters === null)
        return `Tool '${tool.function.name}' needs a JSON schema in 'parameters'.`;
    }
    const chosen = (body.tool_choice as { function?: { name?: string } } | undefined)?.function?.name;
    if (chosen && !(tools as NonNullable<ChatRequestBody['tools']>).some((tool) => tool.function.name === chosen)) {
      return `tool_choice names '${chosen}', which is not in 'tools'.`;
    }
  }
  const format = body.response_format as ChatRequestBody['response_format'] | undefined;
  if (format !== undefined) {
    if (!['text', 'json_object', 'json_schema'].includes(format?.type ?? '')) return "Invalid 'response_format.type'.";
    if (format.type === 'json_schema') {
      const spec = format.json_schema;
      if (!spec || typeof spec.name !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(spec.name)) {
        return "'response_format.json_schema.name' must match ^[A-Za-z0-9_-]{1,64}$.";
      }
      if (typeof spec.schema !== 'object' || spec.schema === null) return "'response_format.json_schema.schema' must be an object.";
      if (spec.strict) {
        const strictProblem = strictSchemaProblem(spec.schema, 'schema');
        if (strictProblem) return `Invalid schema for response_format '${spec.name}': ${strictProblem}`;
      }
    }
  }
  return null;
}

/** OpenAI's strict structured outputs: every object closed and every property required. */
function strictSchemaProblem(schema: unknown, at: string): string | null {
  if (typeof schema !== 'object' || schema === null) return null;
  const node = schema as Record<string, unknown>;
  if (node.type === 'object' || node.properties) {
    const properties = (node.properties ?? {}) as Record<string, unknown>;
    if (node.additionalProperties !== false) return `In context=${at}, 'additionalProperties' is required to be supplied and to be false.`;
    const required = Array.isArray(node.required) ? node.required : [];
    for (const key of Object.keys(properties)) {
      if (!required.includes(key)) return `In context=${at}, 'required' is required to include every property; missing '${key}'.`;
    }
    for (const [key, value] of Object.entries(properties)) {
      const problem = strictSchemaProblem(value, `${at}.properties.${key}`);
      if (problem) return problem;
    }
  }
  if (node.items) return strictSchemaProblem(node.items, `${at}.items`);
  return null;
}

function chatCompletion(body: ChatRequestBody, reply: Exclude<ChatReply, { type: 'error' }>, counter: number): object | string {
  let message: Record<string, unknown>;
  let finishReason = 'stop';
  if (reply.type === 'text') {
    message = { role: 'assistant', content: reply.content, refusal: null };
  } else {
    const toolName =
      (body.tool_choice as { function?: { name?: string } } | undefined)?.function?.name ??
      (body.tools?.length === 1 ? body.tools[0]?.function.name : undefined);
    if (toolName) {
      message = {
        role: 'assistant',
        content: null,
        refusal: null,
        tool_calls: [{ id: `call_fake_${counter}`, type: 'function', function: { name: toolName, arguments: JSON.stringify(reply.data) } }],
      };
      finishReason = 'tool_calls';
    } else if (body.response_format?.type === 'json_schema' || body.response_format?.type === 'json_object') {
      message = { role: 'assistant', content: JSON.stringify(reply.data), refusal: null };
    } else {
      return 'A structured reply was scripted, but the request asked for no structured output (no tools, no response_format).';
    }
  }
  const promptTokens = JSON.stringify(body.messages).length >> 2;
  return {
    id: `chatcmpl-fake-${counter}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: body.model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason }],
    usage: { prompt_tokens: promptTokens, completion_tokens: 20, total_tokens: promptTokens + 20 },
    system_fingerprint: null,
  };
}

function embeddingsRequestProblem(body: Record<string, unknown>): string | null {
  if (typeof body.model !== 'string' || body.model === '') return "'model' is required and must be a string.";
  const input = body.input;
  const valid = typeof input === 'string' || (Array.isArray(input) && input.length > 0 && input.every((item) => typeof item === 'string'));
  if (!valid) return "'input' must be a string or a non-empty array of strings.";
  if (body.encoding_format !== undefined && body.encoding_format !== 'float' && body.encoding_format !== 'base64') {
    return "'encoding_format' must be 'float' or 'base64'.";
  }
  return null;
}

function embeddingsResponse(body: Record<string, unknown>, vectors: number[][]): object {
  // The openai SDK asks for base64 unless told otherwise, and decodes it as float32.
  const base64 = body.encoding_format === 'base64';
  return {
    object: 'list',
    model: body.model,
    data: vectors.map((vector, index) => ({
      object: 'embedding',
      index,
      embedding: base64 ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector,
    })),
    usage: { prompt_tokens: 1, total_tokens: 1 },
  };
}

/** Words hashed into 64 buckets, normalised: texts sharing words get similar vectors. */
export function bagOfWordsEmbedding(text: string): number[] {
  const vector = new Array<number>(64).fill(0);
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 3) continue;
    let hash = 2166136261;
    for (const char of word) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
    vector[Math.abs(hash) % 64]! += 1;
  }
  const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0)) || 1;
  return vector.map((value) => value / norm);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function flattenHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(req.headers)) headers[key] = Array.isArray(value) ? value.join(', ') : value;
  return headers;
}

function sendJson(res: ServerResponse, status: number, body: object): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, type: string, message: string): void {
  sendJson(res, status, { error: { message, type, param: null, code: null } });
}
