import type { MessageAnalysis } from '../message-analysis';
import { detectFrustration } from './frustration';
import { detectHumanRequest } from './human-request';
import { detectNotHelpful } from './not-helpful';

/**
 * The offline analysis of one customer message: the fast path, and the fallback when no LLM is
 * configured. `recentCustomerMessages` are the customer's earlier messages, oldest first; they
 * reveal a repeated question and whether an answer came before "that didn't help".
 */
export function analyzeCustomerMessage(text: string, recentCustomerMessages: readonly string[] = []): MessageAnalysis {
  const humanRequest = detectHumanRequest(text);
  const frustration = detectFrustration(text, recentCustomerMessages);
  const notHelpful = detectNotHelpful(text, recentCustomerMessages);
  return {
    asksForHuman: humanRequest.asksForHuman,
    humanRequestScore: humanRequest.score,
    frustration: frustration.score,
    saysNotHelpful: notHelpful.saysNotHelpful,
    signals: [...humanRequest.signals, ...frustration.signals, ...notHelpful.signals],
  };
}
