import { WidgetCustomer } from '../client/widget-customer';
import { questionsFor } from '../scenario/customer-questions';
import type { StackComponent, StackComponentName } from '../stack/bench-stack';
import { readStackCpu, type CpuSeconds, type ProcessName } from './cpu-meter';
import { summarizeLatencies, type LatencySummary } from './latency-stats';
import type { ProgressLine } from './progress-line';

export type ThroughputResult = {
  concurrency: number;
  durationSeconds: number;
  /** Mean pause between a reply and the customer's next message (0: a closed loop at saturation). */
  thinkSeconds: number;
  /** AI replies delivered to widgets per second during the window. */
  messagesPerSecond: number;
  replies: number;
  /** Message → reply under load, for messages sent in the window. */
  latency: LatencySummary;
  /**
   * Messages sent in the window still unanswered when the bench stopped waiting (the window's end
   * plus a grace period). They count in `latency` with the time they had waited, so with any of
   * them the percentiles are lower bounds.
   */
  unansweredAtEnd: number;
  /** Sends or sessions that failed outright. */
  failures: number;
  /** The distinct reasons of those failures (the first few), so a failed run says why. */
  failureReasons: string[];
  unexpectedEscalations: number;
  /** Conversations started during the phase (each customer asks a few questions, then leaves). */
  conversations: number;
  /** CPU seconds each process used per message during the window: where the machine's two cores went. */
  cpuMsPerMessage: CpuSeconds;
  /** Share of the machine's cores each process used during the window. */
  cpuShare: CpuSeconds;
};

const QUESTIONS_PER_CUSTOMER = 5;
/** After the window, in-flight messages get this long to be answered; a saturated stack may hold a backlog of minutes. */
const DRAIN_MS = 20_000;
/** Slots start over at least this long (and over one think time), so the window does not open on a stampede of new sessions. */
const MIN_RAMP_MS = 2_000;

/**
 * `concurrency` customers at a time, each sending a message, waiting for the AI's reply on its
 * subscription, reading and typing for a while (`thinkSeconds` on average, uniformly 0.5–1.5× of
 * it) and sending the next; after a few questions a customer leaves and a new one takes its place.
 * Counts the replies delivered during `durationSeconds`. With no think time the loop is closed:
 * every customer waits only on the stack, which measures the most it can do (and latency then is
 * concurrency ÷ throughput by construction).
 */
export async function measureThroughput(options: {
  url: string;
  concurrency: number;
  durationSeconds: number;
  thinkSeconds: number;
  label: string;
  components: Record<StackComponentName, StackComponent> | undefined;
  cores: number;
  progress: ProgressLine;
}): Promise<ThroughputResult> {
  const rampMs = Math.max(MIN_RAMP_MS, options.thinkSeconds * 1500);
  const startedAt = performance.now() + rampMs;
  const endsAt = startedAt + options.durationSeconds * 1000;
  const latencies: number[] = [];
  let replies = 0;
  let failures = 0;
  const failureReasons = new Set<string>();
  const fail = (error: unknown) => {
    failures += 1;
    if (failureReasons.size < 5) failureReasons.add((error as Error).message);
  };
  let unansweredAtEnd = 0;
  let unexpectedEscalations = 0;
  let customersStarted = 0;
  let cpuBefore: CpuSeconds = {};

  const recent: { at: number; ms: number }[] = [];
  const ticker = setInterval(() => {
    const now = performance.now();
    while (recent.length > 0 && recent[0]!.at < now - 5_000) recent.shift();
    const elapsed = Math.max(0, (Math.min(now, endsAt) - startedAt) / 1000);
    const p95 = summarizeLatencies(recent.map((sample) => sample.ms)).p95;
    options.progress.update(
      now < startedAt
        ? `${options.label}: starting ${options.concurrency} customers...`
        : `${options.label}: ${elapsed.toFixed(0)}/${options.durationSeconds} s, ${replies} replies, ${(replies / Math.max(elapsed, 0.001)).toFixed(1)} msg/s, p95 ${Number.isNaN(p95) ? '-' : Math.round(p95)} ms (last 5 s)`,
    );
  }, 1_000);
  const windowStart = setTimeout(() => (cpuBefore = readStackCpu(options.components)), rampMs);

  const slot = async (slotIndex: number) => {
    await new Promise((resolveRamp) => setTimeout(resolveRamp, (rampMs * slotIndex) / options.concurrency));
    while (performance.now() < endsAt) {
      const index = customersStarted++;
      const customer = await WidgetCustomer.start(options.url, `load-${index}`).catch((error: unknown) => fail(error));
      if (!customer) continue;
      const nextQuestion = questionsFor(index);
      try {
        for (let asked = 0; asked < QUESTIONS_PER_CUSTOMER && performance.now() < endsAt; asked += 1) {
          const drainEndsAt = endsAt + DRAIN_MS;
          const message = await customer.send(nextQuestion(), { deadline: Date.now() + (drainEndsAt - performance.now()) });
          const reply = await customer.waitForReply(message, Math.max(1, drainEndsAt - performance.now())).catch(() => undefined);
          if (!reply) {
            // Censored: it waited at least this long; the percentiles become lower bounds.
            if (message.sentAt >= startedAt) latencies.push(performance.now() - message.sentAt);
            unansweredAtEnd += 1;
            break;
          }
          if (reply.at >= startedAt && reply.at <= endsAt) replies += 1;
          if (message.sentAt >= startedAt) {
            latencies.push(reply.at - message.sentAt);
            recent.push({ at: reply.at, ms: reply.at - message.sentAt });
          }
          if (reply.kind !== 'AI') {
            unexpectedEscalations += 1;
            break;
          }
          if (options.thinkSeconds > 0) await pause(options.thinkSeconds * 1000 * (0.5 + Math.random()), endsAt);
        }
      } catch (error) {
        fail(error);
      } finally {
        customer.close();
      }
    }
  };

  let cpuAfter: CpuSeconds = {};
  const windowEnd = setTimeout(() => (cpuAfter = readStackCpu(options.components)), rampMs + options.durationSeconds * 1000);
  try {
    await Promise.all(Array.from({ length: options.concurrency }, (_, index) => slot(index)));
  } finally {
    clearInterval(ticker);
    clearTimeout(windowStart);
    clearTimeout(windowEnd);
  }
  const cpuMsPerMessage: ThroughputResult['cpuMsPerMessage'] = {};
  const cpuShare: ThroughputResult['cpuShare'] = {};
  for (const [name, before] of Object.entries(cpuBefore) as [ProcessName, number][]) {
    const after = cpuAfter[name];
    if (after === undefined) continue;
    cpuMsPerMessage[name] = replies > 0 ? ((after - before) * 1000) / replies : NaN;
    cpuShare[name] = (after - before) / options.durationSeconds / options.cores;
  }
  return {
    concurrency: options.concurrency,
    durationSeconds: options.durationSeconds,
    thinkSeconds: options.thinkSeconds,
    messagesPerSecond: replies / options.durationSeconds,
    replies,
    latency: summarizeLatencies(latencies),
    unansweredAtEnd,
    failures,
    failureReasons: [...failureReasons],
    unexpectedEscalations,
    conversations: customersStarted,
    cpuMsPerMessage,
    cpuShare,
  };
}

/** Waits `ms`, or until the window ends, whichever comes first. */
function pause(ms: number, endsAt: number): Promise<void> {
  const wait = Math.max(0, Math.min(ms, endsAt - performance.now()));
  return new Promise((resolvePause) => setTimeout(resolvePause, wait));
}
