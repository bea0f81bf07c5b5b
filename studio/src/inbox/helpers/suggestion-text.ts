/** A suggested reply as the agent gets it in the composer: the answer, then a "Sources:" line naming what it was drawn from. */
export function suggestionText(suggestion: { text: string; citations: { title: string; url?: string | null }[] }): string {
  const text = suggestion.text.trim();
  const sources = suggestion.citations
    .filter((citation) => citation.title.trim() || citation.url)
    .map((citation) => (citation.url ? `${citation.title.trim() || citation.url} (${citation.url})` : citation.title.trim()));
  const unique = [...new Set(sources)];
  return unique.length === 0 ? text : `${text}\n\nSources: ${unique.join('; ')}`;
}
