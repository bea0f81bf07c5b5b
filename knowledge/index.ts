/** The knowledge base and answering core: parsing, chunking, retrieval, answering, handoff notes. */
export * from './types';
export { ArticleFileError, type ArticleFileProblem } from './article-file-error';
export { parseArticleFile, articleSlugFromFileName, articleFormatOf, MAX_ARTICLE_BYTES, SUPPORTED_ARTICLE_EXTENSIONS } from './parse-article-file';
export { readHelpCentreDirectory, readArticleFile, type HelpCentreFile } from './read-help-centre';
export { articleContentHash, KNOWLEDGE_FORMAT_VERSION } from './article-content-hash';
export { chunkRevision, storedChunkId, isCurrentChunk } from './chunk-revision';
export { chunkArticle, CHUNK_SIZE, CHUNK_OVERLAP } from './chunk-article';
export { KnowledgeIndex } from './knowledge-index';
export { KnowledgeRetriever, type KnowledgeDocumentMetadata } from './knowledge-retriever';
export { answerOffline, ABSTAIN_ANSWER, citationFor } from './offline-answerer';
export { answerWithModel, buildAnswerRequest, ANSWER_INSTRUCTIONS, ModelAnswerSchema } from './model-answerer';
export { classifyWithModel, buildClassificationRequest, CLASSIFY_INSTRUCTIONS, MessageClassificationSchema } from './model-classifier';
export { summarizeHandoffOffline, describeEscalation } from './handoff-summary';
export { summarizeHandoffWithModel, buildHandoffRequest, HANDOFF_INSTRUCTIONS } from './handoff-summary-model';
export { embedTexts, chunkEmbeddingText, DEFAULT_EMBEDDING_MODEL, type EmbeddingConfig } from './embeddings';
export { createChatModel, ModelCallError } from './model-client';
