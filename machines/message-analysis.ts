import { z } from 'zod';

/** What the detectors (or, later, an LLM classifier) learned from one customer message; the guards read it. */
export const MessageAnalysisSchema = z.object({
  asksForHuman: z.boolean(),
  humanRequestScore: z.number().min(0).max(1),
  frustration: z.number().min(0).max(1),
  saysNotHelpful: z.boolean(),
  /** Short human-readable reasons, e.g. 'phrase:"talk to a human"', 'shouting'. */
  signals: z.array(z.string()),
});
export type MessageAnalysis = z.infer<typeof MessageAnalysisSchema>;
