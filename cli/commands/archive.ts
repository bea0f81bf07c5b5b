import { Command } from 'commander';
import { defineCommand, runs, type CommandOutcome } from '../command-kit';

export type ArchiveFlags = { now?: boolean };
export type ArchivePruneFlags = { before: string; workspace?: string };

const pruneCommand = (outcome: CommandOutcome) =>
  runs(
    defineCommand('prune', {
      summary: 'delete archived runs that closed before a date',
      description:
        "Deletes the archived runs that closed before DATE, oldest first, from each workspace's audit archive (or one workspace's), and appends a checkpoint record so `baton audit verify` still checks the chain from there. No other record is rewritten. A run archived after a newer one is kept until a later prune reaches it.",
      usage: '--before DATE [--workspace KEY]',
      exitCodes: [
        [0, 'pruned (or nothing to prune)'],
        [1, 'an unexpected failure'],
        [2, 'bad input (a missing or unreadable date, an unknown workspace, no database)'],
      ],
    })
      .requiredOption('--before <date>', 'an ISO date such as 2025-01-01 (UTC) or 2025-01-01T12:00:00Z')
      .option('--workspace <key>', 'only this workspace (default: every workspace with an archive)'),
    outcome,
    async (command) => (await import('../archive-command')).runArchivePrune(command.opts<ArchivePruneFlags>()),
  );

export const archiveCommand = (outcome: CommandOutcome): Command =>
  runs(
    defineCommand('archive', {
      summary: 'the audit archive: its state, or one archiver pass now (--now)',
      description:
        "Closed conversation runs are copied into MongoDB's auditArchive by a Temporal Schedule (every temporal.yaml audit.archiveEveryMinutes), so audits outlast Temporal's retention. Without options: the schedule, the last pass and the archive's size per workspace. With --now: runs one archiver pass on the workers (`baton start` or `baton worker` must be running) and prints what it did. `baton archive prune --before DATE` deletes old records; `baton audit verify` checks them.",
      usage: '[--now] | prune --before DATE [--workspace KEY]',
      exitCodes: [
        [0, 'ok'],
        [1, 'an unexpected failure, or the pass failed'],
        [2, 'bad input (no worker polling the task queue, no database, no Temporal)'],
      ],
    })
      .option('--now', 'run one archiver pass now and print what it did')
      .addCommand(pruneCommand(outcome)),
    outcome,
    async (command) => (await import('../archive-command')).runArchive(command.opts<ArchiveFlags>()),
  );
