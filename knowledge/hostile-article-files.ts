import { pathToFileURL } from 'node:url';
import { MAX_ARTICLE_BYTES, parseArticleFile } from './parse-article-file';

/**
 * Help-centre files built to be slow to parse, each just under the 5 MB limit: the shapes that
 * make a backtracking regex or a tree builder go quadratic. Run as a script, it parses each and
 * prints one JSON line per file with the CPU time taken, so a test can stop a parse that hangs.
 */
const SIZE = MAX_ARTICLE_BYTES - 1024;

const filled = (unit: string, prefix = '', suffix = '') => prefix + unit.repeat(Math.floor((SIZE - prefix.length - suffix.length) / unit.length)) + suffix;
const nested = (open: string, close: string) => {
  const pairs = Math.floor((SIZE - 1) / (open.length + close.length));
  return `${open.repeat(pairs)}x${close.repeat(pairs)}`;
};

export const HOSTILE_ARTICLE_FILES: Record<string, { fileName: string; text: () => string }> = {
  newlines: { fileName: 'newlines.md', text: () => `x${'\n'.repeat(SIZE)}y` },
  hashes: { fileName: 'hashes.md', text: () => filled('#') },
  'heading lines': { fileName: 'heading-lines.md', text: () => filled('# \n') },
  'a heading with a long tail': { fileName: 'long-heading.md', text: () => filled(' ', '# a', 'b') },
  dashes: { fileName: 'dashes.md', text: () => filled('---\n') },
  spaces: { fileName: 'spaces.md', text: () => filled(' ', 'x', 'y') },
  'unclosed front matter': { fileName: 'front-matter.md', text: () => filled('a: b\n', '---\n') },
  'one long line': { fileName: 'long-line.md', text: () => filled('word ') },
  'plain text newlines': { fileName: 'newlines.txt', text: () => `x${'\n'.repeat(SIZE)}y` },
  'unclosed HTML nesting': { fileName: 'nesting.html', text: () => filled('<div>') },
  'closed HTML nesting': { fileName: 'closed-nesting.html', text: () => nested('<div>', '</div>') },
  paragraphs: { fileName: 'paragraphs.html', text: () => filled('<p>x') },
  'list items': { fileName: 'list-items.html', text: () => filled('<ul><li>x') },
  'misnested inline tags': { fileName: 'misnested.html', text: () => filled('<b><i>x</b></i>') },
  '< without >': { fileName: 'open-brackets.html', text: () => filled('<') },
  'unfinished tags': { fileName: 'unfinished-tags.html', text: () => filled('<a ') },
  'an unclosed comment': { fileName: 'comment.html', text: () => filled('x', '<!--') },
  'an unclosed attribute quote': { fileName: 'quote.html', text: () => filled('x', '<div a="') },
  'an unclosed script': { fileName: 'script.html', text: () => filled('x', '<script>') },
  entities: { fileName: 'entities.html', text: () => filled('&#99999999;&constructor;') },
  headings: { fileName: 'headings.html', text: () => filled('<h1>x</h1>') },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [shape, { fileName, text }] of Object.entries(HOSTILE_ARTICLE_FILES)) {
    const content = text();
    const before = process.cpuUsage();
    let outcome = 'parsed';
    try {
      parseArticleFile(fileName, content);
    } catch (error) {
      outcome = error instanceof Error ? error.name : 'thrown';
    }
    const used = process.cpuUsage(before);
    process.stdout.write(`${JSON.stringify({ shape, bytes: Buffer.byteLength(content), cpuMs: (used.user + used.system) / 1000, outcome })}\n`);
  }
}
