import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createResumeLinks, RESUME_LINK_TTL_MS, tokenOfLink } from './resume-link';

const links = createResumeLinks(new TextEncoder().encode('k'.repeat(32)));
const claims = { conversationId: 'c_1', sessionId: 's_1', workspaceId: 'ws_1' };
const now = Date.parse('2026-06-01T12:00:00Z');

describe('resume links', () => {
  test('a signed link opens its conversation until it expires, then says so', () => {
    const token = links.sign(claims, now);
    assert.deepEqual(links.verify(token, now + 1000), { ...claims, exp: now + RESUME_LINK_TTL_MS });
    assert.equal(links.verify(token, now + RESUME_LINK_TTL_MS), 'expired');
    assert.equal(tokenOfLink(links.linkTo('https://support.example.com', token)), token);
    assert.equal(links.linkTo('https://support.example.com', token), `https://support.example.com/chat#resume=${token}`);
  });

  test('a changed payload or signature, another key, or garbage is invalid', () => {
    const token = links.sign(claims, now);
    const [payload, signature] = token.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ ...claims, conversationId: 'c_2', exp: now + RESUME_LINK_TTL_MS })).toString('base64url');
    assert.equal(links.verify(`${forged}.${signature}`, now), 'invalid');
    assert.equal(links.verify(`${payload}.${signature.slice(0, -2)}AA`, now), 'invalid');
    assert.equal(createResumeLinks(new TextEncoder().encode('j'.repeat(32))).verify(token, now), 'invalid');
    for (const garbage of ['', '.', 'abc', 'a.b.c', `${payload}.`]) assert.equal(links.verify(garbage, now), 'invalid');
  });
});
