import { z } from 'zod';
import { ModelCallError, type EmbeddingConfig } from '../knowledge';
import { modelConfigOf } from '../config/model-config';
import { loadSettings } from '../config/settings';
import type { BatonDb } from '../store/database';
import { CliError, UsageError } from './cli-error';
import { parseCommandLine } from './command-kit';
import { ingestDefinition } from './commands/ingest';
import { collectArticleFiles, MissingPathError, UnreadableFolderError } from './ingest/collect-article-files';
import { connectIngestDatabase } from './ingest/connect-ingest-database';
import { ingestHelpCentre } from './ingest/ingest-help-centre';
import { ingestProgress } from './ingest/ingest-progress';
import { formatIngestSummary } from './ingest/ingest-summary';

const IngestArgs = z.object({
  paths: z.array(z.string().min(1)).min(1, 'baton ingest needs at least one file or folder'),
  workspace: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'the workspace key is letters, digits, - and _ (e.g. demo)')
    .default('demo'),
  prune: z.boolean().default(false),
});

export type IngestIo = {
  stdout: NodeJS.WritableStream;
  /** Progress goes here: a bar when it is a terminal, plain lines otherwise. */
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
};

const processIo = (): IngestIo => ({ stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });

/** `baton ingest ARGS` in this process: parses the command line as the CLI does, then ingests. */
export async function runIngest(args: string[], io: IngestIo = processIo()): Promise<number> {
  const command = ingestDefinition();
  const parsed = parseCommandLine(command, args);
  if (parsed === 'help') {
    io.stdout.write(command.helpInformation());
    return 0;
  }
  return ingestArticles({ ...parsed.options, paths: parsed.operands }, io);
}

/** `baton ingest`: returns the exit code (0 ok, 1 some files skipped); throws CliError (exit 2) when nothing could be done. */
export async function ingestArticles(input: { paths: string[]; workspace?: string; prune?: boolean }, io: IngestIo = processIo()): Promise<number> {
  const checked = IngestArgs.safeParse(input);
  if (!checked.success) throw new UsageError(`${checked.error.issues[0]!.message}.`);
  const options = checked.data;
  const collected = await collectArticleFiles(options.paths, io.cwd).catch((error: unknown) => {
    if (error instanceof MissingPathError || error instanceof UnreadableFolderError) throw new CliError(`${error.message} Nothing was ingested.`);
    throw error;
  });
  const settings = loadSettings(io.env, io.cwd);
  const model: EmbeddingConfig | undefined = modelConfigOf(settings);

  const db = await connectIngestDatabase(settings);
  try {
    const workspace = await findWorkspace(db, options.workspace);
    const report = await ingestHelpCentre({
      db,
      workspaceId: workspace._id,
      files: collected.files,
      roots: collected.roots,
      prune: options.prune,
      model,
      progress: ingestProgress(io.stderr),
    }).catch((error: unknown) => {
      // Every batch either committed whole or left nothing visible (see knowledge-store.ts), so running again finishes the job.
      const rerun = 'Articles written before this are complete; run the same command again to finish.';
      if (error instanceof ModelCallError) {
        throw new CliError(`Embedding the articles failed: ${error.message} Or unset OPENAI_API_KEY to ingest without embeddings. ${rerun}`);
      }
      throw new CliError(`Ingest stopped: ${(error as Error).message}. ${rerun}`);
    });
    // Links refused while collecting are skipped files too: listed with the reason, and the exit code says so.
    report.skipped.unshift(...collected.refused);
    io.stdout.write(`${formatIngestSummary({ ...report, workspaceKey: options.workspace, ignored: collected.ignored })}\n`);
    return report.skipped.length > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}

async function findWorkspace(db: BatonDb, key: string): Promise<{ _id: string }> {
  const workspace = await db.workspaces.findOne({ key }, { projection: { _id: 1 } });
  if (workspace) return workspace;
  const known = (await db.workspaces.find({}, { projection: { key: 1 } }).toArray()).map((doc) => doc.key).sort();
  throw new CliError(
    known.length === 0
      ? `There is no workspace "${key}": this database has no workspaces yet. Create one with \`baton workspace create KEY --name NAME\` (or run \`npm start\` once for the demo workspace).`
      : `There is no workspace "${key}". Known workspace keys: ${known.join(', ')}; pass one with --workspace KEY.`,
  );
}
