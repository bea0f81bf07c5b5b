import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { currentLogBindings, redactLogText, withLogContext } from './logger';

describe('the logger', () => {
  test('credentials in URLs and Authorization values are redacted from free text', () => {
    assert.equal(redactLogText('cannot reach mongodb://baton:s3cret@db:27017/baton'), 'cannot reach mongodb://***@db:27017/baton');
    assert.equal(redactLogText('header was Bearer eyJhbGciOi.abc-def_ghi'), 'header was Bearer [redacted]');
    assert.equal(redactLogText('Basic dXNlcjpwYXNz'), 'Basic [redacted]');
    assert.equal(redactLogText('nothing to hide'), 'nothing to hide');
  });

  test('a log context carries its ids into everything it calls, awaited or not, and nests', async () => {
    assert.deepEqual(currentLogBindings(), {});
    await withLogContext({ requestId: 'r-1' }, async () => {
      await Promise.resolve();
      assert.equal(currentLogBindings().requestId, 'r-1');
      withLogContext({ conversationId: 'c-1', workspaceId: undefined }, () => {
        assert.deepEqual(currentLogBindings(), { requestId: 'r-1', conversationId: 'c-1' });
      });
      assert.equal(currentLogBindings().conversationId, undefined);
    });
    assert.deepEqual(currentLogBindings(), {});
  });
});
