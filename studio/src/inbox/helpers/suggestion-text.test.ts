import assert from 'node:assert/strict';
import { test } from 'node:test';
import { suggestionText } from './suggestion-text';

test('the answer is followed by one Sources line naming each article once, with its link', () => {
  const text = suggestionText({
    text: ' Open Settings → Security. ',
    citations: [
      { title: 'Reset your password', url: 'https://help.example/reset' },
      { title: 'Reset your password', url: 'https://help.example/reset' },
      { title: 'Troubleshooting login', url: null },
    ],
  });
  assert.equal(text, 'Open Settings → Security.\n\nSources: Reset your password (https://help.example/reset); Troubleshooting login');
});

test('no citations, no Sources line', () => {
  assert.equal(suggestionText({ text: 'Hello', citations: [] }), 'Hello');
});
