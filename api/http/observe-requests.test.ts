import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { acceptedRequestId, routeOf } from './observe-requests';

describe('request ids and route labels', () => {
  test("a client's well-formed request id is kept, anything else is refused so the server makes one", () => {
    assert.equal(acceptedRequestId('abc-123_x.y:z'), 'abc-123_x.y:z');
    assert.equal(acceptedRequestId('a'.repeat(128)), 'a'.repeat(128));
    for (const bad of [undefined, '', 'a'.repeat(129), 'two words', 'quote"d', 'new\nline', ['a', 'b'], 'é']) {
      assert.equal(acceptedRequestId(bad), undefined, JSON.stringify(bad));
    }
  });

  test('a route label is one of a fixed few, whatever path a client sends', () => {
    assert.equal(routeOf('/graphql?query=x'), '/graphql');
    assert.equal(routeOf('/studio/'), '/studio');
    assert.equal(routeOf('/assets/index-abc.js'), '/assets');
    assert.equal(routeOf('/metrics'), '/metrics');
    assert.equal(routeOf('/wp-admin/setup.php'), 'other');
    assert.equal(routeOf('http://['), 'other');
    assert.equal(routeOf(undefined), 'other');
  });
});
