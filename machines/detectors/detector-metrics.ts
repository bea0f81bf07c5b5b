import type { MessageAnalysis } from '../message-analysis';
import { analyzeCustomerMessage } from './analyze-customer-message';

/** One line of test/fixtures/customer-messages.jsonl. */
export interface LabelledCustomerMessage {
  text: string;
  humanRequest: boolean;
  frustrated: boolean;
  note?: string;
  /** When the message was written relative to the detector work (see scripts/detector-report.ts). */
  split?: string;
  /** Earlier customer messages of the same conversation, oldest first. */
  recent?: string[];
}

export interface BinaryScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Misclassified {
  detector: 'human request' | 'frustration';
  expected: boolean;
  message: LabelledCustomerMessage;
  analysis: MessageAnalysis;
}

export interface DetectorReport {
  messages: number;
  humanRequest: BinaryScore;
  frustration: BinaryScore;
  misclassified: Misclassified[];
}

/** The frustration score at which a message counts as frustrated (the default flow's threshold). */
export const FRUSTRATED_AT = 0.7;

/** Runs the offline detectors over a labelled set and scores them. */
export function scoreDetectors(messages: readonly LabelledCustomerMessage[]): DetectorReport {
  const humanRequest: boolean[][] = [];
  const frustration: boolean[][] = [];
  const misclassified: Misclassified[] = [];
  for (const message of messages) {
    const analysis = analyzeCustomerMessage(message.text, message.recent ?? []);
    const frustrated = analysis.frustration >= FRUSTRATED_AT;
    humanRequest.push([message.humanRequest, analysis.asksForHuman]);
    frustration.push([message.frustrated, frustrated]);
    if (analysis.asksForHuman !== message.humanRequest) {
      misclassified.push({ detector: 'human request', expected: message.humanRequest, message, analysis });
    }
    if (frustrated !== message.frustrated) {
      misclassified.push({ detector: 'frustration', expected: message.frustrated, message, analysis });
    }
  }
  return { messages: messages.length, humanRequest: binaryScore(humanRequest), frustration: binaryScore(frustration), misclassified };
}

function binaryScore(pairs: boolean[][]): BinaryScore {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let trueNegatives = 0;
  for (const [expected, predicted] of pairs) {
    if (expected && predicted) truePositives++;
    else if (!expected && predicted) falsePositives++;
    else if (expected && !predicted) falseNegatives++;
    else trueNegatives++;
  }
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, trueNegatives, precision, recall, f1 };
}

/** Parses the JSON-lines fixture; blank lines are skipped, a malformed line names its number. */
export function parseLabelledMessages(jsonl: string): LabelledCustomerMessage[] {
  return jsonl
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, number }) => {
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch {
        throw new Error(`line ${number} of the labelled messages is not JSON`);
      }
      const candidate = row as Partial<LabelledCustomerMessage>;
      if (typeof candidate.text !== 'string' || typeof candidate.humanRequest !== 'boolean' || typeof candidate.frustrated !== 'boolean') {
        throw new Error(`line ${number} of the labelled messages needs "text", "humanRequest" and "frustrated"`);
      }
      return candidate as LabelledCustomerMessage;
    });
}
