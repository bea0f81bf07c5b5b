import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { NODE_KINDS, type FlowNode, type NodeKind } from '../flow-schema';
import { TRIGGERS, TRIGGER_TYPES, isTriggerType, suggestedTriggerFor, triggerNamed, triggerWordingOf, type TriggerType } from '.';
import type { TriggerDefinition } from './trigger-definition';

const definitions = TRIGGER_TYPES.map((type) => [type, TRIGGERS[type] as TriggerDefinition] as const);
const node = (kind: NodeKind): FlowNode => ({ id: kind, kind, label: kind, position: { x: 0, y: 0 } });

describe('the trigger registry', () => {
  test('every trigger’s defaults pass its own parameter schema', () => {
    for (const [type, definition] of definitions) {
      assert.ok(definition.params.safeParse(definition.defaults).success, `${type}'s defaults do not parse`);
    }
  });

  test('every studio field edits a parameter its trigger’s schema knows', () => {
    for (const [type, definition] of definitions) {
      const known = Object.keys((definition.params as unknown as z.ZodObject).shape);
      for (const field of Object.keys(definition.form.fields)) assert.ok(known.includes(field), `${type} has a form field "${field}" its schema lacks`);
      for (const param of known) assert.ok(Object.hasOwn(definition.form.fields, param), `${type} has a parameter "${param}" the studio cannot edit`);
    }
  });

  test('every trigger words its cause, its audit entry and its description', () => {
    for (const [type, definition] of definitions) {
      assert.ok(definition.wording.cause(definition.defaults, null).length > 0, `${type} has no cause`);
      assert.ok(definition.wording.audit.length > 0, `${type} has no audit wording`);
      assert.ok(definition.wording.description.length > 0, `${type} has no description`);
    }
  });

  test('triggers judged on a customer message or an answer have a condition and can only leave an AI node', () => {
    const judged = definitions.filter(([, definition]) => definition.event === 'ANALYSIS_READY' || definition.event === 'ANSWER_READY');
    assert.ok(judged.length > 0);
    for (const [type, definition] of judged) {
      assert.ok(definition.guard, `${type} has no condition`);
      const placed = (source: NodeKind) =>
        definition.placement.misplaced?.({ type, source: node(source), target: node('queue'), nodeName: (n) => n.id, analysisTriggers: [] }) ?? [];
      assert.deepEqual(placed('ai'), [], `${type} is refused on an AI node`);
      assert.equal(placed('queue').length, 1, `${type} is allowed on a queue node`);
    }
  });

  test('exactly one trigger is suggested for a new edge between any two kinds of node, the one it always was', () => {
    const before = (source: NodeKind, target: NodeKind): TriggerType =>
      target === 'human' && source !== 'human'
        ? 'agent_claim'
        : source === 'ai'
          ? 'human_request'
          : source === 'queue'
            ? 'sla_timeout'
            : source === 'human'
              ? target === 'resolved'
                ? 'resolve'
                : 'agent_release'
              : source === 'resolved'
                ? 'customer_message'
                : 'inactivity';
    for (const source of NODE_KINDS) {
      for (const target of NODE_KINDS) {
        const suggesting = definitions.filter(([, definition]) => definition.placement.suggestedFor?.(source, target)).map(([type]) => type);
        assert.deepEqual(suggesting, [before(source, target)], `${source} → ${target}`);
        assert.equal(suggestedTriggerFor(source, target), before(source, target));
      }
    }
  });

  test('trigger types from outside text are looked up by their own names only, never Object.prototype’s', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'failed answers']) {
      assert.equal(isTriggerType(name), false, name);
      assert.equal(triggerNamed(name), undefined, name);
      assert.equal(triggerWordingOf(name), undefined, name);
    }
    assert.equal(triggerNamed('failed_answers'), TRIGGERS.failed_answers);
  });
});
