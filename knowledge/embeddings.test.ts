import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startFakeOpenAIServer } from '../test/support/fake-openai-server';
import { DEFAULT_EMBEDDING_MODEL, embedTexts } from './embeddings';
import { ModelCallError } from './model-client';

const model = (url: string) => ({ apiKey: 'sk-test', baseURL: url, model: 'gpt-4o-mini', maxRetries: 0 });

test('embeds texts through the embeddings endpoint, one vector per text in order', async () => {
  const server = await startFakeOpenAIServer({ embed: (text) => [text.length, 1, 0.5] });
  try {
    const vectors = await embedTexts(['reset password', 'export'], model(server.url));
    assert.deepEqual(vectors, [
      [14, 1, 0.5],
      [6, 1, 0.5],
    ]);
    const [request] = server.requests;
    assert.equal(request?.path, '/v1/embeddings');
    assert.equal(request?.body.model, DEFAULT_EMBEDDING_MODEL);
    assert.deepEqual(request?.body.input, ['reset password', 'export']);
  } finally {
    await server.close();
  }
});

test('a custom embedding model is sent as configured, and no texts means no request', async () => {
  const server = await startFakeOpenAIServer({});
  try {
    assert.deepEqual(await embedTexts([], model(server.url)), []);
    assert.equal(server.requests.length, 0);
    const [vector] = await embedTexts(['hello world'], { ...model(server.url), embeddingModel: 'nomic-embed-text' });
    assert.equal(vector?.length, 64);
    assert.equal(server.requests[0]?.body.model, 'nomic-embed-text');
  } finally {
    await server.close();
  }
});

test('a failing embeddings endpoint throws a ModelCallError', async () => {
  const server = await startFakeOpenAIServer({ embeddings: [{ type: 'error', status: 500 }] });
  try {
    await assert.rejects(embedTexts(['x'], model(server.url)), ModelCallError);
  } finally {
    await server.close();
  }
});

test('the fake server rejects requests the real API would reject', async () => {
  const server = await startFakeOpenAIServer([{ type: 'structured', data: {} }]);
  const post = (body: unknown, auth = 'Bearer sk-test') =>
    fetch(`${server.url}/chat/completions`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  try {
    assert.equal((await post({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }, '')).status, 401);
    assert.equal((await post({ model: 'm', messages: [] })).status, 400);
    assert.equal((await post({ model: 'm', messages: [{ role: 'robot', content: 'hi' }] })).status, 400);
    const loose = await post({
      model: 'm',
      messages: [{ role: 'user', content: 'hi' }],
      response_format: { type: 'json_schema', json_schema: { name: 'x', strict: true, schema: { type: 'object', properties: { a: { type: 'string' } } } } },
    });
    assert.equal(loose.status, 400);
    assert.match(((await loose.json()) as { error: { message: string } }).error.message, /additionalProperties/);
    const unstructured = await post({ model: 'm', messages: [{ role: 'user', content: 'hi' }] });
    assert.equal(unstructured.status, 400, 'a structured reply needs a structured-output request');
  } finally {
    await server.close();
  }
});
