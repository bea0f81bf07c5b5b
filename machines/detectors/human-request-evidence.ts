import { NOT_A_PERSON_AFTER } from './human-request-frames';

/**
 * The general path of human-request detection, for phrasings no frame lists ("real human
 * needed", "can you have an agent contact me", "please let a human handle this"). A clause asks
 * for a person when it names one (a strong word like "human" or "representative", or a weak
 * one like "agent" or "someone") and adds enough of: a request ("can you", "please", "I need"),
 * and a verb that links the customer to that person ("talk to", "transfer this chat to",
 * "… could look at my case"). Product questions ("how do I…", "do your agents…"), denials and
 * past events count against it.
 */

const STRONG = 0.45;
const WEAK = 0.15;
const REQUEST = 0.3;
const LINK = 0.3;
const NEGATED = 0.8;
const PAST = 0.5;

const STRONG_PERSON = new RegExp(
  '(?<=^| )(?:(?:real|live|actual|genuine|proper) (?:human beings?|humans?|person|people|agents?|representatives?|reps?|operators?|support|employees?|staff|somebody|someone|one|customer service)' +
    '|human (?:beings?|agents?|support|help|assistance|representatives?|operators?)|humans?|(?:someone|somebody|anyone) (?:real|human)' +
    '|representatives?|operators?|supervisors?|customer (?:service|support|care)' +
    // "someone from billing", "a member of your team" — but not "someone from our team".
    '|(?:someone|somebody|anyone|a member|members|one) (?:from|of|on|at|in) (?!(?:my|our|their) )(?:(?:your|the) )?(?:\\w+ )?(?:team|staff|department|company|support|billing|sales|accounts|returns|customer service)' +
    '|members? of (?:your |the )?(?:\\w+ )?staff|staff members?|team members?' +
    '|humain|humano|umano|persona|pessoa|personne|mensch|menschen|menschlich\\w*|mitarbeiter\\w*|medewerker|conseill\\w*|atendente|agente|operatore|operador|asesor\\w*)' +
    `(?= |$)${NOT_A_PERSON_AFTER}`,
  'g',
);
const WEAK_PERSON = new RegExp(
  `(?<=^| )(?:agents?|person|people|someone|somebody|anyone|anybody|team|staff|employees?|colleagues?|specialists?|managers?|engineers?|experts?|advisors?|consultants?|reps?)(?= |$)${NOT_A_PERSON_AFTER}`,
  'g',
);
/** The person belongs to the customer's side ("my manager", "a person on my team"). */
const OWN_SIDE_BEFORE = /(?:^| )(?:my|our|their|his|her|its|customer's|estate|delivery|contact|admin)$/;
const OWN_SIDE_AFTER = /^ (?:on|in|from|of|at) (?:my|our)(?= |$)/;

const REQUEST_CUE = new RegExp(
  '(?<=^| )(?:' +
    [
      '(?:can|could|may|might|will|would) (?:i|you|we|u|someone|somebody|anyone|a person|an agent|a human)',
      "i'd rather|i would rather",
      'please|pls|kindly',
      "i'd like|i would like|i want|i need|i require|i'd prefer|i prefer|i'm asking for|i am asking for|i demand|i request|let me|i'd appreciate|i would appreciate|appreciate it if",
      'needed|required|wanted|asap|now',
      'is it possible|would it be possible|is there|are there|any chance|when can i|are you able to',
      '(?:anyone|anybody|someone|somebody)(?: \\w+)? (?:there|around|here|available|online)',
      'not (?:a |an |the )?(?:bot|robot|ai|machine|chatbot|automated)|instead of (?:a |an |the |this )?(?:bot|robot|ai|chatbot)|rather than (?:a |an |the )?(?:bot|ai|robot)',
      "puede|puedo|podria|quiero|quisiera|necesito|por favor|je veux|je voudrais|je souhaite|j'ai besoin|puis-je|pourrais|svp|s'il vous plait|bitte|mochte|brauche|will|hatte gern|kann ich|konnen sie|quero|gostaria|posso|preciso|vorrei|voglio|ho bisogno|per favore|mag ik|wil ik|wil|graag",
      '^(?:(?:hi|hello|hey|ok|just|now|so) )*(?:get|give|connect|transfer|put|pass|route|send|bring|find|switch|forward|escalate|let|talk|speak|chat|contact|call|have)',
    ].join('|') +
    ')(?= |$)',
);

/** A verb ending at most a determiner and an adjective before the person: "talk to a", "transfer this chat to". */
const LINK_BEFORE = new RegExp(
  '(?:^| )(?:' +
    [
      '(?:talk|speak|chat|message|contact|reach|call|ring|email|deal|discuss(?: this| it)?|hablar|parler|sprechen|falar|parlare|spreken|atender|atienda)(?: (?:to|with))?',
      '(?:talk|go) (?:this|it|things) (?:through|over) with',
      '(?:connect|transfer|route|pass|forward|send|switch|put|escalate|hand|get|move|verbinden)(?: (?:me|us|this|it|this on|it on|me through|me over|my (?:chat|conversation|case|ticket|question|issue|request|call)|this (?:chat|conversation|case|ticket|issue|question)))? (?:to|with|through to|over to|on to|onto|in contact with|in touch with)',
      '(?:get|have|let|bring|give|put|require|request|need|want|ask for|asking for|needs|ask)(?: me)?',
      '(?:assistance|help|support|attention) from',
      '(?:in contact with|in touch with|through to)',
    ].join('|') +
    ')(?: \\S+){0,2}$',
);
/** The person as the subject of helping: "a person could look at my case", "an agent contact me". */
const LINK_AFTER =
  /^(?: from (?:your |the )?\w+(?: team| department)?)?(?: (?:could|can|would|will|to|please|should|must|here|there))*(?: please)? (?:look|check|handle|help|assist|call|ring|phone|contact|email|reach out|get back|take over|walk me through|talk me through|guide me|step in|sort|join|jump on|hop on|come on|needed|available|around|online|free)(?= |$)/;
const NOUN_MAKERS = /(?:^| )(?:the|a|an|this|that|my|our|your|their)$/;
const NEGATION_BEFORE = /(?:^| )(?:don't|do not|doesn't|didn't|never|not|no need|without|rather not|won't|no longer)(?: \S+){0,4}$/;
const PAST_BEFORE = /(?:^| )(?:spoke|talked|chatted|called|emailed|contacted|was|were|had|hired|told|asked)(?= )/;

export interface RequestEvidence {
  score: number;
  signals: string[];
}

/** Weighs one clause of canonical words (see canonical-words.ts) joined by single spaces. */
export function weighRequestEvidence(clause: string): RequestEvidence {
  const hasRequestCue = REQUEST_CUE.test(clause);
  let best: RequestEvidence = { score: 0, signals: [] };
  const covered: Array<[number, number]> = [];

  for (const [pattern, strength] of [
    [STRONG_PERSON, STRONG],
    [WEAK_PERSON, WEAK],
  ] as const) {
    for (const match of clause.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (covered.some(([from, to]) => start < to && end > from)) continue;
      covered.push([start, end]);
      const before = clause.slice(0, start).trimEnd();
      const after = clause.slice(end);
      if (OWN_SIDE_BEFORE.test(before) || OWN_SIDE_AFTER.test(after)) continue;

      const linkBefore = LINK_BEFORE.exec(before);
      const linked = (linkBefore !== null && !NOUN_MAKERS.test(before.slice(0, linkBefore.index))) || LINK_AFTER.test(after);
      let score = strength + (hasRequestCue ? REQUEST : 0) + (linked ? LINK : 0);
      const signals = [`person:"${match[0]}"`];
      if (hasRequestCue) signals.push('request');
      if (linked) signals.push('linked');
      if (NEGATION_BEFORE.test(before)) {
        score -= NEGATED;
        signals.push('negated');
      }
      if (PAST_BEFORE.test(before)) {
        score -= PAST;
        signals.push('past');
      }
      if (score > best.score) best = { score, signals };
    }
  }
  return best;
}

/**
 * How much a clause reads as a question about the product rather than a plea: "how do I
 * transfer a chat to a human agent", "do your human agents work weekends", "is this a bot".
 */
export function productQuestionPenalty(clause: string): { penalty: number; signal: string | null } {
  const framing = PRODUCT_FRAMING.exec(clause);
  if (framing) return { penalty: 0.6, signal: `product question:"${framing[0].trim()}"` };
  const reported = REPORTED_SPEECH.exec(clause);
  if (reported) return { penalty: 0.5, signal: `someone else's words:"${reported[0].trim()}"` };
  const identity = IDENTITY_QUESTION.exec(clause);
  if (identity) return { penalty: 0.4, signal: `identity question:"${identity[0].trim()}"` };
  const who = INFORMATIONAL_WHO.exec(clause);
  if (who) return { penalty: 0.3, signal: `asks who:"${who[0].trim()}"` };
  return { penalty: 0, signal: null };
}

const PRODUCT_FRAMING = new RegExp(
  '(?:^| )(?:' +
    [
      // "how do I reach a real person" is a plea, "how do I transfer a chat to a human agent" a how-to.
      'how (?:(?:do|can|does|should|would) (?:i|we|you|it|the|my|our|agents|customers|users)|to)(?! (?:reach|contact|talk|speak|get hold|get through|get in touch|chat|get a|get an|get someone|get to)(?: |$))',
      'how (?:many|much|long|often)',
      '(?:does|do|is|are|can|will|would) (?:(?:your|the|my|our|their) )?(?:bot|chatbot|ai|widget|system|inbox|dashboard|app|human agents|agents|answers|replies|customers|users|visitors)',
      '(?:for|let|lets|allow|allows|enable|enables) (?:(?:my|our|the|your) )?(?:customers|users|visitors|clients|agents)',
      '(?:customers|users|visitors|clients) (?:to|can|could|will)',
      'written by|reviewed by|generated|dashboard|(?:from|in|on) the widget|widget settings|flow editor|settings|configure|set up|customi[sz]e|macro|automatically|after (?:\\w+ )?(?:failed|unanswered)',
    ].join('|') +
    ')(?= |$)',
);
const IDENTITY_QUESTION =
  /(?:^| )(?:(?:are you|is this|am i (?:talking|chatting|speaking) (?:to|with)|is that) (?:a |an )?(?:bot|robot|ai|human|person|real)|(?:human|person) or (?:an? )?(?:ai|bot|robot|machine))(?= |$)/;
/** An agent or admin reporting what a customer wanted: "the customer said they wanted a human". */
const REPORTED_SPEECH =
  /(?:^| )(?:they|he|she|the customer|a customer|customers|the user|users|my (?:colleague|boss|client|customer))(?: \w+){0,2} (?:said|says|wanted|wants|needed|needs|asked|asks|asking|keep|keeps|requested|requests|tried|tries|expect|expects)(?= )/;
const INFORMATIONAL_WHO = /(?:^| )who (?:is|are|should|handles|does)(?= |$)/;
