import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { chunkArticle } from './chunk-article';
import { KnowledgeIndex } from './knowledge-index';
import { answerOffline } from './offline-answerer';
import { splitPassageUnits } from './passage-units';
import { readHelpCentreDirectory } from './read-help-centre';
import type { KnowledgeChunk } from './types';

/** The targets the offline mode must meet on the fixture help centre. */
export const OFFLINE_TARGETS = { top1: 0.85, top3: 0.95, abstentionPrecision: 0.85, abstentionRecall: 0.85 };

export type EvaluationQuestion = { question: string; expectedArticle: string | null };

export type EvaluationMiss = {
  question: string;
  expectedArticle: string | null;
  /** Distinct articles of the top results, best first. */
  retrieved: string[];
  score: number;
  abstained: boolean;
  kind: 'wrong-top1' | 'not-in-top3' | 'false-abstention' | 'answered-unanswerable';
};

export type OfflineEvaluation = {
  articles: number;
  chunks: number;
  questions: number;
  answerable: number;
  unanswerable: number;
  top1: number;
  top3: number;
  abstentionPrecision: number;
  abstentionRecall: number;
  misses: EvaluationMiss[];
  fileErrors: string[];
};

/** Builds the index from a help-centre folder and scores retrieval and abstention on a question set. */
export async function evaluateOffline(input: { helpCentreDir: string; questionsFile: string }): Promise<OfflineEvaluation & { chunksBuilt: KnowledgeChunk[] }> {
  const { articles, errors } = await readHelpCentreDirectory(input.helpCentreDir);
  const chunks = (
    await Promise.all(
      articles.map(({ slug, article }) => chunkArticle({ id: slug, title: article.title, url: article.url, body: article.body, tags: article.tags })),
    )
  ).flat();
  const index = KnowledgeIndex.build(chunks);
  const questions = JSON.parse(await readFile(input.questionsFile, 'utf8')) as EvaluationQuestion[];

  let top1 = 0;
  let top3 = 0;
  let abstainedRight = 0;
  let abstainedWrong = 0;
  const misses: EvaluationMiss[] = [];
  for (const { question, expectedArticle } of questions) {
    const passages = index.search(question, { k: 10 });
    const retrieved = [...new Set(passages.map((passage) => passage.chunk.articleId))].slice(0, 3);
    const answer = answerOffline(question, passages);
    const miss = { question, expectedArticle, retrieved, score: passages[0]?.score ?? 0, abstained: answer.abstain };
    if (expectedArticle === null) {
      if (answer.abstain) abstainedRight++;
      else misses.push({ ...miss, kind: 'answered-unanswerable' });
      continue;
    }
    if (answer.abstain) {
      abstainedWrong++;
      misses.push({ ...miss, kind: 'false-abstention' });
    }
    if (retrieved[0] === expectedArticle) top1++;
    else if (!answer.abstain) misses.push({ ...miss, kind: retrieved.includes(expectedArticle) ? 'wrong-top1' : 'not-in-top3' });
    if (retrieved.includes(expectedArticle)) top3++;
  }
  const answerable = questions.filter((question) => question.expectedArticle !== null).length;
  const unanswerable = questions.length - answerable;
  return {
    articles: articles.length,
    chunks: chunks.length,
    questions: questions.length,
    answerable,
    unanswerable,
    top1: answerable ? top1 / answerable : 0,
    top3: answerable ? top3 / answerable : 0,
    abstentionPrecision: abstainedRight + abstainedWrong ? abstainedRight / (abstainedRight + abstainedWrong) : 0,
    abstentionRecall: unanswerable ? abstainedRight / unanswerable : 0,
    misses,
    fileErrors: errors.map((error) => error.message),
    chunksBuilt: chunks,
  };
}

