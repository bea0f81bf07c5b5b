import fc from 'fast-check';

/**
 * Text that breaks code which looks words up on plain objects or assumes tidy Unicode: the names
 * every JavaScript object answers to, and random graphemes, lone surrogates, control, zero-width,
 * combining and right-to-left characters. Shared by the property tests and the message fuzz.
 */
export const OBJECT_PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);
export const OBJECT_MEMBER_NAMES = [...new Set([...OBJECT_PROTOTYPE_NAMES, ...Object.getOwnPropertyNames(Function.prototype), 'prototype', 'then'])];
export const ODD_CHARACTERS = [
  '\u200b',
  '\u200d',
  '\u200f',
  '\u202e',
  '\u2066',
  '\u0301',
  '\u0334',
  '\ud83d',
  '\udc00',
  '🙂',
  '👩🏽‍💻',
  '𝔘𝔫𝔦',
  'שלום',
  'مرحبا',
  'ﬁ',
  'İ',
  'ß',
  '\u0000',
  '\u0007',
  '\u001b[2J',
  '\r',
  '\t',
  '\ufeff',
  '\uffff',
];

/** One word from every corner: object members, support vocabulary, random Unicode. */
export const hostileWord = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...OBJECT_MEMBER_NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...OBJECT_MEMBER_NAMES).map((name) => name.toUpperCase()) },
  { weight: 2, arbitrary: fc.constantFrom('human', 'agent', 'talk', 'to', 'a', 'please', 'pls', 'u', "don't", 'not', 'refund', 'lemme', 'spk', '2') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD_CHARACTERS) },
);
export const hostileMessage = fc.array(hostileWord, { maxLength: 30 }).map((words) => words.join(' '));
