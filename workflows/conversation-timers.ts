/**
 * The flow's timers (SLA, inactivity, business hours) as durable Temporal timers. The machine
 * restarts the inactivity timer on every message, so one Temporal timer per flow timer cost a
 * TimerCanceled and a TimerStarted per message. Since ONE_ALARM, a run keeps one Temporal timer,
 * the alarm, for the earliest deadline: a deadline that moves later leaves the alarm as it is,
 * and an alarm that goes off with nothing due is set again for what is left.
 */
import { CancellationScope, isCancellation, patched, sleep } from '@temporalio/workflow';
import type { ConversationAction } from '../machines';

const ONE_ALARM = 'one-alarm-timers';

export type CarriedTimer = { timerId: string; fireAt: string };

export class ConversationTimers {
  /** Deadlines (epoch ms) of the flow's running timers, by timer id, in the order they were started. */
  private readonly deadlines = new Map<string, number>();
  private alarm: { scope: CancellationScope; fireAt: number } | undefined;
  /** Runs started before ONE_ALARM keep a Temporal timer per flow timer, as they were recorded. */
  private perTimer: Map<string, CancellationScope> | undefined;
  private decided = false;

  constructor(private readonly onFire: (timerId: string) => void) {}

  start(timerId: string, delayMs: number): void {
    this.decide();
    this.cancel(timerId);
    this.deadlines.set(timerId, Date.now() + delayMs);
    if (this.perTimer) this.startPerTimer(timerId, delayMs);
    else this.setAlarm();
  }

  /** Starts or cancels what a timer action of the machine asks for; other actions are left alone. */
  follow(action: ConversationAction): void {
    if (action.type === 'startTimer') this.start(action.timerId, action.delayMs);
    if (action.type === 'cancelTimer') this.cancel(action.timerId);
  }

  /** Restarts timers carried over a continue-as-new with the time they had left. */
  resume(carried: CarriedTimer[]): void {
    for (const timer of carried) this.start(timer.timerId, Math.max(0, Date.parse(timer.fireAt) - Date.now()));
  }

  cancel(timerId: string): void {
    if (!this.deadlines.delete(timerId)) return;
    const scope = this.perTimer?.get(timerId);
    if (!scope) return;
    this.perTimer!.delete(timerId);
    scope.cancel();
  }

  ids(): string[] {
    return [...this.deadlines.keys()];
  }

  carry(): CarriedTimer[] {
    return [...this.deadlines].map(([timerId, fireAt]) => ({ timerId, fireAt: new Date(fireAt).toISOString() }));
  }

  /** Asked once per run, at its first timer, so a replay takes the same branch as the run did. */
  private decide(): void {
    if (this.decided) return;
    this.decided = true;
    if (!patched(ONE_ALARM)) this.perTimer = new Map();
  }

  private setAlarm(): void {
    let earliest = Infinity;
    for (const fireAt of this.deadlines.values()) earliest = Math.min(earliest, fireAt);
    if (earliest === Infinity || (this.alarm && this.alarm.fireAt <= earliest)) return;
    this.alarm?.scope.cancel();
    const scope = new CancellationScope();
    this.alarm = { scope, fireAt: earliest };
    const due = [...this.deadlines].filter(([, fireAt]) => fireAt === earliest).map(([timerId]) => timerId);
    scope
      // The summary names the flow timers it is set for, in Temporal's UI and in `baton history`.
      .run(() => sleep(Math.max(1, earliest - Date.now()), { summary: due.join(', ') }))
      .then(
        () => {
          if (this.alarm?.scope !== scope) return;
          this.alarm = undefined;
          for (const [timerId, fireAt] of [...this.deadlines]) {
            if (fireAt > Date.now()) continue;
            this.deadlines.delete(timerId);
            this.onFire(timerId);
          }
          this.setAlarm();
        },
        (error) => {
          if (!isCancellation(error)) throw error;
        },
      );
  }

  private startPerTimer(timerId: string, delayMs: number): void {
    const scope = new CancellationScope();
    this.perTimer!.set(timerId, scope);
    scope
      .run(() => sleep(delayMs, { summary: timerId }))
      .then(
        () => {
          if (this.perTimer?.get(timerId) !== scope) return;
          this.perTimer.delete(timerId);
          this.deadlines.delete(timerId);
          this.onFire(timerId);
        },
        (error) => {
          if (!isCancellation(error)) throw error;
        },
      );
  }
}
