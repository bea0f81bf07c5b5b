import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startFakeOpenAIServer } from '../test/support/fake-openai-server';
import { CLASSIFY_INSTRUCTIONS, classifyWithModel } from './model-classifier';
import { ModelCallError } from './model-client';

const model = (url: string) => ({ apiKey: 'sk-test', baseURL: url, model: 'gpt-4o-mini', maxRetries: 0 });

test('classifies a message from the structured output, clamping frustration to 0..1', async () => {
  const server = await startFakeOpenAIServer([{ type: 'structured', data: { asksForHuman: true, frustration: 1.4 } }]);
  try {
    const result = await classifyWithModel({ text: 'Get me a real person NOW', history: ['It still does not work'], model: model(server.url) });
    assert.deepEqual(result, { asksForHuman: true, frustration: 1 });
    const [system, user] = server.chatRequests()[0]?.body.messages ?? [];
    assert.deepEqual(system, { role: 'system', content: CLASSIFY_INSTRUCTIONS });
    assert.match(user.content, /<conversation>\n<turn role="earlier">It still does not work<\/turn>\n<\/conversation>/);
    assert.match(user.content, /<customer_message>\nGet me a real person NOW\n<\/customer_message>/);
  } finally {
    await server.close();
  }
});

test('falls back to the offline detectors when the call fails', async () => {
  const server = await startFakeOpenAIServer([{ type: 'error', status: 500 }]);
  try {
    const result = await classifyWithModel({
      text: 'human please',
      history: [],
      model: model(server.url),
      fallback: () => ({ asksForHuman: true, frustration: 0.2 }),
    });
    assert.deepEqual(result, { asksForHuman: true, frustration: 0.2 });
  } finally {
    await server.close();
  }
});

test('without a fallback a failed call throws a ModelCallError for the caller to handle', async () => {
  const server = await startFakeOpenAIServer([{ type: 'error', status: 500 }]);
  try {
    await assert.rejects(classifyWithModel({ text: 'hello', history: [], model: model(server.url) }), ModelCallError);
  } finally {
    await server.close();
  }
});
