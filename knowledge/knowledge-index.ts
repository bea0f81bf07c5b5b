import MiniSearch, { type SearchResult } from 'minisearch';
import type { BaseRetriever } from '@langchain/core/retrievers';
import { KnowledgeRetriever } from './knowledge-retriever';
import { splitPassageUnits } from './passage-units';
import { synonymsOf } from './synonyms';
import { analyzeQueryWords, analyzeTerms, indexTerm, isFramingTerm, tokenize } from './text-analysis';
import type { KnowledgeChunk, RetrievedPassage } from './types';

type IndexedChunk = { id: string; title: string; tags: string; text: string };

/** Title words say what a whole article is about, so they outweigh one mention in the body. */
const TITLE_BOOST = 2;
/** Tags are the author's own summary of the topic ("billing", "sso"). */
const TAGS_BOOST = 1.5;
/** Lexical candidates scored per query before the cut to k; enough to reach past one long article. */
const CANDIDATE_POOL = 50;
/** How much a question word counts when the chunk only has a synonym, a typo-distance or a prefix match of it. */
const SYNONYM_CREDIT = 0.9;
/**
 * How much a synonym counts in BM25 against the customer's own word. At full weight a chunk
 * full of "invoice" and "receipt" outranked the plans article for "how does billing work",
 * since "billing" brings both along as synonyms of "bill".
 */
const SYNONYM_RANK_BOOST = 0.5;
/**
 * A question that names several topics ("What plans do you have and how does billing
 * work?") asks first about the first one, its head topic: in BM25 it counts this many times
 * the others, and a chunk of an article whose title leads with it ("Plans and pricing", not
 * "Change your plan and download invoices") is raised by HEAD_TITLE_BOOST. Both measured
 * with scripts/kb-eval.ts: top-3 rose from 95.5% to 96.2%, top-1 and abstention unchanged.
 */
const HEAD_TOPIC_RANK_BOOST = 3;
const HEAD_TITLE_BOOST = 1.15;
const FUZZY_CREDIT = 0.6;
/** Sentences (with their heading) considered together when judging how closely a chunk answers. */
const SENTENCE_WINDOW = 2;
/** Weight of a question word that frames the question ("happen", "yesterday") relative to a topic word. */
const FRAMING_WEIGHT = 0.25;
/** Positions apart (stopwords removed) within which two side-by-side question words still count as one phrase. */
const PHRASE_WINDOW = 3;
const SCATTERED_CREDIT = 0.4;
/**
 * The confidence mixes how much of the question the chunk covers anywhere with how much of
 * it one passage of two sentences covers: words scattered over a chunk ("support" here,
 * "phone" there) are weaker evidence than words that sit together.
 */
const SENTENCE_COVERAGE_WEIGHT = 0.6;
/** How much the BM25 rank (relative to the best hit) scales a candidate's coverage. */
const BM25_SHARE = 0.3;
/**
 * Coverage is raised to this power so the flow's default threshold (0.35) falls at about
 * half the question covered, where offline answers stop being right more often than not
 * (measured with scripts/kb-eval.ts on the fixture help centre).
 */
const CONFIDENCE_EXPONENT = 1.5;
/**
 * Share of the fused score given to embedding similarity when the workspace has
 * embeddings; without them lexical matching decides alone.
 */
const VECTOR_WEIGHT = 0.5;
/**
 * text-embedding-3 cosine similarity between a question and an unrelated passage sits
 * around 0.1–0.2, and around 0.5–0.7 for a passage that answers it; this maps the band to 0..1.
 */
const COSINE_FLOOR = 0.2;
const COSINE_CEILING = 0.6;

/** One idea from the question: its index term, the synonyms that also count, and its idf weight. */
type QueryConcept = { term: string; synonyms: readonly string[]; weight: number; phrase: number };
/** A document term that satisfies a concept, and how much credit it earns. */
type ConceptForm = { docTerm: string; credit: number };

