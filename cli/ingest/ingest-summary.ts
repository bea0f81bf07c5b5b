import type { ArticleFileProblem } from '../../knowledge';
import type { IngestReport } from './ingest-help-centre';

const PROBLEM_LABELS = new Map<ArticleFileProblem, string>([
  ['binary', 'binary'],
  ['empty', 'empty'],
  ['unreadable', 'unreadable'],
  ['too_large', 'over 5 MB'],
  ['unsupported_type', 'unsupported type'],
  ['bad_front_matter', 'bad front matter'],
  ['link_outside_folder', 'link out of the folder'],
]);

/** The summary `baton ingest` prints: counts first, then each skipped file with what to fix. */
export function formatIngestSummary(report: IngestReport & { workspaceKey: string; ignored: number }): string {
  const seconds = (report.durationMs / 1000).toFixed(1);
  const lines = [
    `Ingested ${plural(report.files, 'file')} into workspace "${report.workspaceKey}" in ${seconds} s${report.embedded ? ' (with embeddings)' : ''}:`,
    `  added      ${report.added}`,
    `  updated    ${report.updated}`,
    `  unchanged  ${report.unchanged}`,
    `  removed    ${report.removed}`,
    `  chunks     ${report.chunksWritten} written, ${report.chunksTotal} in the knowledge base`,
    `  skipped    ${report.skipped.length}`,
  ];
  for (const skipped of report.skipped) {
    lines.push(`    ${skipped.sourcePath} (${PROBLEM_LABELS.get(skipped.problem) ?? skipped.problem}): ${skipped.reason}`);
  }
  if (report.ignored > 0) lines.push(`  ${plural(report.ignored, 'other file')} in those folders (not .md, .html or .txt) left alone`);
  if (report.staleChunksRemoved > 0) lines.push(`  ${plural(report.staleChunksRemoved, 'chunk')} left by an interrupted earlier run cleaned up`);
  return lines.join('\n');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
