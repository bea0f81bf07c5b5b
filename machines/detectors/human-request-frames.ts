/**
 * Phrases in which customers ask for a person: "talk to …", "connect me with …", "is there a …
 * I can talk to", "agent please", and their French, Spanish, German, Portuguese, Italian and
 * Dutch counterparts. Precise, but only as broad as the phrasings listed; the evidence in
 * human-request-evidence.ts catches the rest.
 */

/** Phrase building blocks, matched over canonical words joined by single spaces. */
const MOD =
  '(?:(?:real|live|actual|human|proper|genuine|customer|support|service|billing|sales|tech|technical|account|helpdesk|care|qualified|knowledgeable|other|senior|specific|friendly|competent) ){0,3}';
/** Words for a person that cannot mean anything else in a support chat. */
const PERSON_CORE =
  '(?:human beings?|humans?|person|agents?|representatives?|reps?|operators?|someone|somebody|supervisors?|managers?|staff members?|members? of (?:your |the )?(?:\\w+ )?(?:staff|team)|employees?|team members?|one of your (?:agents|colleagues|team|staff|people|reps|representatives|employees|experts|specialists)|real people|actual people)';
/** Also words that name a person only after a verb of talking ("talk to support", "speak with your team"). */
const PERSON_WIDE = `(?:${PERSON_CORE}|anyone|anybody|staff|people|colleagues?|advisors?|advisers?|specialists?|consultants?|engineers?|experts?|team|support|service|care|desk|whoever|department|sales|billing|accounts|accounting|returns|finance|security)`;
/** A person word followed by one of these is a product feature, not a person ("agent seat", "person limit"). */
export const NOT_A_PERSON_AFTER =
  '(?! (?:limit|limits|seat|seats|field|fields|status|group|groups|role|roles|account|accounts|license|licenses|view|views|dashboard|resources|error|errors|sample|samples|app|apps|profile|profiles|id|ids|name|names|count|list|permissions?|type|types|mode|handoff|settings?|column|columns|rules?|features?|labels?|reports?|tags?|api|availability|hours|inbox|portal|login|logins|review|step|payments?|readable|friendly|seats|widget|button|window|icon|avatar|handoffs?|assignment|queue|metrics|performance|training)(?: |$))';
const DET =
  '(?:(?:a|an|some|any|your|one|someone from your|somebody from your|another|the (?=(?:manager|supervisor|support|sales|billing|customer|team|staff|helpdesk|service|tech|technical|right person|relevant))) )?';
const person = (noun: string) => `${DET}${MOD}${noun}(?![\\w'-])${NOT_A_PERSON_AFTER}`;
const TALK = '(?:talk|speak|chat|converse|have a word|have a quick word|have a chat|get in touch|be in touch|get through)';
const ROUTE = '(?:connect|transfer|put|pass|forward|switch|hand|send|route|redirect|patch|move|escalate)';

export interface Frame {
  pattern: RegExp;
  weight: number;
  /** Check who speaks: a negation or a third party just before the phrase cancels it. */
  checkSubject: boolean;
  language?: string;
}

const frame = (source: string, weight: number, checkSubject = true): Frame => ({
  pattern: new RegExp(`(?:^| )${source}(?![\\w'-])`, 'g'),
  weight,
  checkSubject,
});
const foreign = (language: string, source: string): Frame => ({ ...frame(source, 0.9), language });