/**
 * One workspace's knowledge base in memory. MiniSearch (indexed BM25+) finds and orders
 * candidates; each gets a confidence in 0..1 from how much of the question (idf-weighted)
 * it covers, so the flow can hold it against a fixed threshold whatever the query.
 * Immutable: rebuild when the chunks change (10,000 chunks build in a few seconds; see scripts/kb-eval.ts).
 */
export class KnowledgeIndex {
  private readonly chunksById: Map<string, KnowledgeChunk>;
  private readonly documentFrequency = new Map<string, number>();
  /** Per chunk, the index terms of each window of sentences, with its heading, title and tags. */
  private readonly sentenceTerms = new Map<string, Set<string>[]>();
  /** Per chunk, where each term occurs in the body, and the terms of its title and tags. */
  private readonly termPositions = new Map<string, Map<string, number[]>>();
  private readonly headerTerms = new Map<string, Set<string>>();
  /** Per chunk, the first topic word of its article's title: what the article is about first. */
  private readonly titleLeads = new Map<string, string>();
  /**
   * Chunk embeddings, scaled to unit length once so a query costs one dot product per chunk,
   * in 32-bit floats (half the memory of the number arrays the database returns; plenty of
   * precision for ranking). Passages come back without their embedding.
   */
  private readonly vectors: { chunk: KnowledgeChunk; unit: Float32Array }[] = [];

  private constructor(
    private readonly miniSearch: MiniSearch<IndexedChunk>,
    chunks: KnowledgeChunk[],
  ) {
    this.chunksById = new Map();
    for (const { embedding, ...chunk } of chunks) {
      this.chunksById.set(chunk.id, chunk);
      if (embedding && embedding.length > 0) this.vectors.push({ chunk, unit: unitVector(embedding) });
    }
    for (const chunk of chunks) {
      const header = `${chunk.title}, ${(chunk.tags ?? []).join(', ')}`;
      const headerTerms = analyzeTerms(header);
      const textTerms = analyzeTerms(chunk.text);
      for (const term of new Set([...headerTerms, ...textTerms])) {
        this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
      }
      const positions = new Map<string, number[]>();
      textTerms.forEach((term, at) => {
        const list = positions.get(term);
        if (list) list.push(at);
        else positions.set(term, [at]);
      });
      this.termPositions.set(chunk.id, positions);
      this.headerTerms.set(chunk.id, new Set(headerTerms));
      const titleLead = analyzeTerms(chunk.title).find((term) => !isFramingTerm(term));
      if (titleLead) this.titleLeads.set(chunk.id, titleLead);
      this.sentenceTerms.set(chunk.id, sentenceWindows(headerTerms, chunk.text));
    }
  }

  static build(chunks: KnowledgeChunk[]): KnowledgeIndex {
    const unique = [...new Map(chunks.map((chunk) => [chunk.id, chunk])).values()];
    const miniSearch = new MiniSearch<IndexedChunk>({
      idField: 'id',
      fields: ['title', 'tags', 'text'],
      storeFields: [],
      tokenize: (text) => tokenize(text),
      processTerm: (token) => indexTerm(token),
    });
    miniSearch.addAll(unique.map((chunk) => ({ id: chunk.id, title: chunk.title, tags: (chunk.tags ?? []).join(', '), text: chunk.text })));
    return new KnowledgeIndex(miniSearch, unique);
  }

  get size(): number {
    return this.chunksById.size;
  }

  /** True when some chunk has an embedding, so a question embedding can take part in ranking. */
  get hasEmbeddings(): boolean {
    return this.vectors.length > 0;
  }

