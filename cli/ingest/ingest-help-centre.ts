import { performance } from 'node:perf_hooks';
import {
  bumpKnowledgeVersions,
  deleteArticles,
  loadStoredKnowledge,
  sweepStaleChunks,
  upsertArticles,
  type ArticleWrite,
} from '../../knowledge/knowledge-store';
import { ArticleFileError, readArticleFile, type ArticleFileProblem, type EmbeddingConfig } from '../../knowledge';
import type { BatonDb } from '../../store/database';
import type { ArticleFileRef } from './collect-article-files';
import { articleIdFor, isUnderSourceRoot } from './source-path';

export type SkippedFile = { sourcePath: string; problem: ArticleFileProblem; reason: string };

export type IngestReport = {
  files: number;
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  chunksWritten: number;
  /** Chunks the workspace's knowledge base holds after the run. */
  chunksTotal: number;
  skipped: SkippedFile[];
  /** Chunks left behind by an earlier run that stopped half-way, deleted now. */
  staleChunksRemoved: number;
  embedded: boolean;
  durationMs: number;
};

export type IngestProgress = { start(total: number): void; advance(done: number): void; stop(): void };

/**
 * Files per write batch: one chunk write, one article write and one cleanup per batch keeps
 * 2,000 files to a few hundred database round trips, and a crash loses at most one batch.
 */
const BATCH_SIZE = 50;

/**
 * Ingests help-centre files into one workspace: parses each file (a bad one is skipped and
 * reported, never written), stores new and changed articles in batches (see
 * knowledge-store.ts for why no crash leaves anything half-written), and with `prune`
 * removes articles whose source file under the given roots is gone.
 */
export async function ingestHelpCentre(input: {
  db: BatonDb;
  workspaceId: string;
  files: ArticleFileRef[];
  roots: string[];
  prune: boolean;
  model?: EmbeddingConfig;
  progress?: IngestProgress;
}): Promise<IngestReport> {
  const { db, workspaceId, files } = input;
  const started = performance.now();
  const stored = await loadStoredKnowledge(db, workspaceId);
  const storedSources = [...stored.sourcePaths].flatMap(([articleId, sourcePath]) => (sourcePath ? [{ articleId, sourcePath }] : []));
  // Reusing the id already stored for a path keeps articles that `baton start` seeded (a_demo_*) as they are.
  const idBySourcePath = new Map(storedSources.map(({ articleId, sourcePath }) => [sourcePath, articleId]));

  const report: IngestReport = {
    files: files.length,
    added: 0,
    updated: 0,
    unchanged: 0,
    removed: 0,
    chunksWritten: 0,
    chunksTotal: 0,
    skipped: [],
    staleChunksRemoved: 0,
    embedded: input.model !== undefined,
    durationMs: 0,
  };
  // Nothing to show for an empty folder (and a bar of zero files would read NaN%).
  const progress = files.length > 0 ? input.progress : undefined;
  progress?.start(files.length);
  try {
    for (let from = 0; from < files.length; from += BATCH_SIZE) {
      const batch = files.slice(from, from + BATCH_SIZE);
      const parsed = await Promise.all(batch.map(async (file) => ({ file, result: await readArticleFile(file.absolutePath) })));
      const writes: ArticleWrite[] = [];
      for (const { file, result } of parsed) {
        if (result instanceof ArticleFileError) {
          report.skipped.push({ sourcePath: file.sourcePath, problem: result.problem, reason: reasonOf(result) });
          continue;
        }
        const articleId = idBySourcePath.get(file.sourcePath) ?? articleIdFor(workspaceId, file.sourcePath);
        writes.push({ workspaceId, articleId, article: result.article, sourcePath: file.sourcePath });
      }
      const results = await upsertArticles(db, writes, { model: input.model, bumpKnowledgeVersion: false, stored });
      for (const result of results) {
        report[result.outcome] += 1;
        report.chunksWritten += result.chunks;
      }
      if (results.some((result) => result.outcome !== 'unchanged')) await bumpKnowledgeVersions(db, [workspaceId]);
      progress?.advance(Math.min(files.length, from + batch.length));
    }
  } finally {
    progress?.stop();
  }

  if (input.prune) {
    // A file that is present but unreadable or broken is not gone: its article stays as it was.
    const present = new Set(files.map((file) => file.sourcePath));
    const gone = storedSources
      .filter(({ sourcePath }) => !present.has(sourcePath) && input.roots.some((root) => isUnderSourceRoot(sourcePath, root)))
      .map(({ articleId }) => articleId);
    report.removed = await deleteArticles(db, workspaceId, gone);
  }
  const sweep = await sweepStaleChunks(db, workspaceId);
  report.staleChunksRemoved = sweep.removed;
  report.chunksTotal = sweep.remaining;
  report.durationMs = performance.now() - started;
  return report;
}

/** The error's sentence without the file name it starts with: the report names the whole path instead. */
function reasonOf(error: ArticleFileError): string {
  const prefix = `${error.fileName}: `;
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}
