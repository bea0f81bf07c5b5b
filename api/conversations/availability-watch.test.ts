import assert from 'node:assert/strict';
import { setImmediate as settled } from 'node:timers/promises';
import { describe, test } from 'node:test';
import { createAvailabilityWatch, type AvailabilityReading } from './availability-watch';

const HOUR_MS = 3_600_000;

/** A workspace whose availability the test sets, counting the reads the watch makes of it. */
function fakeWorkspace(initial: AvailabilityReading) {
  const state = { reading: initial, reads: 0 };
  const read = async () => {
    state.reads++;
    return state.reading;
  };
  return { state, read };
}

const stream = (teamId: string | null, waiting = true) => {
  const seen = { changes: 0, waiting };
  return { seen, listener: { teamId: () => teamId, waiting: () => seen.waiting, changed: () => void seen.changes++ } };
};

describe('availability watch', () => {
  test('every waiting stream of a workspace shares one read per check, and hears only of its own team flipping', async () => {
    const workspace = fakeWorkspace({ open: true, agents: [{ teamIds: ['billing'] }, { teamIds: ['tech'] }] });
    const watch = createAvailabilityWatch(workspace.read, HOUR_MS);
    await watch.ready('ws');
    const billing = [stream('billing'), stream('billing')];
    const tech = stream('tech');
    const anyone = stream(null);
    const stops = [...billing, tech, anyone].map(({ listener }) => watch.watch('ws', listener));
    assert.equal(workspace.state.reads, 1, 'streams that start right after ready() start from its reading');

    workspace.state.reading = { open: true, agents: [{ teamIds: ['tech'] }] };
    watch.recheck('ws');
    await settled();
    assert.equal(workspace.state.reads, 2, 'one read for the four streams');
    assert.deepEqual(
      [...billing, tech, anyone].map(({ seen }) => seen.changes),
      [1, 1, 0, 0],
    );

    workspace.state.reading = { open: false, agents: [{ teamIds: ['tech'] }] };
    watch.recheck('ws');
    await settled();
    assert.deepEqual(
      [...billing, tech, anyone].map(({ seen }) => seen.changes),
      [1, 1, 1, 1],
      'closing hours flip the teams still answered for',
    );
    stops.forEach((stop) => stop());
  });

  test('a stream that no longer waits reads nothing, and one that starts waiting later takes its first answer as a start, not a change', async () => {
    const workspace = fakeWorkspace({ open: true, agents: [] });
    const watch = createAvailabilityWatch(workspace.read, HOUR_MS);
    const later = stream(null, false);
    const stop = watch.watch('ws', later.listener);
    await settled();
    assert.equal(workspace.state.reads, 0);

    later.seen.waiting = true;
    watch.recheck('ws');
    await settled();
    assert.equal(later.seen.changes, 0, 'its first answer');
    workspace.state.reading = { open: true, agents: [{}] };
    watch.recheck('ws');
    await settled();
    assert.equal(later.seen.changes, 1);
    stop();
  });

  test('rechecks asked for during a read run once after it; after the last stream stops, nothing is read', async () => {
    let release: () => void = () => undefined;
    let reads = 0;
    const watch = createAvailabilityWatch(
      () =>
        new Promise<AvailabilityReading>((resolveRead) => {
          reads++;
          release = () => resolveRead({ open: true, agents: [] });
        }),
      HOUR_MS,
    );
    const waiting = stream(null);
    const stop = watch.watch('ws', waiting.listener);
    assert.equal(reads, 1);
    watch.recheck('ws');
    watch.recheck('ws');
    watch.recheck('ws');
    release();
    await settled();
    assert.equal(reads, 2, 'three rechecks during the read make one more read');
    release();
    await settled();
    stop();
    watch.recheck('ws');
    await settled();
    assert.equal(reads, 2);
  });
});