  /** Best first; `score` is 0..1 and comparable across queries. */
  search(query: string, options: { k?: number; queryEmbedding?: number[] } = {}): RetrievedPassage[] {
    const k = Math.max(1, options.k ?? 5);
    const concepts = this.queryConcepts(query);
    const lexical = concepts.length === 0 ? [] : this.lexicalCandidates(concepts, Math.max(k, CANDIDATE_POOL));
    const embedding = options.queryEmbedding;
    const passages = embedding && embedding.length > 0 ? this.fuseWithVectors(lexical, embedding, k) : lexical;
    return passages.sort((a, b) => b.score - a.score || a.chunk.id.localeCompare(b.chunk.id)).slice(0, k);
  }

  /** The LangChain face of the same index, for chains that expect a retriever. */
  asRetriever(k = 4): BaseRetriever {
    return new KnowledgeRetriever({ index: this, k });
  }

  private queryConcepts(query: string): QueryConcept[] {
    const concepts = new Map<string, QueryConcept>();
    for (const { alternatives, phrase } of analyzeQueryWords(query)) {
      // A hyphenated word counts once: as its joined form if the index knows it, else as its parts.
      const [joined, ...parts] = alternatives;
      const terms = parts.length > 0 && !this.documentFrequency.has(joined ?? '') ? parts : [joined ?? ''];
      for (const term of terms) {
        if (term && !concepts.has(term)) {
          concepts.set(term, { term, synonyms: synonymsOf(term), weight: this.inverseDocumentFrequency(term), phrase });
        }
      }
    }
    return this.withFramingWeights([...concepts.values()]);
  }

  /**
   * A framing word counts a fraction of its idf, except when no chunk contains it: its idf
   * is then the highest there is, yet its absence says nothing about the topic (help
   * centres seldom write "offer" or "provide"), and "What plans do you offer?" would weigh
   * "offer" above "plans" and abstain. Such a word weighs at most a fraction of the
   * question's heaviest topic word. (Capping every framing word instead lost abstentions
   * that a rare framing word had earned, e.g. "...if Lumen goes out of business?": see
   * scripts/kb-eval.ts.)
   */
  private withFramingWeights(concepts: QueryConcept[]): QueryConcept[] {
    const topicWeights = concepts.filter((concept) => !isFramingTerm(concept.term)).map((concept) => concept.weight);
    const heaviestTopic = topicWeights.length > 0 ? Math.max(...topicWeights) : Number.POSITIVE_INFINITY;
    return concepts.map((concept) => {
      if (!isFramingTerm(concept.term)) return concept;
      const idf = this.documentFrequency.has(concept.term) ? concept.weight : Math.min(concept.weight, heaviestTopic);
      return { ...concept, weight: FRAMING_WEIGHT * idf };
    });
  }

  private lexicalCandidates(concepts: QueryConcept[], limit: number): RetrievedPassage[] {
    const searchTerms = [...new Set(concepts.flatMap((concept) => [concept.term, ...concept.synonyms]))];
    const ownTerms = new Set(concepts.map((concept) => concept.term));
    const head = headTopic(concepts);
    const results = this.miniSearch.search(searchTerms.join(' '), {
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      boost: { title: TITLE_BOOST, tags: TAGS_BOOST },
      boostTerm: (term) => (term === head?.term ? HEAD_TOPIC_RANK_BOOST : ownTerms.has(term) ? 1 : SYNONYM_RANK_BOOST),
      // Customers misspell: one edit is tolerated on longer words, where it rarely lands on
      // another real word; a prefix catches "postgres" in "postgresql".
      fuzzy: (term) => (term.length >= 6 ? 1 : false),
      prefix: (term) => term.length >= 5,
      weights: { fuzzy: 0.45, prefix: 0.3 },
      combineWith: 'OR',
    });
    const totalWeight = concepts.reduce((sum, concept) => sum + concept.weight, 0);
    if (results.length === 0 || totalWeight <= 0) return [];

    const topRank = results[0]?.score ?? 1;
    const passages: RetrievedPassage[] = [];
    for (const result of results.slice(0, limit)) {
      const chunk = this.chunksById.get(String(result.id));
      if (!chunk) continue;
      const forms = this.withPhraseProximity(
        chunk.id,
        concepts,
        concepts.map((concept) => conceptForms(concept, result)),
      );
      const chunkCoverage = coverage(concepts, forms, () => true) / totalWeight;
      let sentenceCoverage = 0;
      for (const window of this.sentenceTerms.get(chunk.id) ?? []) {
        sentenceCoverage = Math.max(sentenceCoverage, coverage(concepts, forms, (term) => window.has(term)) / totalWeight);
      }
      const covered = (1 - SENTENCE_COVERAGE_WEIGHT) * chunkCoverage + SENTENCE_COVERAGE_WEIGHT * sentenceCoverage;
      // BM25 (term frequency, field weights, length) orders chunks that cover the question
      // equally well; it moves the confidence a little, never past the coverage itself.
      const ranked = covered * (1 - BM25_SHARE + BM25_SHARE * (result.score / topRank));
      const leadsWithHead = head !== undefined && titleLeadsWith(this.titleLeads.get(chunk.id), head);
      const lexicalScore = clamp01((leadsWithHead ? ranked * HEAD_TITLE_BOOST : ranked) ** CONFIDENCE_EXPONENT);
      passages.push({ chunk, score: lexicalScore, lexicalScore });
    }
    return passages;
  }

