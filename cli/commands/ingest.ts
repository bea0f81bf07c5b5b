import type { Command } from 'commander';
import { defineCommand, runs, type CommandOutcome } from '../command-kit';

/** Also used by `runIngest`, which parses a command line in this process as `baton ingest` would. */
export function ingestDefinition(): Command {
  return defineCommand('ingest', {
    summary: 'add help-centre articles (Markdown, HTML, text) to a workspace',
    description:
      "Adds help-centre articles to a workspace's knowledge base: Markdown (.md, .markdown, .mdx, with optional front matter: title, url, tags), HTML (.html, .htm) and plain text (.txt, .text); folders are read recursively. Unchanged files are skipped; a changed file replaces its article.",
    usage: '<file|dir>... [--workspace KEY] [--prune]',
    exitCodes: [
      [0, 'all files ingested'],
      [1, 'done, but some files were skipped (each is listed with the reason)'],
      [2, "stopped (bad arguments, a path that doesn't exist, no database, unknown workspace, a failure mid-way)"],
    ],
  })
    .argument('[paths...]', 'files and folders of articles')
    .option('-w, --workspace <key>', 'the workspace (default: demo)')
    .option('--prune', 'also remove articles whose files under the given paths are gone');
}

export const ingestCommand = (outcome: CommandOutcome) =>
  runs(ingestDefinition(), outcome, async (command) => {
    const { ingestArticles } = await import('../ingest-command');
    return ingestArticles({ ...command.opts(), paths: command.args });
  });
