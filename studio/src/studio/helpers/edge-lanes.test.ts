import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { edgeLanes, type Box } from './edge-lanes';

const box = (x: number, y: number): Box => ({ x, y, width: 160, height: 60 });

describe('edge lanes', () => {
  test('parallel edges between two states each get their own lane, reversed ones included', () => {
    const boxes = new Map([
      ['a', box(0, 0)],
      ['b', box(400, 0)],
    ]);
    const lanes = edgeLanes(
      [
        { id: 'one', source: 'a', target: 'b' },
        { id: 'two', source: 'a', target: 'b' },
        { id: 'back', source: 'b', target: 'a' },
      ],
      boxes,
    );
    // Reversed edges bow along the opposite normal, so compare offsets in one orientation.
    const geometric = [lanes.get('one')!.offset, lanes.get('two')!.offset, -lanes.get('back')!.offset];
    assert.equal(new Set(geometric).size, 3);
  });

  test('an edge whose straight line would cross another state bows around it', () => {
    const boxes = new Map([
      ['a', box(0, 0)],
      ['middle', box(300, 0)],
      ['c', box(600, 0)],
    ]);
    const lanes = edgeLanes([{ id: 'long', source: 'a', target: 'c' }], boxes);
    assert.ok(Math.abs(lanes.get('long')!.offset) > 60);
    const clear = edgeLanes(
      [{ id: 'long', source: 'a', target: 'c' }],
      new Map([
        ['a', box(0, 0)],
        ['c', box(600, 0)],
      ]),
    );
    assert.equal(clear.get('long')!.offset, 0);
  });

  test('a self-loop needs no lane', () => {
    assert.equal(edgeLanes([{ id: 'loop', source: 'a', target: 'a' }], new Map([['a', box(0, 0)]])).size, 0);
  });

  test('labels enlarged twice over get lanes twice as far apart', () => {
    const boxes = new Map([
      ['a', box(0, 0)],
      ['b', box(400, 0)],
    ]);
    const pair = [
      { id: 'one', source: 'a', target: 'b' },
      { id: 'two', source: 'a', target: 'b' },
    ];
    const gap = (lanes: Map<string, { offset: number }>) => lanes.get('two')!.offset - lanes.get('one')!.offset;
    assert.equal(gap(edgeLanes(pair, boxes, 2)), 2 * gap(edgeLanes(pair, boxes)));
  });
});
