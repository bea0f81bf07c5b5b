import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_WORKSPACE } from '../../server/seed-demo';
import { gqlOk } from '../support/graphql-client';
import { sendAndWait, waitAsAgent, widgetToken } from '../support/demo-actors';
import { seedHistory, type SeededConversation } from '../support/seed-history';
import { resolveAs } from '../support/team-inbox';
import { startTestApp, type TestApp } from '../support/test-app';
import { seriousAxeViolations } from './support/axe';
import { launchBrowser, newPerson, screenshot, signIn } from './support/browser';

const RATE_ANSWER = 'mutation ($c: ID!, $e: ID!) { rateAnswer(conversationId: $c, entryId: $e, helpful: true) { id } }';
const RATE_CONVERSATION = 'mutation ($c: ID!, $s: Int!, $m: String) { rateConversation(conversationId: $c, score: $s, comment: $m) { id } }';
const LONG_QUESTION = `Why does my export stop ${'and start again '.repeat(60)}`.slice(0, 1000);
const LONG_ANSWER = `Open Settings, then Data, then ${'press Export again and wait '.repeat(40)}`.slice(0, 1000);

/**
 * Two days back: five conversations the AI answered in 340 ms, two escalations claimed after 1 h 30 min
 * and 1 d 2 h (long durations for the time-to-claim card), and a 1,000-character question nobody answered.
 */
function history(): SeededConversation[] {
  const start = Date.now() - 2 * 24 * 3600_000;
  const at = (seconds: number) => new Date(start + seconds * 1000).toISOString();
  const answeredFast = Array.from({ length: 5 }, (_, index): SeededConversation => {
    const t = index * 600;
    return {
      id: `fast${index}`,
      createdAt: at(t),
      entries: [
        { kind: 'CUSTOMER', text: 'How do I reset my password?', at: at(t) },
        { kind: 'AI', text: 'Go to the sign-in page…', at: at(t + 0.34) },
      ],
      transitions: [],
    };
  });
  const claimedAfter = (id: string, t: number, wait: number): SeededConversation => ({
    id,
    createdAt: at(t),
    entries: [{ kind: 'CUSTOMER', text: 'I want a human', at: at(t) }],
    transitions: [
      { at: at(t + 1), to: 'awaitingHuman', status: 'AWAITING_HUMAN', triggerType: 'human_request' },
      { at: at(t + 1 + wait), to: 'human', status: 'HUMAN_ACTIVE', triggerType: 'agent_claim' },
    ],
  });
  return [
    ...answeredFast,
    claimedAfter('slow1', 4000, 5400),
    claimedAfter('slow2', 5000, 93_600),
    {
      id: 'long1',
      createdAt: at(6000),
      entries: [{ kind: 'CUSTOMER', text: LONG_QUESTION, at: at(6000), answer: { confidence: 0.1, abstain: true } }],
      transitions: [],
    },
  ];
}

/** How many lines a piece of text takes on screen: its rectangles' distinct tops. */
const linesOf = (locator: Locator) =>
  locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
  });

