import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sessionStands, type Account } from './current-user';
import { createTokenService } from './tokens';

const account: Account = { _id: 'u_1', workspaceId: 'ws_1', name: 'Sam', role: 'admin' };
const now = Date.parse('2026-06-01T12:00:00Z');
const session = { tokenId: 't_1', issuedAt: now - 60_000, expiresAt: now + 60_000 };

describe('whether a token still speaks for its account', () => {
  test('a live token of an active account stands, including accounts made before deactivation existed', () => {
    assert.equal(sessionStands(account, session, now), true);
    assert.equal(sessionStands({ ...account, active: true }, session, now), true);
  });

  test('a missing or deactivated account, or an expired token, does not', () => {
    assert.equal(sessionStands(null, session, now), false);
    assert.equal(sessionStands({ ...account, active: false }, session, now), false);
    assert.equal(sessionStands(account, { ...session, expiresAt: now }, now), false);
  });

  test('revoking sessions revokes tokens issued up to that instant, not those issued after', () => {
    assert.equal(sessionStands({ ...account, sessionsRevokedAt: new Date(session.issuedAt) }, session, now), false);
    assert.equal(sessionStands({ ...account, sessionsRevokedAt: new Date(session.issuedAt - 1) }, session, now), true);
  });

  test('logout revokes the one token it names', () => {
    const revokedTokens = [{ tokenId: 't_1', expiresAt: new Date(session.expiresAt) }];
    assert.equal(sessionStands({ ...account, revokedTokens }, session, now), false);
    assert.equal(sessionStands({ ...account, revokedTokens }, { ...session, tokenId: 't_2' }, now), true);
  });
});

describe('user tokens', () => {
  test('carry who they are for, an id of their own and the millisecond they were issued, but no role or name', async () => {
    const tokens = createTokenService(new TextEncoder().encode('a'.repeat(32)));
    const before = Date.now();
    const signed = await tokens.sign({ kind: 'user', workspaceId: 'ws_1', userId: 'u_1', role: 'admin', name: 'Sam' });
    const payload = JSON.parse(Buffer.from(signed.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    assert.equal(payload.role, undefined);
    assert.equal(payload.name, undefined);
    const claims = await tokens.verify(signed);
    assert.ok(claims?.kind === 'user');
    assert.equal(claims.userId, 'u_1');
    assert.ok(claims.session.tokenId);
    assert.ok(claims.session.issuedAt >= before && claims.session.issuedAt <= Date.now());
    const other = await tokens.verify(await tokens.sign({ kind: 'user', workspaceId: 'ws_1', userId: 'u_1', role: 'admin', name: 'Sam' }));
    assert.ok(other?.kind === 'user');
    assert.notEqual(other.session.tokenId, claims.session.tokenId);
  });
});
