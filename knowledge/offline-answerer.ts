import { looksLikeInstructionsToAnAi } from './instruction-like-text';
import { splitPassageUnits, type PassageUnit } from './passage-units';
import { synonymsOf } from './synonyms';
import { analyzeTerms, isFramingTerm } from './text-analysis';
import { type AiAnswer, type Citation, DEFAULT_ABSTAIN_BELOW, type KnowledgeChunk, type RetrievedPassage } from './types';

/** What the customer sees when the help centre has no answer; the flow decides what happens next. */
export const ABSTAIN_ANSWER = "I couldn't find this in our help centre.";

/** Longest excerpt quoted; a longer one means the customer should read the article itself. */
const MAX_EXCERPT_CHARS = 700;

/**
 * Answers without a language model: quotes the part of the best passage that matches the
 * question, with its citation, and abstains when the best passage scores below the
 * threshold. It only ever quotes article text, never the question or any instructions.
 */
export function answerOffline(question: string, passages: RetrievedPassage[], options: { abstainBelow?: number } = {}): AiAnswer {
  const abstainBelow = options.abstainBelow ?? DEFAULT_ABSTAIN_BELOW;
  const questionTerms = questionTermsWithSynonyms(question);

  const howTo = isHowToQuestion(question);
  for (const passage of passages) {
    if (passage.score < abstainBelow) break;
    // Other retrieved chunks of the same article may hold the better section (the steps
    // rather than the footnote), so the excerpt is chosen across all of them.
    const sameArticle = passages.filter((other) => other.chunk.articleId === passage.chunk.articleId && other.score >= abstainBelow);
    const excerpt = bestExcerpt(questionTerms, howTo, sameArticle);
    if (excerpt === '') continue;
    return {
      answer: excerpt,
      confidence: roundConfidence(passage.score),
      citations: [citationFor(passage.chunk)],
      abstain: false,
    };
  }
  return abstention(passages[0]?.score ?? 0, abstainBelow);
}

export function abstention(bestScore: number, abstainBelow = DEFAULT_ABSTAIN_BELOW): AiAnswer {
  // Reported below the threshold even when a high-scoring passage had nothing quotable,
  // so the flow's no_answer edge reads the same decision the answerer made.
  const confidence = Math.min(bestScore, Math.max(0, abstainBelow - 0.01));
  return { answer: ABSTAIN_ANSWER, confidence: roundConfidence(confidence), citations: [], abstain: true };
}

export function citationFor(chunk: Pick<KnowledgeChunk, 'articleId' | 'title' | 'url'>): Citation {
  return { articleId: chunk.articleId, title: chunk.title, url: chunk.url ?? '' };
}

function roundConfidence(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}

type ScoredUnit = PassageUnit & { index: number; score: number };

/** A text term that answers one of the question's words: which word (so it counts once), and how much. */
type QuestionTerm = { concept: string; weight: number };

function questionTermsWithSynonyms(question: string): Map<string, QuestionTerm> {
  const terms = new Map<string, QuestionTerm>();
  const offer = (term: string, concept: string, weight: number) => {
    if ((terms.get(term)?.weight ?? 0) < weight) terms.set(term, { concept, weight });
  };
  for (const term of analyzeTerms(question)) {
    const weight = isFramingTerm(term) ? 0.25 : 1;
    offer(term, term, weight);
    for (const synonym of synonymsOf(term)) offer(synonym, term, weight * 0.9);
  }
  return terms;
}

/**
 * The sentences of a passage that answer the question, in their original order: the best
 * matching section, trimmed to its best-matching sentences, keeping numbered steps whole
 * (half a procedure is worse than none) with the sentence that introduces them.
 */
function bestExcerpt(questionTerms: Map<string, QuestionTerm>, howTo: boolean, passages: RetrievedPassage[]): string {
  let best: { excerpt: string; score: number } | null = null;
  passages.forEach((passage, rank) => {
    const candidate = sectionExcerpt(questionTerms, howTo, passage.chunk.text);
    if (!candidate) return;
    // Later passages of the same article must match clearly better to be quoted instead.
    const score = candidate.score - rank * 0.2;
    if (!best || score > best.score) best = { excerpt: candidate.excerpt, score };
  });
  return (best as { excerpt: string } | null)?.excerpt ?? '';
}