describe('the dashboard shows what customers said: confirmed automation, answers rated not helpful, CSAT', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  before(async () => {
    [app, browser] = await Promise.all([startTestApp('browser_dashboard_feedback'), launchBrowser()]);
    const { url } = app;
    await seedHistory(app.db, history());
    await app.db.answerRatings.insertOne({
      _id: 'long1:long1-ai',
      workspaceId: DEMO_WORKSPACE.id,
      conversationId: 'long1',
      entryId: 'long1-ai',
      helpful: false,
      answerText: LONG_ANSWER,
      citations: [{ articleId: 'a2', title: 'Export your data', url: 'https://help.lumen.example/export' }],
      at: new Date(),
    });

    // Through the API: a "Yes" that resolves (confirmed automation) rated 5, and an agent's resolution rated 4.
    const answeredCustomer = await widgetToken(url);
    const answered = await sendAndWait(url, answeredCustomer, 'How do I reset my password?', (c) => c.timeline.some((entry) => entry.kind === 'AI'));
    await gqlOk(url, RATE_ANSWER, { c: answered.id, e: answered.timeline.find((entry) => entry.kind === 'AI')!.id }, answeredCustomer);
    await waitAsAgent(url, answered.id, (c) => c.status === 'RESOLVED');
    await gqlOk(url, RATE_CONVERSATION, { c: answered.id, s: 5 }, answeredCustomer);

    const waitingCustomer = await widgetToken(url);
    const waiting = await sendAndWait(url, waitingCustomer, 'I need to talk to a human please', (c) => c.status === 'AWAITING_HUMAN');
    const agent = (await gqlOk(url, 'mutation { login(email: "agent@baton.test", password: "baton-demo") { token } }')).login.token as string;
    await gqlOk(url, 'mutation ($id: ID!) { claimConversation(id: $id) { id } }', { id: waiting.id }, agent);
    await resolveAs(url, agent, waiting.id);
    await waitAsAgent(url, waiting.id, (c) => c.status === 'RESOLVED');
    await gqlOk(url, RATE_CONVERSATION, { c: waiting.id, s: 4, m: 'Sam sorted it' }, waitingCustomer);

    ({ context, page } = await newPerson(browser));
    await page.setViewportSize({ width: 1360, height: 900 });
    await signIn(page, `${app.api.url}/dashboard`, 'admin@baton.test', app.settings.demoPassword);
    await page.locator('main.dashboard[data-loaded-days="30"][aria-busy="false"]').waitFor();
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
  });

  test('confirmed automation and CSAT (AI only, handed off, by agent) show the ratings given through the API', async () => {
    assert.equal(await page.locator('[data-figure="confirmedAutomated"] strong').innerText(), '1');
    const csat = page.getByRole('table', { name: 'Customer satisfaction' });
    const average = (row: string) => csat.locator(`tr[data-csat="${row}"] .csat-average`).innerText();
    assert.deepEqual(
      { overall: await average('overall'), aiOnly: await average('aiOnly'), handedOff: await average('handedOff'), sam: await average('agent:Sam Agent') },
      { overall: '4.5 / 5', aiOnly: '5.0 / 5', handedOff: '4.0 / 5', sam: '4.0 / 5' },
    );
    const rated = page.getByRole('list', { name: 'Answers rated not helpful' });
    assert.deepEqual(await rated.getByRole('link').allInnerTexts(), ['Export your data']);

    await page.setViewportSize({ width: 1360, height: 2600 });
    await screenshot(page, 'dashboard-feedback-cards');
    await page.setViewportSize({ width: 1360, height: 900 });
  });

  test('rough edges: sub-second AI answers in ms, the time-to-claim card on one line, long texts cut with the full text in a title', async () => {
    assert.equal(await page.locator('[data-stat="aiFirstResponse"] .value').innerText(), '340 ms');

    const claim = page.locator('[data-stat="timeToClaim"]');
    assert.equal(await claim.locator('.value').innerText(), '1 h 30 min');
    assert.equal(await linesOf(claim.locator('.value')), 1, 'the time-to-claim figure wraps');
    assert.equal(await linesOf(claim.locator('dt')), 1, 'the time-to-claim label wraps');

    for (const [list, full] of [
      ['Unanswered questions', LONG_QUESTION],
      ['Answers rated not helpful', LONG_ANSWER],
    ] as const) {
      const text = page
        .getByRole('list', { name: list })
        .locator('.question')
        .filter({ hasText: full.slice(0, 40) });
      const shown = await text.innerText();
      assert.equal(shown, `${full.slice(0, 140).trimEnd()}…`, `${list} prints the whole text`);
      assert.equal(await text.getAttribute('title'), full.trim());
    }
    await screenshot(page, 'dashboard-feedback-headline');
  });

  test('the dashboard has no serious accessibility violations', async () => {
    assert.deepEqual(await seriousAxeViolations(page), []);
  });
});
