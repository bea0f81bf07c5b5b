import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { serverAudits } from 'graphql-http';
import { startTestApp, type TestApp } from '../support/test-app';

describe('GraphQL over HTTP compliance', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp('graphql_http');
  });
  after(async () => {
    await app.stop();
  });

  test('every MUST audit of graphql-http passes (SHOULD and MAY results are printed)', async () => {
    const audits = serverAudits({ url: app.url, fetchFn: fetch });
    const failedMusts: string[] = [];
    const others: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (audit.name.startsWith('MUST')) {
        if (result.status !== 'ok') failedMusts.push(`${audit.name}: ${result.reason}`);
      } else {
        others.push(`${result.status.padEnd(5)} ${audit.name}${result.status === 'ok' ? '' : ` (${result.reason})`}`);
      }
    }
    console.log(`graphql-http audits: ${audits.length} run\n${others.join('\n')}`);
    assert.deepEqual(failedMusts, []);
  });
});