  /**
   * Words the customer wrote side by side ("Microsoft Teams", "phone number") name one
   * thing; when a chunk has them only far apart, the weaker word of the pair earns less.
   */
  private withPhraseProximity(chunkId: string, concepts: QueryConcept[], forms: ConceptForm[][]): ConceptForm[][] {
    const positions = this.termPositions.get(chunkId);
    const header = this.headerTerms.get(chunkId);
    if (!positions || !header) return forms;
    const scattered = new Set<number>();
    for (let i = 0; i + 1 < concepts.length; i++) {
      const a = concepts[i]!;
      const b = concepts[i + 1]!;
      const formsA = forms[i] ?? [];
      const formsB = forms[i + 1] ?? [];
      if (a.phrase !== b.phrase || formsA.length === 0 || formsB.length === 0) continue;
      if (formsA.some((form) => header.has(form.docTerm)) || formsB.some((form) => header.has(form.docTerm))) continue;
      if (!occurNear(formsA, formsB, positions, PHRASE_WINDOW)) scattered.add(a.weight < b.weight ? i : i + 1);
    }
    if (scattered.size === 0) return forms;
    return forms.map((list, index) => (scattered.has(index) ? list.map((form) => ({ ...form, credit: form.credit * SCATTERED_CREDIT })) : list));
  }

  private fuseWithVectors(lexical: RetrievedPassage[], queryEmbedding: number[], k: number): RetrievedPassage[] {
    const query = unitVector(queryEmbedding);
    const vectorById = new Map<string, number>();
    const ranked: { chunk: KnowledgeChunk; vectorScore: number }[] = [];
    for (const { chunk, unit } of this.vectors) {
      if (unit.length !== query.length) continue;
      let cosine = 0;
      for (let i = 0; i < unit.length; i++) cosine += unit[i]! * query[i]!;
      const vectorScore = clamp01((cosine - COSINE_FLOOR) / (COSINE_CEILING - COSINE_FLOOR));
      vectorById.set(chunk.id, vectorScore);
      if (vectorScore > 0) ranked.push({ chunk, vectorScore });
    }
    if (vectorById.size === 0) return lexical;

    // Weighted fusion over the union of both candidate lists: a chunk found only by meaning
    // (different words) or only by words (no embedding yet) can still rank.
    const byId = new Map(lexical.map((passage) => [passage.chunk.id, passage]));
    ranked.sort((a, b) => b.vectorScore - a.vectorScore);
    for (const { chunk } of ranked.slice(0, Math.max(k, CANDIDATE_POOL))) {
      if (!byId.has(chunk.id)) byId.set(chunk.id, { chunk, score: 0, lexicalScore: 0 });
    }
    return [...byId.values()].map((passage) => {
      const vectorScore = vectorById.get(passage.chunk.id) ?? 0;
      return {
        ...passage,
        vectorScore,
        score: clamp01((1 - VECTOR_WEIGHT) * passage.lexicalScore + VECTOR_WEIGHT * vectorScore),
      };
    });
  }