export const ENGLISH_FRAMES: Frame[] = [
  frame(`${TALK} (?:(?:directly|right now|now|please|quickly|properly) )?(?:to|with) ${person(PERSON_WIDE)}`, 0.9),
  frame(
    `${ROUTE} me (?:(?:over|through|across|back|directly|please) )?(?:to|with|through to|over to|in touch with|in contact with|on to|onto) ${person(PERSON_WIDE)}`,
    0.9,
  ),
  frame('(?:put|patch) me through', 0.85),
  frame(`(?:transfer|connect|escalate) me(?: (?:please|now|asap|then))*$`, 0.75),
  frame(`(?:get|give|bring|find|fetch) me ${person(PERSON_CORE)}`, 0.9),
  frame(`(?:bring|get|put) ${person(PERSON_CORE)} (?:in|involved|on here|on this|on the line|on the phone|on the chat|on this chat|in here|into this)`, 0.85),
  frame(`bring in ${person(PERSON_CORE)}`, 0.85),
  frame(
    `(?:be|get|being) (?:transferred|connected|put through|escalated|passed|forwarded|redirected|switched|handed over) (?:(?:over|through) )?(?:to|with) ${person(PERSON_WIDE)}`,
    0.85,
  ),
  frame(
    `(?:want|need|needs|would like|i'd like|prefer|request|requesting|demand|require|asking for|ask for|looking for) (?:to (?:talk|speak|chat) (?:to|with) )?${person(PERSON_CORE)}`,
    0.85,
  ),
  frame("(?:want|need|would like|i'd like|request|prefer) (?:some |a )?(?:human|real|personal|live) (?:help|assistance|support|contact|interaction)", 0.85),
  frame(`help from ${person(PERSON_CORE)}`, 0.85),
  frame(
    `(?:can|could|will|would|may|might|should|can't) (?:(?:a|an|one of your|a member of your) )?${MOD}(?:human beings?|humans?|person|agents?|representatives?|reps?|operators?|supervisors?|managers?|staff|employees?|team members?|members? of (?:your |the )?(?:\\w+ )?(?:staff|team)|(?:agents|colleagues|people|reps|representatives|employees|staff))(?: from (?:your |the )?\\w+(?: team| department)?)? (?:please )?(?:call|ring|phone|contact|email|text|reach|get back to|take over|look at|look into|check|review|help|assist|handle|sort|join|step in|jump in|give me)`,
    0.85,
  ),
  frame(
    `(?:can|could|will|would|may|might|please have|have|get) (?:someone|somebody)(?: from (?:your |the )?\\w+(?: team| department)?)? (?:please )?(?:to )?(?:call|ring|phone|contact|email|text|get back to|take over|look at|look into|check|review|give me a call)`,
    0.85,
  ),
  frame(
    `(?:get|have) ${person(PERSON_CORE)}(?: from (?:your |the )?\\w+(?: team| department)?)? to (?:look|check|call|contact|review|help|take|handle|sort|reach|get back)`,
    0.85,
  ),
  frame(`(?:can|could|may) (?:i|we) (?:get|have) ${person(PERSON_CORE)}`, 0.85),
  // Causative: "have a real person review my application" (no compound check: "person review" is a verb here).
  frame(
    `(?:have|get|let) (?:(?:a|an|some|one of your) )?${MOD}(?:human|person|agent|representative|someone|somebody|staff member|employee) (?:review|check|look at|look into|handle|call|contact)`,
    0.85,
  ),
  frame(
    `(?:is|are) there (?:(?:a|an|any|some) )?(?:(?:way|chance) (?:to|i can|i could) (?:get|reach|talk to|speak to|speak with|contact|chat with) )?${person(`(?:${PERSON_CORE}|anyone|anybody)`)}`,
    0.85,
  ),
  frame(
    `(?:^|is |are )(?:there )?(?:any (?:real |actual )?(?:humans?|agents?|people|persons|representatives|reps|staff|one)|anyone|anybody|someone|somebody)(?: from (?:your |the )?\\w+(?: team)?)? (?:available|online|there|here|around|working|awake|free)`,
    0.8,
  ),
  frame(`where (?:is|are) (?:(?:the|a|an|any|your) )?${MOD}${PERSON_CORE}(?![\\w'-])${NOT_A_PERSON_AFTER}`, 0.85),
  frame(
    `(?:reach|contact|get hold of|get in touch with|get through to|speak to|talk to) (?:(?:a|an|some|any|your) )?${MOD}${'(?:human beings?|humans?|person|agents?|representatives?|reps?|operators?|someone|somebody|supervisors?|managers?|staff|employees?)'}(?![\\w'-])${NOT_A_PERSON_AFTER}`,
    0.85,
  ),
  frame(
    `(?:^|please |pls |can you |could you |would you |kindly |just |you should |i want you to |i'd like you to |i need you to |i'd like to |i want to )escalate(?: (?:this|it|me|my \\w+|the \\w+|this \\w+))?(?: (?:to|with) ${person(PERSON_WIDE)})?`,
    0.85,
  ),
  frame(
    "(?:don't|do not|doesn't|no longer) (?:want|wanna|like|need) (?:to (?:talk|speak|chat) (?:to|with) )?(?:(?:a|an|the|this|your|some) )?(?:stupid |dumb |useless )?(?:bot|robot|chatbot|ai|machine)s?",
    0.85,
    false,
  ),
  frame(
    '(?:no more|stop the|stop this|enough with the|enough with this|enough with|enough of the|enough of this|done with the|done with this|tired of the|tired of this|tired of talking to a|sick of the|sick of this|sick of talking to a) (?:stupid |dumb |useless )?(?:bots?|robots?|chatbots?|ai|machines?)',
    0.85,
    false,
  ),
  frame(`rather (?:talk|speak|deal|chat) (?:to|with) ${person(PERSON_WIDE)}`, 0.85),
  frame(
    `(?:someone|somebody|a person|a human|an agent|a representative|your team|one of your \\w+|member of your \\w+|you)(?: from (?:your |the )?\\w+(?: team)?)? (?:please )?(?:to )?(?:call|ring|phone) me`,
    0.85,
  ),
  frame(
    `(?:i'd like|would like|i want|i need|get|have|i'd love|request|requesting|arrange|schedule|book) (?:a )?(?:callback|call back|call-back|(?:phone )?call (?:with|from) ${person(PERSON_WIDE)})`,
    0.85,
  ),
];

