/**
 * Measures what the conversation workflow costs in Temporal history, and how long an audit
 * replay takes, against a running `baton start`:
 *   node --import tsx scripts/measure-history.ts [conversations=100]
 * Prints the history length of a 20-message conversation and the time of `baton replay --all`.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { temporalAddressOf } from '../cli/cli-connections';
import { PROJECT_ROOT } from '../cli/local-stack/provision';
import { loadSettings } from '../config/settings';
import { connectTemporalClient } from '../server/temporal-connection';
import { conversationWorkflowId } from '../workflows/conversation-definitions';
import { sendAndWait, widgetToken } from '../test/support/demo-actors';

const settings = loadSettings();
const url = `http://127.0.0.1:${settings.port}/graphql`;
const count = Number(process.argv[2] ?? 100);
// Twenty different questions: the same one asked again would (rightly) read as frustration.
const QUESTIONS = [
  'How do I reset my password?',
  'How do I export my data?',
  'How do I create an API key?',
  'How do I invite a teammate?',
  'How do I connect Slack?',
  'How do I turn on two-factor authentication?',
  'How do I set up single sign-on?',
  'Is there a mobile app?',
  'How do I change my plan?',
  'Where can I download my invoices?',
  'How do I connect Zapier?',
  'How do I delete my account?',
  'What are the usage limits?',
  'How do I connect a data source?',
  'What is in the changelog?',
  'How do I revoke an API key?',
  'Can I change the role of a teammate?',
  'Why can I not sign in?',
  'How do I export a dashboard to CSV?',
  'How do I disconnect Slack?',
];
const aiCount = (n: number) => (c: { timeline: { kind: string }[] }) => c.timeline.filter((entry) => entry.kind === 'AI').length >= n;

const temporal = await connectTemporalClient(temporalAddressOf(settings), settings.temporal.namespace);
try {
  const customer = await widgetToken(url);
  let id: string | undefined;
  for (let index = 0; index < 20; index += 1) {
    const conversation = await sendAndWait(url, customer, QUESTIONS[index]!, (c) => aiCount(index + 1)(c) || c.status !== 'AI_ANSWERING', id);
    if (conversation.status !== 'AI_ANSWERING') throw new Error(`"${QUESTIONS[index]}" escalated (${conversation.escalation?.reason}); pick another question`);
    id = conversation.id;
  }
  let events = 0;
  let runs = 0;
  for await (const execution of temporal.workflow.list({ query: `WorkflowId = '${conversationWorkflowId(id!)}'` })) {
    runs += 1;
    events += (await temporal.workflow.getHandle(execution.workflowId, execution.runId).fetchHistory()).events?.length ?? 0;
  }
  console.log(`20-message conversation: ${events} history events in ${runs} run(s), ${(events / 20).toFixed(1)} per message`);

  for (let index = 0; index < count - 1; index += 1) {
    await sendAndWait(url, await widgetToken(url), QUESTIONS[index % QUESTIONS.length]!, aiCount(1));
  }
  const started = Date.now();
  const { stdout } = await promisify(execFile)(process.execPath, ['bin/baton.js', 'replay', '--all'], {
    cwd: PROJECT_ROOT,
    env: process.env,
    maxBuffer: 64 * 1024 * 1024,
  });
  console.log(`baton replay --all: ${stdout.trim().split('\n').at(-1)} (wall ${((Date.now() - started) / 1000).toFixed(1)} s including start-up)`);
} finally {
  await temporal.connection.close();
}