export function missedTargets(evaluation: OfflineEvaluation): string[] {
  const missed: string[] = [];
  for (const [name, target] of Object.entries(OFFLINE_TARGETS) as [keyof typeof OFFLINE_TARGETS, number][]) {
    if (evaluation[name] < target) missed.push(`${name} ${evaluation[name].toFixed(3)} < ${target}`);
  }
  return missed;
}

export type LatencyReport = {
  chunks: number;
  buildMs: number;
  queries: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** JavaScript heap in use once the index is built (the whole process, so an upper bound). */
  heapMb: number;
};

/**
 * Search latency on a large synthetic knowledge base: `count` chunks made of sentences
 * from the given chunks, with invented product words mixed in so the vocabulary grows
 * the way a real help centre's does. With `embeddingDimensions`, every chunk and query
 * also gets a random unit vector of that size, to measure hybrid ranking.
 */
export function measureRetrievalLatency(input: {
  seedChunks: KnowledgeChunk[];
  queries: string[];
  count?: number;
  rounds?: number;
  embeddingDimensions?: number;
}): LatencyReport {
  const count = input.count ?? 10_000;
  const random = mulberry32(7);
  const dimensions = input.embeddingDimensions ?? 0;
  const vector = () => unitVector(dimensions, random);
  const chunks = syntheticChunks(input.seedChunks, count).map((chunk) => (dimensions > 0 ? { ...chunk, embedding: vector() } : chunk));
  const started = performance.now();
  const index = KnowledgeIndex.build(chunks);
  const buildMs = performance.now() - started;
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  const search = (query: string) => index.search(query, { k: 5, ...(dimensions > 0 ? { queryEmbedding: vector() } : {}) });

  // A warm-up pass, as a long-running worker would have had.
  for (const query of input.queries.slice(0, 20)) search(query);
  const timings: number[] = [];
  for (let round = 0; round < (input.rounds ?? 3); round++) {
    for (const query of input.queries) {
      const at = performance.now();
      search(query);
      timings.push(performance.now() - at);
    }
  }
  timings.sort((a, b) => a - b);
  const percentile = (p: number) => timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))] ?? 0;
  return { chunks: index.size, buildMs, queries: timings.length, p50Ms: percentile(50), p95Ms: percentile(95), maxMs: timings.at(-1) ?? 0, heapMb };
}

function unitVector(dimensions: number, random: () => number): number[] {
  const values = Array.from({ length: dimensions }, () => random() - 0.5);
  const norm = Math.sqrt(values.reduce((sum, value) => sum + value * value, 0)) || 1;
  return values.map((value) => value / norm);
}

function syntheticChunks(seed: KnowledgeChunk[], count: number): KnowledgeChunk[] {
  const sentences = seed.flatMap((chunk) => splitPassageUnits(chunk.text).map((unit) => unit.text));
  const titles = [...new Set(seed.map((chunk) => chunk.title))];
  const random = mulberry32(42);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  const syllables = ['lo', 'ra', 'ven', 'tis', 'mar', 'qu', 'el', 'dor', 'ix', 'sa', 'pen', 'tor', 'ul', 'ka', 'mi', 'ro'];
  const inventedWord = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(syllables)).join('');
  const vocabulary = Array.from({ length: 5000 }, inventedWord);

  const chunks: KnowledgeChunk[] = [];
  for (let i = 0; i < count; i++) {
    const articleId = `synthetic-${Math.floor(i / 4)}`;
    const parts = Array.from({ length: 4 + Math.floor(random() * 5) }, () => {
      const words = pick(sentences).split(' ');
      for (let swap = 0; swap < 3; swap++) words[Math.floor(random() * words.length)] = pick(vocabulary);
      return words.join(' ');
    });
    chunks.push({
      id: `${articleId}#${i % 4}`,
      articleId,
      title: `${pick(titles)} ${pick(vocabulary)}`,
      url: null,
      text: parts.join(' '),
      position: i % 4,
    });
  }
  return chunks;
}

/** A small seeded PRNG so the synthetic corpus, and the latency it measures, is the same every run. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
