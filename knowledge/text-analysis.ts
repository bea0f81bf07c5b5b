import { stemmer } from 'stemmer';

/**
 * Common English words plus the filler customers put around a question in a chat
 * ("hi", "please", "wondering", "can you help"). They carry no topic, and leaving them in
 * would let a chatty question look unanswerable (and a short off-topic one look answerable).
 */
const STOPWORDS = new Set(
  `a about above after again against all am an and any are arent as at be because been before being below
  between both but by can cannot cant could couldnt did didnt do does doesnt doing dont during each few for
  from further had hadnt has hasnt have havent having he hed hell hes her here heres hers herself him himself
  his how hows i id ill im ive if in into is isnt it its itself lets me more most mustnt my myself no nor not
  of off on once only or other ought our ours ourselves out over own same shant she shed shell shes should
  shouldnt so some such than that thats the their theirs them themselves then there theres these they theyd
  theyll theyre theyve this those through to too under until up very was wasnt we wed well were weve werent
  what whats when whens where wheres which while who whos whom why whys with wont would wouldnt you youd
  youll youre youve your yours yourself yourselves mine
  hi hello hey dear thanks thank please pls help wondering wonder question need needs want wanted trying try
  get got gets getting able way know let like just now also really still anymore yet ever even else maybe
  will shall may might must one someone anyone something anything us ok okay yes yeah guys`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Phrasal verbs that mean one thing however they are written: "log in", "logged in",
 * "sign-in" and "signing in" all become "login", so a customer's "I can't log in" meets
 * an article's "sign-in problems" (and "log" alone doesn't match "audit log").
 */
const PHRASES: [RegExp, string][] = [
  [/\b(?:log(?:s|ged|ging)?[ \t-]*in|sign(?:s|ed|ing)?[ \t-]*(?:in|on))s?\b/g, ' login '],
  [/\b(?:log(?:s|ged|ging)?|sign(?:s|ed|ing)?)[ \t-]*outs?\b/g, ' logout '],
  [/\bsign(?:s|ed|ing)?[ \t-]*ups?\b/g, ' signup '],
  [/\be-mail/g, 'email'],
];

/**
 * Words that frame a question rather than name its topic: general verbs ("happen",
 * "work", "find"), degree words ("many", "often") and time expressions ("yesterday",
 * "monday", "winter"). They still match, but a help article that lacks them can still
 * answer the question, so they weigh little in the confidence.
 */
const FRAMING_WORDS = new Set(
  `happen happens happened work works worked working available possible exist exists find found see seen
  say says said show shows tell told mean means give gives take takes make makes made use uses used using
  go goes going went gone come comes coming came put keep keeps look looks seem seems happen thing things
  stuff option options many much often long right sure exactly actually currently correct correctly
  offer offers offered provide provides provided support supports supported accept accepts accepted
  kind kinds type types sort sorts method methods instead rather difference different differ
  compare compared comparison versus vs
  again anymore today tonight yesterday tomorrow morning afternoon evening night weekend
  monday tuesday wednesday thursday friday saturday sunday january february march april june july august
  september october november december spring summer autumn fall winter holiday holidays vacation`
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => stemmer(word)),
);

/** True for a term (already stemmed) that frames a question rather than naming its topic. */
export function isFramingTerm(term: string): boolean {
  return FRAMING_WORDS.has(term);
}

/** Splits text into lowercase word tokens; apostrophes are dropped so "can't" is one token. */
export function tokenize(text: string): string[] {
  let normalized = text.toLowerCase().replace(/['’‘`]/g, '');
  for (const [pattern, replacement] of PHRASES) normalized = normalized.replace(pattern, replacement);
  // "non-profit", "self-host", "two-factor": also index the joined form, which is how
  // many people type them.
  normalized = normalized.replace(/\b(\p{L}+)-(\p{L}+)\b/gu, '$1 $2 $1$2');
  return splitWords(normalized);
}

function splitWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((token) => token.length > 1 || /\d/.test(token));
}

/**
 * A question's words for searching: like `analyzeTerms`, except that a hyphenated word
 * comes back as alternatives (joined form first, then its parts) so the caller can pick
 * whichever the index knows, instead of counting one idea two or three times.
 */
export function analyzeQueryWords(text: string): QueryWord[] {
  let normalized = text.toLowerCase().replace(/['’‘`]/g, '');
  for (const [pattern, replacement] of PHRASES) normalized = normalized.replace(pattern, replacement);
  const words: QueryWord[] = [];
  let phrase = 0;
  // Split on spaces, keeping punctuation visible: a comma or a stopword ends a phrase.
  for (const piece of normalized.split(/\s+/u)) {
    const core = piece.replace(/^[^\p{L}\p{N}]+/u, '');
    const endsPhrase = /[^\p{L}\p{N}]$/u.test(core);
    const parts = splitWords(core);
    const terms = parts.map(indexTerm).filter((term): term is string => term !== null);
    if (terms.length === 0) {
      if (parts.length > 0 || piece !== '') phrase++;
      continue;
    }
    if (parts.length > 1 && /^[\p{L}\p{N}]+-[\p{L}\p{N}]+$/u.test(withoutTrailingPunctuation(core))) {
      const joined = indexTerm(parts.join(''));
      words.push({ alternatives: joined ? [joined, ...terms] : terms, phrase });
    } else {
      for (const term of terms) words.push({ alternatives: [term], phrase });
    }
    if (endsPhrase) phrase++;
  }
  return words;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** "co-op!!" → "co-op", by hand: `/[^\p{L}\p{N}]+$/` retries from every character of a run, quadratic on "a!!!…!a". */
function withoutTrailingPunctuation(text: string): string {
  const characters = Array.from(text);
  while (characters.length > 0 && !WORD_CHARACTER.test(characters[characters.length - 1]!)) characters.pop();
  return characters.join('');
}

/**
 * One word of a question. Consecutive content words with no stopword or punctuation
 * between them share a `phrase` number: "Microsoft Teams integration" is one idea, and
 * finding its words far apart in an article is weak evidence.
 */
export type QueryWord = { alternatives: string[]; phrase: number };

/** Stems of recent tokens: a help centre reuses a few thousand words, and stemming is the cost of indexing. */
const termCache = new Map<string, string | null>();
const TERM_CACHE_LIMIT = 200_000;

/**
 * "Weekly", "every week" and "per week" are one idea, but the stemmer keeps "weekli" apart
 * from "week"; customers and articles pick different forms ("sync hourly" / "every hour").
 */
const PERIOD_ADVERBS = new Map([
  ['hourly', 'hour'],
  ['daily', 'day'],
  ['weekly', 'week'],
  ['monthly', 'month'],
  ['quarterly', 'quarter'],
  ['yearly', 'year'],
  ['annually', 'annual'],
]);

/** One token to its index term, or null for a stopword. Shared by indexing and querying. */
export function indexTerm(token: string): string | null {
  const cached = termCache.get(token);
  if (cached !== undefined) return cached;
  // Version numbers, error codes and "2fa" are matched literally.
  const term = STOPWORDS.has(token) ? null : /\d/.test(token) ? token : stemmer(PERIOD_ADVERBS.get(token) ?? token);
  if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
  termCache.set(token, term);
  return term;
}

/** The index terms of a text, in order, stopwords removed. */
export function analyzeTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    const term = indexTerm(token);
    if (term) terms.push(term);
  }
  return terms;
}
