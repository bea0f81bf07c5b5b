import { z } from 'zod';

/** A help-centre article an AI answer points to. */
export type Citation = { articleId: string; title: string; url: string };

export const CitationSchema = z.object({
  articleId: z.string(),
  title: z.string(),
  url: z.string(),
});

/** What either answerer returns; `confidence` is what the flow's `no_answer` threshold reads. */
export const AiAnswerSchema = z.object({
  answer: z.string(),
  confidence: z.number().min(0).max(1),
  citations: z.array(CitationSchema),
  abstain: z.boolean(),
});
export type AiAnswer = z.infer<typeof AiAnswerSchema>;

export type ArticleFormat = 'markdown' | 'html' | 'text';

/** An article as parsed from a file, before it gets an id in the database. */
export type ArticleInput = {
  title: string;
  url: string | null;
  tags: string[];
  /** Plain text or Markdown; HTML is converted to Markdown-like text on parse. */
  body: string;
  format: ArticleFormat;
};

export type KnowledgeChunk = {
  /** `${articleId}#${position}`, so re-chunking an unchanged article yields the same ids. */
  id: string;
  articleId: string;
  title: string;
  url: string | null;
  text: string;
  position: number;
  embedding?: number[];
  /** The article's front-matter tags, indexed as search terms when present. */
  tags?: string[];
};

export type RetrievedPassage = {
  chunk: KnowledgeChunk;
  /** 0..1, comparable across queries: the answerers abstain below a threshold on it. */
  score: number;
  lexicalScore: number;
  vectorScore?: number;
};

export type ModelConfig = {
  apiKey: string;
  baseURL?: string;
  /** Defaults to gpt-4o-mini. */
  model: string;
  timeoutMs?: number;
  /** Retries inside one call; the caller falls back to offline after that. Defaults to 1. */
  maxRetries?: number;
  /**
   * How structured output is requested. Defaults to LangChain's choice for the model
   * (json_schema for current OpenAI models); some OpenAI-compatible servers only do tools.
   */
  structuredOutputMethod?: 'jsonSchema' | 'functionCalling' | 'jsonMode';
};

export type ConversationTurn = { role: 'customer' | 'ai' | 'agent'; text: string };

export type TimelineEntryKind = 'CUSTOMER' | 'AI' | 'AGENT' | 'SYSTEM' | 'NOTE';

export type HandoffInput = {
  timeline: {
    kind: TimelineEntryKind;
    text: string;
    citations?: Citation[];
    confidence?: number | null;
  }[];
  escalation: { reason: string; triggerLabel?: string };
};

export type HandoffSummary = {
  customerWants: string;
  aiTried: string;
  citedArticles: Citation[];
  escalationReason: string;
  /** 2–5 sentences for the agent who picks the conversation up. */
  text: string;
};

export type MessageClassification = { asksForHuman: boolean; frustration: number };

/** The flow's default `no_answer` threshold; the offline answerer abstains below it. */
export const DEFAULT_ABSTAIN_BELOW = 0.35;

export const DEFAULT_CHAT_MODEL = 'gpt-4o-mini';
