import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeHref } from './safe-url';

test('only absolute http(s) and mailto addresses become links', () => {
  assert.equal(safeHref('https://help.lumen.example/articles/x'), 'https://help.lumen.example/articles/x');
  assert.equal(safeHref('mailto:support@lumen.example'), 'mailto:support@lumen.example');
  for (const unsafe of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '/relative',
    'vbscript:x',
    '',
    null,
    undefined,
  ]) {
    assert.equal(safeHref(unsafe), null, String(unsafe));
  }
});