function sectionExcerpt(questionTerms: Map<string, QuestionTerm>, howTo: boolean, text: string): { excerpt: string; score: number } | null {
  const units: ScoredUnit[] = splitPassageUnits(text)
    .filter((unit) => !looksLikeInstructionsToAnAi(unit.text))
    .map((unit, index) => ({ ...unit, index, score: matchScore(questionTerms, unit.text) }));
  const body = units.filter((unit) => unit.kind !== 'heading');
  if (body.length === 0) return null;

  // Pick the section (the units under one heading) that covers most of the question; a
  // heading that matches vouches for its section, and "how do I" questions are best
  // answered by a section with numbered steps.
  const sections = new Map<string | null, ScoredUnit[]>();
  for (const unit of body) sections.set(unit.heading, [...(sections.get(unit.heading) ?? []), unit]);
  let section: ScoredUnit[] = body;
  let sectionScore = -1;
  for (const [heading, members] of sections) {
    const score =
      matchScore(questionTerms, members.map((unit) => unit.text).join('\n')) +
      (heading ? matchScore(questionTerms, heading) * 0.5 : 0) +
      (howTo && members.some((unit) => unit.ordered) ? 1 : 0);
    if (score > sectionScore) {
      section = members;
      sectionScore = score;
    }
  }
  const best = section.reduce((top, unit) => (unit.score > top.score ? unit : top));

  const chosen = new Set<number>([best.index]);
  for (const unit of section) if (unit.score > 0 && unit.score >= best.score * 0.6) chosen.add(unit.index);
  for (const index of [...chosen]) {
    const unit = units[index];
    if (!unit) continue;
    if (unit.ordered) {
      for (const other of section) if (other.block === unit.block) chosen.add(other.index);
      const intro = section.filter((other) => other.index < index && other.block !== unit.block).at(-1);
      if (intro && intro.kind === 'sentence' && intro.text.endsWith(':')) chosen.add(intro.index);
    } else if (unit.kind === 'sentence' && unit.text.endsWith(':')) {
      const next = section.find((other) => other.index > index && other.block !== unit.block);
      if (next) for (const other of section) if (other.block === next.block) chosen.add(other.index);
    }
  }
  if (howTo && section.some((unit) => unit.ordered)) {
    // The steps are the answer to "how do I"; keep the first list of the section whole.
    const steps = section.find((unit) => unit.ordered);
    for (const other of section) if (steps && other.block === steps.block) chosen.add(other.index);
  }

  // Drop the chosen sentences farthest from the best one until the excerpt is short enough.
  let picked = section.filter((unit) => chosen.has(unit.index));
  while (picked.length > 1 && render(picked).length > MAX_EXCERPT_CHARS) {
    const farthest = picked.reduce((far, unit) => (Math.abs(unit.index - best.index) > Math.abs(far.index - best.index) ? unit : far));
    picked = picked.filter((unit) => unit !== farthest);
  }
  return { excerpt: render(picked), score: sectionScore };
}

/** "How do I…", "how can we…", "how to…": the customer wants steps. */
function isHowToQuestion(question: string): boolean {
  return /\bhow\s+(?:do|can|should|would)\s+(?:i|we|you|one)\b|\bhow\s+to\b|\bwhere\s+(?:do|can)\s+(?:i|we)\b/i.test(question);
}

/**
 * How much of the question a text answers: each question word counts once, by its best form
 * there, so a text with "billing" and "invoice" is not twice as much about billing as one with "billing".
 */
function matchScore(questionTerms: Map<string, QuestionTerm>, text: string): number {
  const byConcept = new Map<string, number>();
  for (const term of new Set(analyzeTerms(text))) {
    const match = questionTerms.get(term);
    if (match && (byConcept.get(match.concept) ?? 0) < match.weight) byConcept.set(match.concept, match.weight);
  }
  let score = 0;
  for (const weight of byConcept.values()) score += weight;
  return score;
}

/** Plain text for a chat bubble: list items on their own lines, Markdown emphasis and link syntax removed. */
function render(units: PassageUnit[]): string {
  const lines: string[] = [];
  let previous: PassageUnit | null = null;
  for (const unit of units) {
    const text = plainText(unit.text);
    if (previous && previous.kind === 'sentence' && unit.kind === 'sentence' && previous.block === unit.block) {
      lines[lines.length - 1] += ` ${text}`;
    } else {
      lines.push(text);
    }
    previous = unit;
  }
  return lines.join('\n').trim();
}

function plainText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^\|\s*|\s*\|$/g, '')
    .replace(/\s*\|\s*/g, ' | ')
    .trim();
}
