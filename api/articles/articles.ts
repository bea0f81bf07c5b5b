import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { deleteArticles, upsertArticle } from '../../knowledge/knowledge-store';
import type { ArticleDoc } from '../../store/documents';
import { requireUser } from '../auth/require';
import type { BatonContext } from '../context';
import { badInput, notFound } from '../errors';
import type { Article, MutationDeleteArticleArgs, MutationUpsertArticleArgs, QueryArticleArgs, QueryArticlesArgs } from '../schema/generated/resolvers-types';
import { parseInput } from '../validate-input';

const MAX_BODY = 5 * 1024 * 1024;

const FORMATS = { markdown: 'MARKDOWN', html: 'HTML', text: 'TEXT' } as const satisfies Record<ArticleDoc['format'], Article['format']>;

export const toArticleResult = (article: ArticleDoc): Article => ({
  id: article._id,
  title: article.title,
  url: article.url ?? null,
  tags: article.tags ?? [],
  body: article.body,
  format: FORMATS[article.format],
  updatedAt: article.updatedAt.toISOString(),
});

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const ArticlesInput = z.object({
  search: z.string().trim().max(200).nullish(),
  first: z.number().int().min(1).max(200).nullish(),
  after: z.string().max(200).nullish(),
});

/** A page of articles; the total is counted only when a client asks for it. */
export type ArticlePage = {
  edges: { cursor: string; node: Article }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
};

/** Articles by title; the cursor is the last title and id seen. */
export async function handleArticles({ input, context }: { input: QueryArticlesArgs; context: BatonContext }): Promise<ArticlePage> {
  const principal = requireUser(context);
  const { search, first, after } = parseInput(ArticlesInput, input);
  const base: Record<string, unknown> = { workspaceId: principal.workspaceId };
  if (search) base.$or = [{ title: { $regex: escapeRegex(search), $options: 'i' } }, { body: { $regex: escapeRegex(search), $options: 'i' } }];
  let position: { title: string; id: string } | null = null;
  if (after) {
    try {
      position = z.object({ title: z.string(), id: z.string() }).parse(JSON.parse(Buffer.from(after, 'base64url').toString('utf8')));
    } catch {
      throw badInput('after is not a cursor from this list; pass pageInfo.endCursor.', 'after');
    }
  }
  const filter = position ? { $and: [base, { $or: [{ title: { $gt: position.title } }, { title: position.title, _id: { $gt: position.id } }] }] } : base;
  const size = first ?? 50;
  const docs = await context.db.articles
    .find(filter)
    .sort({ title: 1, _id: 1 })
    .limit(size + 1)
    .toArray();
  const edges = docs.slice(0, size).map((doc) => ({
    cursor: Buffer.from(JSON.stringify({ title: doc.title, id: doc._id })).toString('base64url'),
    node: toArticleResult(doc),
  }));
  return {
    edges,
    pageInfo: { hasNextPage: docs.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: () => context.db.articles.countDocuments(base),
  };
}

export async function handleArticle({ input, context }: { input: QueryArticleArgs; context: BatonContext }) {
  const principal = requireUser(context);
  const { id } = parseInput(z.object({ id: z.string().min(1).max(200) }), input);
  const article = await context.db.articles.findOne({ _id: id, workspaceId: principal.workspaceId });
  return article ? toArticleResult(article) : null;
}

/** The format is one of the schema's ArticleFormat values; the rest has formats and lengths the schema cannot say. */
export const UpsertArticleInput = z.object({
  input: z.object({
    id: z.string().min(1).max(200).nullish(),
    title: z.string().trim().min(1, 'title is required').max(300),
    // Citations carry this link to customers' browsers: only web addresses, never javascript: or data:.
    url: z
      .url({ protocol: /^https?$/, error: 'url must be an absolute http(s) address such as https://help.example.com/refunds' })
      .max(2000)
      .nullish(),
    tags: z.array(z.string().trim().min(1).max(50)).max(30).nullish(),
    body: z.string().trim().min(1, 'body is empty').max(MAX_BODY, 'body is over 5 MB'),
  }),
});

export async function handleUpsertArticle({ input, context }: { input: MutationUpsertArticleArgs; context: BatonContext }) {
  const admin = requireUser(context, 'admin');
  const article = { ...parseInput(UpsertArticleInput, input).input, format: input.input.format };
  let articleId = article.id ?? `a_${randomUUID()}`;
  let sourcePath: string | null = null;
  if (article.id) {
    const existing = await context.db.articles.findOne({ _id: article.id });
    if (!existing || existing.workspaceId !== admin.workspaceId) throw notFound(`No article ${article.id} in this workspace; omit id to add a new one.`);
    articleId = existing._id;
    sourcePath = existing.sourcePath ?? null;
  }
  await upsertArticle(context.db, {
    workspaceId: admin.workspaceId,
    articleId,
    article: {
      title: article.title,
      url: article.url ?? null,
      tags: article.tags ?? [],
      body: article.body,
      format: (article.format ?? 'MARKDOWN').toLowerCase() as ArticleDoc['format'],
    },
    sourcePath,
    model: context.model,
  });
  return toArticleResult((await context.db.articles.findOne({ _id: articleId }))!);
}

export async function handleDeleteArticle({ input, context }: { input: MutationDeleteArticleArgs; context: BatonContext }) {
  const admin = requireUser(context, 'admin');
  const { id } = parseInput(z.object({ id: z.string().min(1).max(200) }), input);
  const existing = await context.db.articles.findOne({ _id: id, workspaceId: admin.workspaceId });
  if (!existing) throw notFound(`No article ${id} in this workspace.`);
  await deleteArticles(context.db, admin.workspaceId, [id]);
  return true;
}
