import { Command } from 'commander';
import { defineCommand, runs, type CommandOutcome } from '../command-kit';

export type AuditVerifyFlags = { workspace?: string };

const verifyCommand = (outcome: CommandOutcome) =>
  runs(
    defineCommand('verify', {
      summary: "recompute every hash of the audit archive and check each workspace's chain",
      description:
        "Recomputes the SHA-256 of every archived history and of every record, and checks that each record carries the hash of the one before it (a pruned prefix must be named by a checkpoint). Prints each workspace's record count and head hash (keep the head hash elsewhere to prove later that the whole chain was not rewritten), or the first bad record.",
      usage: '[--workspace KEY]',
      exitCodes: [
        [0, 'every record and chain verified'],
        [1, 'a record or a chain is bad (the first one is named), or an unexpected failure'],
        [2, 'bad input (an unknown workspace, no database)'],
      ],
    }).option('--workspace <key>', 'only this workspace (default: every workspace with an archive)'),
    outcome,
    async (command) => (await import('../audit-command')).runAuditVerify(command.opts<AuditVerifyFlags>()),
  );

export const auditCommand = (outcome: CommandOutcome): Command =>
  defineCommand('audit', {
    summary: 'check the audit archive (audit verify [--workspace KEY])',
    description: 'The audit archive: `baton audit verify` checks its hashes and chains (see `baton audit verify --help`).',
    exitCodes: [
      [0, 'this help, with --help'],
      [2, 'no subcommand, or an unknown one'],
    ],
  }).addCommand(verifyCommand(outcome));
