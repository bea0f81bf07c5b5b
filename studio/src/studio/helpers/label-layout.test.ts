import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { separateLabels, type PlacedLabel } from './label-layout';

const overlaps = (a: PlacedLabel, b: PlacedLabel) => Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < (a.height + b.height) / 2;

describe('separating trigger labels', () => {
  test('labels apart from each other stay where they are', () => {
    const labels = [
      { id: 'a', x: 0, y: 0, width: 100, height: 20 },
      { id: 'b', x: 0, y: 40, width: 100, height: 20 },
      { id: 'c', x: 300, y: 0, width: 100, height: 20 },
    ];
    assert.equal(separateLabels(labels).size, 0);
  });

  test('a pile of labels on one spot is spread so none covers another', () => {
    const labels = Array.from({ length: 5 }, (_, index) => ({ id: `l${index}`, x: index * 10, y: 100 + index * 3, width: 120, height: 30 }));
    const shifts = separateLabels(labels);
    const moved = labels.map((label) => ({ ...label, y: label.y + (shifts.get(label.id) ?? 0) }));
    for (const a of moved) for (const b of moved) if (a !== b) assert.equal(overlaps(a, b), false, `${a.id} and ${b.id} overlap`);
    assert.equal(shifts.has('l0'), false, 'the top one stays');
  });

  test('a label squeezed between two close labels goes past them rather than back and forth', () => {
    const labels = [
      { id: 'above', x: 0, y: 0, width: 100, height: 20 },
      { id: 'below', x: 0, y: 30, width: 100, height: 20 },
      { id: 'middle', x: 0, y: 12, width: 100, height: 20 },
    ];
    const shifts = separateLabels(labels);
    const moved = labels.map((label) => ({ ...label, y: label.y + (shifts.get(label.id) ?? 0) }));
    for (const a of moved) for (const b of moved) if (a !== b) assert.equal(overlaps(a, b), false, `${a.id} and ${b.id} overlap`);
  });
});