/** Other languages, matched on the folded text (accents removed). */
export const OTHER_LANGUAGE_FRAMES: Frame[] = [
  foreign(
    'French',
    "parler (?:a|avec) (?:(?:un|une|des|a un|a une) )?(?:(?:vrai|vraie|veritable) )?(?:humain|etre humain|personne|conseill\\w*|agent|operat\\w*|quelqu'un|quelqu un|interlocuteur|responsable)",
  ),
  foreign(
    'French',
    "(?:passez|passe|mettez|mets)-moi (?:en (?:relation|contact) avec )?(?:(?:un|une) )?(?:(?:vrai|vraie) )?(?:humain|personne|conseill\\w*|agent|operat\\w*|quelqu'un)",
  ),
  foreign('Spanish', 'hablar con (?:(?:un|una|algun|alguna) )?(?:humano|ser humano|persona|agente|representante|operador\\w*|asesor\\w*|alguien)'),
  foreign('Spanish', '(?:pasame|paseme|comuniqueme|comunicame|transfiereme|transfierame) con'),
  foreign(
    'German',
    'mit (?:(?:einem|einer|jemandem|jemand) )?(?:(?:echten|richtigen|realen) )?(?:menschen|mensch|mitarbeiter\\w*|berater\\w*|person|kundenservice|kundendienst|jemandem)(?: \\w+){0,3} (?:sprechen|reden|verbinden|chatten)',
  ),
  foreign(
    'Portuguese',
    'falar com (?:(?:um|uma|algum|alguma|o|a) )?(?:atendente|pessoa|humano|ser humano|agente|operador\\w*|representante|alguem|suporte|atendimento)',
  ),
  foreign('Spanish', 'hablar con (?:el |la )?(?:soporte|servicio al cliente|atencion al cliente)'),
  foreign('French', 'parler (?:au|avec le) (?:support|service client)'),
  foreign('Italian', "parlare con (?:(?:un|una|un'|qualche) )?(?:operatore|operatrice|persona|umano|essere umano|agente|consulente|qualcuno)"),
  foreign('Dutch', '(?:(?:een|iemand) )?(?:medewerker|mens|persoon|iemand) (?:te )?spreken'),
  foreign('Dutch', 'spreken met (?:(?:een|iemand) )?(?:medewerker|mens|persoon|iemand)'),
];

/** What a one- to four-word plea can consist of besides the person ("agent please", "HUMAN!!!"). */
export const FILLERS = new Set([
  'please',
  'now',
  'asap',
  'right',
  'away',
  'a',
  'an',
  'the',
  'hi',
  'hello',
  'hey',
  'ok',
  'okay',
  'just',
  'thanks',
  'thank',
  'you',
  'sir',
  'urgent',
  'urgently',
  'immediately',
  'quickly',
  'svp',
  'stp',
  'bitte',
  'por',
  'favor',
  'per',
  'favore',
  "s'il",
  'vous',
  'plait',
  'te',
  'un',
  'une',
  'una',
  'uno',
  'um',
  'uma',
  'einen',
  'einem',
  'ein',
  'eine',
  'echten',
  'echte',
  'vrai',
  'vraie',
  'de',
  'verdad',
  'jetzt',
  'ahora',
  'maintenant',
  'agora',
  'ora',
  'een',
  'alstublieft',
  'graag',
]);
export const LONE_PERSON = new RegExp(
  `^${MOD}(?:human beings?|humans?|person|agents?|representatives?|reps?|operators?|someone|somebody|supervisors?|managers?|customer service|customer support|customer care|live chat|live support|human support|real people|(?:someone|somebody|anyone) (?:real|human)|humain|humano|umano|persona|pessoa|mensch|menschen|conseiller|conseillere|agente|atendente|operateur|operatore|operador|mitarbeiter|medewerker|asesor)$`,
);
