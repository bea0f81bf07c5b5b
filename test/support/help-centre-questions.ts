/** Questions the demo help centre answers, one article each: a conversation that stays with the AI. */
export const ANSWERABLE_QUESTIONS = [
  'How do I reset my password?',
  'How do I turn on two-factor authentication?',
  'How do I create an API key?',
  'How do I export my data?',
  'How do I invite a teammate?',
  'How do I connect Slack?',
  'How do I change my plan?',
  'How do I set up single sign-on?',
  'Is there a mobile app?',
  'What are the usage limits?',
  'How do I delete my account?',
  'How do I connect Zapier?',
];
