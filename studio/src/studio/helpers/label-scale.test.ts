import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LABEL_FONT_PX, labelScale } from './label-scale';

describe('trigger label scale', () => {
  test('zoomed out, labels are enlarged back to their own size on screen', () => {
    assert.equal(labelScale(0.5), 2);
    assert.ok(Math.abs(LABEL_FONT_PX * 0.62 * labelScale(0.62) - LABEL_FONT_PX) < 1e-9);
  });

  test('at zoom 1 or closer, labels scale with the graph', () => {
    assert.equal(labelScale(1), 1);
    assert.equal(labelScale(1.8), 1);
  });

  test('a zoom that is not a positive number leaves labels as they are', () => {
    assert.equal(labelScale(0), 1);
    assert.equal(labelScale(Number.NaN), 1);
  });
});
