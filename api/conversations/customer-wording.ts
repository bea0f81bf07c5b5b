import type { TimelineEntryDoc } from '../../store/documents';

/**
 * What a customer reads of a timeline entry. The timeline is written once for everyone, in the third
 * person agents read ("The customer pressed “Talk to a person”."); the customer is told about themselves.
 */
export function customerFacingText(entry: Pick<TimelineEntryDoc, 'kind' | 'text' | 'action'>): string {
  if (entry.kind === 'SYSTEM' && entry.action) return entry.text.replace(/^The customer pressed\b/, 'You pressed');
  return entry.text;
}
