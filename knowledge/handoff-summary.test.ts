import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startFakeOpenAIServer } from '../test/support/fake-openai-server';
import { summarizeHandoffOffline } from './handoff-summary';
import { HANDOFF_INSTRUCTIONS, summarizeHandoffWithModel } from './handoff-summary-model';
import { ABSTAIN_ANSWER } from './offline-answerer';
import type { HandoffInput } from './types';

const exportCitation = { articleId: 'export-data', title: 'Export your data', url: 'https://help.lumen.example/articles/export-data' };

const conversation: HandoffInput = {
  timeline: [
    { kind: 'CUSTOMER', text: 'Hi' },
    { kind: 'CUSTOMER', text: 'How do I export all our dashboards before our contract ends?' },
    { kind: 'AI', text: 'Owners and admins can export everything from Settings → Data → Export workspace.', citations: [exportCitation], confidence: 0.72 },
    { kind: 'CUSTOMER', text: 'That menu is not there for me' },
    { kind: 'AI', text: ABSTAIN_ANSWER, citations: [], confidence: 0.2 },
    { kind: 'SYSTEM', text: 'Escalated' },
    { kind: 'CUSTOMER', text: 'can I talk to a human please' },
  ],
  escalation: { reason: 'human_request', triggerLabel: 'Asks for a person' },
};

test('the offline note says what the customer wants, what the AI answered and cited, and why it escalated', () => {
  const summary = summarizeHandoffOffline(conversation);
  assert.equal(summary.customerWants, '“How do I export all our dashboards before our contract ends?”, and later “That menu is not there for me”');
  assert.equal(
    summary.aiTried,
    'The AI answered once; its last answer (confidence 0.72) was “Owners and admins can export everything from Settings → Data → Export workspace.”.',
  );
  assert.deepEqual(summary.citedArticles, [exportCitation]);
  assert.equal(summary.escalationReason, 'the customer asked to talk to a person (trigger “Asks for a person”)');
  const sentences = summary.text.split(/(?<=[.!?])\s+(?=[A-Z])/);
  assert.ok(sentences.length >= 2 && sentences.length <= 5, summary.text);
  assert.match(summary.text, /It cited “Export your data”\./);
  assert.match(summary.text, /handed over because the customer asked to talk to a person/);
});

test('escalated for want of an answer, the note leads with the question the help centre could not answer', () => {
  const summary = summarizeHandoffOffline({
    timeline: [
      { kind: 'CUSTOMER', text: 'How do I export all our dashboards?' },
      { kind: 'AI', text: 'Owners and admins can export everything from Settings → Data → Export workspace.', citations: [exportCitation], confidence: 0.72 },
      { kind: 'CUSTOMER', text: 'Can I get a refund for the seats we did not use?' },
      { kind: 'AI', text: ABSTAIN_ANSWER, citations: [], confidence: 0.1 },
    ],
    escalation: { reason: 'no_answer', triggerLabel: 'AI has no confident answer' },
  });
  assert.equal(
    summary.customerWants,
    '“Can I get a refund for the seats we did not use?”, which the help centre could not answer (earlier: “How do I export all our dashboards?”)',
  );
  assert.match(summary.text, /^The customer wants help with “Can I get a refund/);
});

test('the offline note copes with a conversation where the AI never answered', () => {
  const summary = summarizeHandoffOffline({
    timeline: [{ kind: 'CUSTOMER', text: 'I want a refund for last month' }],
    escalation: { reason: 'keyword', triggerLabel: 'refund' },
  });
  assert.equal(summary.aiTried, 'The AI had not answered yet.');
  assert.deepEqual(summary.citedArticles, []);
  assert.equal(summary.escalationReason, 'the customer used a word that always goes to a person (trigger “refund”)');
});

test('an unknown reason code is shown in words', () => {
  const summary = summarizeHandoffOffline({ timeline: [], escalation: { reason: 'vip_customer' } });
  assert.equal(summary.escalationReason, 'vip customer');
  assert.equal(summary.customerWants, 'The customer has not said what they need yet.');
});

test('with a model the note is generated from the timeline in delimited blocks, citations from the timeline', async () => {
  const note = {
    customerWants: 'Export all dashboards before the contract ends.',
    aiTried: 'Pointed to Export workspace, then could not help when the menu was missing.',
    escalationReason: 'Asked for a person.',
    text: 'The customer needs a full export before their contract ends. The Export workspace menu is missing for them. They asked for a person.',
  };
  const server = await startFakeOpenAIServer([{ type: 'structured', data: note }]);
  try {
    const summary = await summarizeHandoffWithModel({
      ...conversation,
      model: { apiKey: 'sk-test', baseURL: server.url, model: 'gpt-4o-mini', maxRetries: 0 },
    });
    assert.deepEqual(summary, { ...note, citedArticles: [exportCitation] });
    const [system, user] = server.chatRequests()[0]?.body.messages ?? [];
    assert.equal(system.content, HANDOFF_INSTRUCTIONS);
    assert.match(
      user.content,
      /<turn role="ai">Owners and admins can export everything from Settings → Data → Export workspace. \[confidence 0.72, cited: Export your data\]<\/turn>/,
    );
    assert.match(user.content, /<escalation>\nthe customer asked to talk to a person \(trigger “Asks for a person”\)\n<\/escalation>/);
  } finally {
    await server.close();
  }
});

test('when the model fails the offline note is returned', async () => {
  const server = await startFakeOpenAIServer([{ type: 'error', status: 500 }]);
  try {
    const summary = await summarizeHandoffWithModel({
      ...conversation,
      model: { apiKey: 'sk-test', baseURL: server.url, model: 'gpt-4o-mini', maxRetries: 0 },
    });
    assert.deepEqual(summary, summarizeHandoffOffline(conversation));
  } finally {
    await server.close();
  }
});
