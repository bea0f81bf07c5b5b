/**
 * A help-centre file that can't be ingested. Ingestion reports it by name and moves on
 * to the next file, so the message must say what is wrong and how to fix it.
 */
export class ArticleFileError extends Error {
  override readonly name = 'ArticleFileError';

  constructor(
    readonly fileName: string,
    readonly problem: ArticleFileProblem,
    message: string,
  ) {
    super(`${fileName}: ${message}`);
  }
}

export type ArticleFileProblem =
  | 'too_large'
  | 'binary'
  | 'empty'
  | 'unsupported_type'
  | 'bad_front_matter'
  | 'unreadable'
  /** A symbolic link whose target lies outside the folder given to ingest (say, to a secret). */
  | 'link_outside_folder';