  /** BM25's idf. A word no chunk contains gets the highest weight: it names something we don't cover. */
  private inverseDocumentFrequency(term: string): number {
    const documents = this.chunksById.size;
    const frequency = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
  }
}

/** The first topic word of a question that names two topics or more (framing words aside); none for a one-topic question. */
function headTopic<Concept extends { term: string }>(concepts: readonly Concept[]): Concept | undefined {
  const topics = concepts.filter((concept) => !isFramingTerm(concept.term));
  return topics.length >= 2 ? topics[0] : undefined;
}

function titleLeadsWith(titleLead: string | undefined, concept: QueryConcept): boolean {
  return titleLead !== undefined && (titleLead === concept.term || concept.synonyms.includes(titleLead));
}

function occurNear(formsA: ConceptForm[], formsB: ConceptForm[], positions: Map<string, number[]>, window: number): boolean {
  for (const a of formsA) {
    for (const at of positions.get(a.docTerm) ?? []) {
      for (const b of formsB) {
        for (const bt of positions.get(b.docTerm) ?? []) if (Math.abs(at - bt) <= window) return true;
      }
    }
  }
  return false;
}

/** Windows of consecutive sentences or list items within one block, each with the chunk's header and its heading. */
function sentenceWindows(headerTerms: string[], text: string): Set<string>[] {
  const units = splitPassageUnits(text);
  const unitTerms = units.map((unit) => analyzeTerms(`${unit.heading ?? ''}\n${unit.text}`));
  return units.map((unit, i) => {
    const window = new Set([...headerTerms, ...(unitTerms[i] ?? [])]);
    for (let j = i + 1; j < Math.min(units.length, i + SENTENCE_WINDOW); j++) {
      if (units[j]?.block !== unit.block) break;
      for (const term of unitTerms[j] ?? []) window.add(term);
    }
    return window;
  });
}

/** The document terms MiniSearch matched for one concept, with the credit each earns. */
function conceptForms(concept: QueryConcept, result: SearchResult): ConceptForm[] {
  const forms: ConceptForm[] = [];
  if (Object.hasOwn(result.match, concept.term)) forms.push({ docTerm: concept.term, credit: 1 });
  for (const synonym of concept.synonyms) {
    if (Object.hasOwn(result.match, synonym)) forms.push({ docTerm: synonym, credit: SYNONYM_CREDIT });
  }
  if (result.queryTerms.includes(concept.term)) {
    for (const docTerm of Object.keys(result.match)) {
      if (docTerm !== concept.term && (docTerm.startsWith(concept.term) || withinOneEdit(concept.term, docTerm))) {
        forms.push({ docTerm, credit: FUZZY_CREDIT });
      }
    }
  }
  return forms;
}

/** Sum of concept weights satisfied by document terms that pass `present`, best form per concept. */
function coverage(concepts: QueryConcept[], forms: ConceptForm[][], present: (docTerm: string) => boolean): number {
  let covered = 0;
  concepts.forEach((concept, index) => {
    let credit = 0;
    for (const form of forms[index] ?? []) {
      if (form.credit > credit && present(form.docTerm)) credit = form.credit;
    }
    covered += concept.weight * credit;
  });
  return covered;
}

/** True when a and b differ by at most one insertion, deletion or substitution. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function unitVector(values: readonly number[]): Float32Array {
  let norm = 0;
  for (const value of values) norm += value * value;
  const scale = norm === 0 ? 0 : 1 / Math.sqrt(norm);
  return Float32Array.from(values, (value) => value * scale);
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
