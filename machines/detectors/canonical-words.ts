import { collapseElongation, editDistance } from './normalize-text';

/**
 * Customers type fast: "tlak to a humna", "cn i spk to an agent", "lemme", "pls". The words the
 * human-request phrases are built from are restored before matching, so the phrase lists stay
 * short and readable.
 */

// Words the frames are built from, and the misspellings customers type for them.
const TYPO_TARGETS = [
  'human',
  'humans',
  'person',
  'agent',
  'representative',
  'operator',
  'someone',
  'somebody',
  'speak',
  'talk',
  'chat',
  'connect',
  'transfer',
  'customer',
  'service',
  'support',
  'supervisor',
  'escalate',
  'anyone',
  'contact',
  'actual',
  'being',
  'real',
  'live',
];
// Real words one edit away from a target, which must not be "corrected".
const NOT_TYPOS = new Set([
  'humane',
  'persons',
  'parson',
  'agents',
  'argent',
  'speaks',
  'steak',
  'sneak',
  'speck',
  'spear',
  'talks',
  'chats',
  'connects',
  'transfers',
  'customers',
  'services',
  'servile',
  'supports',
  'contract',
  'contacts',
  'beings',
  'tall',
  'walk',
  'chap',
  'read',
  'reel',
  'love',
  'life',
  'lime',
  'line',
  'like',
  'sometime',
  'operators',
  'escalated',
  'escalates',
  'anyway',
  'speaker',
  'contacted',
  'supervisors',
  'represent',
  'heal',
  'seal',
  'deal',
  'meal',
  'give',
  'hive',
  'dive',
  'lice',
  'cheat',
  'that',
  'what',
  'chart',
  'hat',
  'cat',
  'bring',
  'brings',
  'escalade',
  'representation',
  'representations',
  'representing',
]);
// A Map, not an object literal: a customer's word is the key, and "constructor" or "__proto__"
// must find nothing rather than Object.prototype's members.
const SHORTHAND = new Map<string, string>(
  Object.entries({
    u: 'you',
    ur: 'your',
    pls: 'please',
    plz: 'please',
    plse: 'please',
    pleez: 'please',
    wanna: 'want to',
    gimme: 'give me',
    lemme: 'let me',
    cn: 'can',
    cud: 'could',
    spk: 'speak',
    tlk: 'talk',
    ppl: 'people',
    sum1: 'someone',
    some1: 'someone',
    any1: 'anyone',
    hooman: 'human',
    hmn: 'human',
    dont: "don't",
    cant: "can't",
    wont: "won't",
    im: "i'm",
    r: 'are',
    thx: 'thanks',
    asap: 'asap',
  }),
);

function correctTypo(word: string): string {
  if (TYPO_TARGETS.includes(word) || NOT_TYPOS.has(word) || word.length < 4 || /\d/.test(word)) return word;
  for (const target of TYPO_TARGETS) {
    // Four-letter words only forgive swapped letters ("tlak"); longer ones one edit, very long ones two.
    const limit = target.length >= 10 ? 2 : target.length >= 5 ? 1 : 0;
    if (limit === 0) {
      if (word.length === target.length && word !== target && isTransposition(word, target)) return target;
      continue;
    }
    if (editDistance(word, target, limit) <= limit) return target;
  }
  return word;
}

function isTransposition(a: string, b: string): boolean {
  const differences: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differences.push(i);
  const [first, second] = differences;
  return differences.length === 2 && first !== undefined && second === first + 1 && a[first] === b[second] && a[second] === b[first];
}

/** Canonical words of one clause: elongation collapsed, shorthand expanded, typos corrected. */
export function canonicalWords(clause: string[]): string[] {
  const words: string[] = [];
  clause.forEach((raw, index) => {
    const word = collapseElongation(raw);
    const previous = words[words.length - 1];
    if (word === '2' && previous && ['talk', 'speak', 'chat', 'me', 'go'].includes(previous)) return void words.push('to');
    if (word === 'id' && ['like', 'rather', 'prefer', 'love'].includes(clause[index + 1] ?? '')) return void words.push("i'd");
    const expanded = SHORTHAND.get(word);
    if (expanded) return void words.push(...expanded.split(' '));
    words.push(correctTypo(word));
  });
  return words;
}
