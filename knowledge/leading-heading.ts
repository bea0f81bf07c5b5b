/**
 * A `# Title` line that opens a Markdown body (blank lines before it allowed), read by hand: a
 * regex spanning lines restarts at every line, which made a file of newlines take hours to parse.
 * Pure, so the ingest and the knowledge page in the browser read titles the same way.
 */
export function leadingHeading(body: string): { text: string; end: number } | null {
  const start = body.search(/\S/);
  if (start === -1 || body[start] !== '#') return null;
  const newline = body.indexOf('\n', start);
  const end = newline === -1 ? body.length : newline;
  const line = body.slice(start + 1, end);
  if (!/^[ \t]/.test(line)) return null;
  const text = line.trim();
  // A closing run of #s ("# Title ##") is decoration, not part of the title.
  let close = text.length;
  while (close > 0 && text[close - 1] === '#') close -= 1;
  const title = text.slice(0, close).trimEnd() || text;
  return title ? { text: title, end } : null;
}
