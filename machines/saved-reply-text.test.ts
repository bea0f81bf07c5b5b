import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fillSavedReply, SAVED_REPLY_VARIABLE_NAMES, unknownVariables } from './saved-reply-text';

describe('saved reply text', () => {
  test('lists the three variables', () => {
    assert.deepEqual(SAVED_REPLY_VARIABLE_NAMES, ['customer.email', 'agent.name', 'workspace.name']);
  });

  test('fills known variables, with or without spaces inside the braces', () => {
    const text = 'Hi, this is {{agent.name}} from {{ workspace.name }}. We will write to {{customer.email}}.';
    assert.equal(
      fillSavedReply(text, { 'agent.name': 'Ada', 'workspace.name': 'Acme', 'customer.email': 'c@example.com' }),
      'Hi, this is Ada from Acme. We will write to c@example.com.',
    );
  });

  test('a variable without a value keeps its placeholder, so the agent sees what is missing', () => {
    assert.equal(fillSavedReply('Write to {{customer.email}}', { 'customer.email': null }), 'Write to {{customer.email}}');
    assert.equal(fillSavedReply('Write to {{customer.email}}', {}), 'Write to {{customer.email}}');
  });

  test('values are inserted literally: $-patterns and braces in a value are not interpreted', () => {
    assert.equal(fillSavedReply('{{agent.name}}', { 'agent.name': '$& $1 $` {{workspace.name}}' }), '$& $1 $` {{workspace.name}}');
  });

  test('unknown variables are named once each, in order; text without braces has none', () => {
    assert.deepEqual(unknownVariables('{{customer.name}} {{agent.name}} {{ order.id }} {{customer.name}}'), ['customer.name', 'order.id']);
    assert.deepEqual(unknownVariables('Plain text, { single } braces and {{}} empty ones.'), []);
  });

  test('hostile names are unknown variables, never object properties', () => {
    const hostile = '{{__proto__}} {{constructor}} {{toString}} {{hasOwnProperty}}';
    assert.deepEqual(unknownVariables(hostile), ['__proto__', 'constructor', 'toString', 'hasOwnProperty']);
    const values = JSON.parse('{"__proto__": "polluted", "agent.name": "Ada"}') as Record<string, string>;
    assert.equal(fillSavedReply(`${hostile} {{agent.name}}`, values), `${hostile} Ada`);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  test('a 5,000-character text, and 5,000 braces, are handled quickly', () => {
    const long = 'Thanks {{agent.name}}. '.repeat(218).slice(0, 5000);
    assert.equal(long.length, 5000);
    const started = performance.now();
    const filled = fillSavedReply(long, { 'agent.name': 'Ada' });
    assert.ok(filled.includes('Thanks Ada.'));
    assert.deepEqual(unknownVariables('{'.repeat(2500) + '}'.repeat(2500)), []);
    assert.deepEqual(unknownVariables(`{{${'a'.repeat(4996)}}}`), ['a'.repeat(4996)]);
    assert.deepEqual(unknownVariables(`{{a${' '.repeat(4995)}`), []);
    assert.deepEqual(unknownVariables('{{'.repeat(2500)), []);
    assert.ok(performance.now() - started < 200, 'scanning hostile text took too long');
  });
});
