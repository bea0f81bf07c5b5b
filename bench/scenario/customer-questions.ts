/**
 * What simulated customers say. Questions the demo help centre (demo/help-centre) answers with
 * confidence, on different topics: a customer asking the same thing again reads as frustration
 * and escalates, so each customer walks the list with a stride of its own.
 */
export const ANSWERED_QUESTIONS = [
  'How do I reset my password?',
  'How do I turn on two factor authentication?',
  'Is there a free trial?',
  'Where can I download my invoices?',
  'How do I create an API key?',
  'How do I connect Slack?',
  'Do you integrate with Zapier?',
  'How can I export my data to CSV?',
  'How do I invite my team?',
  'How do I set up single sign-on?',
  'Is there a dark mode?',
  'Is there an iPhone app?',
  'Which databases do you support?',
  'Which browsers do you support?',
  'Does Lumen have an audit log?',
  "What's your uptime SLA?",
  'Can I connect a Google Sheet?',
  'How do I change my email address?',
  'What is the API rate limit?',
  'How do I transfer ownership of the workspace?',
  'Do you have a discount for nonprofits?',
  'What are the limits on the free plan?',
  'Does Lumen support YubiKey?',
  'Where can alerts be sent?',
] as const;

/** Ways customers ask for a person; each is enough for the default flow's human_request edge. */
export const HUMAN_REQUESTS = [
  'I want to talk to a human',
  'Can I speak to a person, please?',
  'Please connect me with a real person',
  "I'd like to talk to someone on your team",
] as const;

/** Strides coprime with the list's length, so every customer visits every question before repeating one. */
const STRIDES = [1, 5, 7, 11, 13, 17, 19, 23];

/** The questions one customer asks, in its own order. */
export function questionsFor(customerIndex: number): () => string {
  const stride = STRIDES[customerIndex % STRIDES.length]!;
  let position = (customerIndex * 3) % ANSWERED_QUESTIONS.length;
  return () => {
    const question = ANSWERED_QUESTIONS[position]!;
    position = (position + stride) % ANSWERED_QUESTIONS.length;
    return question;
  };
}

export function humanRequestFor(customerIndex: number): string {
  return HUMAN_REQUESTS[customerIndex % HUMAN_REQUESTS.length]!;
}
