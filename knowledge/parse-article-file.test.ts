import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ArticleFileError } from './article-file-error';
import { articleContentHash } from './article-content-hash';
import { MAX_ARTICLE_BYTES, parseArticleFile } from './parse-article-file';
import { readHelpCentreDirectory } from './read-help-centre';
import { HOSTILE_ARTICLE_FILES } from './hostile-article-files';

const markdown = `---
title: Reset your password
url: https://help.lumen.example/articles/reset-password
tags: [account, password]
---

# Reset your password

Click **Forgot password?** on the sign-in page.
`;

function problemOf(fileName: string, content: Buffer | string): string {
  try {
    parseArticleFile(fileName, content);
  } catch (error) {
    assert.ok(error instanceof ArticleFileError, 'throws an ArticleFileError');
    assert.equal(error.fileName, fileName);
    assert.match(error.message, new RegExp(`^${fileName.replace('.', '\\.')}: .+; .+`), 'says what is wrong and how to fix it');
    return error.problem;
  }
  assert.fail('expected the file to be rejected');
}

test('a Markdown article takes title, url and tags from its front matter and drops the repeated H1', () => {
  const article = parseArticleFile('reset-password.md', Buffer.from(markdown));
  assert.deepEqual(
    { title: article.title, url: article.url, tags: article.tags, format: article.format },
    { title: 'Reset your password', url: 'https://help.lumen.example/articles/reset-password', tags: ['account', 'password'], format: 'markdown' },
  );
  assert.equal(article.body, 'Click **Forgot password?** on the sign-in page.');
});

test('a Markdown article without front matter is titled by its first heading', () => {
  const article = parseArticleFile('export.md', '# Export your data\n\nUse the menu.\n');
  assert.equal(article.title, 'Export your data');
  assert.equal(article.url, null);
  assert.deepEqual(article.tags, []);
  assert.equal(article.body, 'Use the menu.');
});

test('comma-separated tags are accepted', () => {
  const article = parseArticleFile('a.md', '---\ntitle: A\ntags: billing, invoices\n---\nBody text.');
  assert.deepEqual(article.tags, ['billing', 'invoices']);
});

test('an HTML page keeps its main text as Markdown-like lines and drops scripts and navigation', () => {
  const html = `<html><head><title>Embed a dashboard</title><link rel="canonical" href="https://help.example/embed">
    <meta name="keywords" content="embedding, iframe"><script>var secret = 1</script></head>
    <body><nav>Home › Docs</nav><main><h1>Embed a dashboard</h1><p>Embedding is on the <b>Business</b> plan &amp; above.</p>
    <ol><li>Click Share.</li><li>Copy the code.</li></ol></main><footer>© Lumen</footer></body></html>`;
  const article = parseArticleFile('embed.html', html);
  assert.equal(article.title, 'Embed a dashboard');
  assert.equal(article.url, 'https://help.example/embed');
  assert.deepEqual(article.tags, ['embedding', 'iframe']);
  assert.equal(article.format, 'html');
  assert.equal(article.body, 'Embedding is on the **Business** plan & above.\n\n1. Click Share.\n2. Copy the code.');
});

test('a plain-text file uses a short first line as its title', () => {
  const article = parseArticleFile('browsers.txt', 'Supported browsers\n\nWe support Chrome and Firefox.\n');
  assert.equal(article.title, 'Supported browsers');
  assert.equal(article.body, 'We support Chrome and Firefox.');
  assert.equal(article.format, 'text');
});

test('a plain-text file that starts with a sentence is titled from its file name', () => {
  const article = parseArticleFile('data-retention.txt', 'We keep data for 30 days.\nThen it is deleted.');
  assert.equal(article.title, 'Data retention');
  assert.equal(article.body, 'We keep data for 30 days.\nThen it is deleted.');
});

test('binary, empty, oversized, unsupported and broken files are rejected with a reason', () => {
  assert.equal(problemOf('logo.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), 'binary');
  assert.equal(problemOf('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])), 'binary');
  assert.equal(problemOf('empty.md', Buffer.from('  \n\n')), 'empty');
  assert.equal(problemOf('title-only.md', '---\ntitle: Only a title\n---\n'), 'empty');
  assert.equal(problemOf('huge.txt', Buffer.alloc(MAX_ARTICLE_BYTES + 1, 'a')), 'too_large');
  assert.equal(problemOf('manual.pdf', 'text'), 'unsupported_type');
  assert.equal(problemOf('broken.md', '---\ntitle: [unclosed\n---\nBody'), 'bad_front_matter');
  assert.equal(problemOf('bad-url.md', '---\ntitle: A\nurl: not a url\n---\nBody'), 'bad_front_matter');
  assert.equal(problemOf('bad-tags.md', '---\ntitle: A\ntags: {a: 1}\n---\nBody'), 'bad_front_matter');
});

test('a folder with bad files yields the good articles and names each bad file', async () => {
  const directory = await mkdtemp(path.join(tmpdir(), 'baton-help-'));
  try {
    await writeFile(path.join(directory, 'good.md'), markdown);
    await writeFile(path.join(directory, 'notes.txt'), 'Notes\n\nSome notes.');
    await writeFile(path.join(directory, 'empty.md'), '');
    await writeFile(path.join(directory, 'image.md'), Buffer.from([0, 1, 2, 3]));
    const { articles, errors } = await readHelpCentreDirectory(directory);
    assert.deepEqual(
      articles.map((entry) => entry.slug),
      ['good', 'notes'],
    );
    assert.deepEqual(
      errors.map((error) => [error.fileName, error.problem]),
      [
        ['empty.md', 'empty'],
        ['image.md', 'binary'],
      ],
    );
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
});

test('the content hash is stable for unchanged content and changes with any field', () => {
  const article = parseArticleFile('reset-password.md', markdown);
  const again = parseArticleFile('reset-password.md', Buffer.from(markdown.replace(/\n/g, '\r\n')));
  assert.match(articleContentHash(article), /^[0-9a-f]{64}$/);
  assert.equal(articleContentHash(again), articleContentHash(article), 'line endings do not count as a change');
  assert.notEqual(articleContentHash({ ...article, body: `${article.body}!` }), articleContentHash(article));
  assert.notEqual(articleContentHash({ ...article, title: 'Other' }), articleContentHash(article));
  assert.notEqual(articleContentHash({ ...article, tags: ['other'] }), articleContentHash(article));
  assert.notEqual(articleContentHash(article, { embeddingModel: 'text-embedding-3-small' }), articleContentHash(article), 'turning embeddings on re-ingests');
});

test('every 5 MB hostile file parses in under a second of CPU, and fails, if at all, only with a reason', async () => {
  // In a child process, so a parse that backtracks for hours is stopped and named instead of hanging the run.
  const probe = fileURLToPath(new URL('./hostile-article-files.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', probe], { stdio: ['ignore', 'pipe', 'inherit'] });
  const shapes = Object.keys(HOSTILE_ARTICLE_FILES);
  const results: { shape: string; bytes: number; cpuMs: number; outcome: string }[] = [];
  const stalled = (shape: string) => `parsing "${shape}" was still running after 20 s`;
  try {
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    for (const shape of shapes) {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(stalled(shape))), 20_000);
      });
      const line = await Promise.race([lines.next(), deadline]).finally(() => clearTimeout(timer));
      assert.ok(!line.done, `the probe stopped before "${shape}"`);
      results.push(JSON.parse(line.value));
    }
  } finally {
    child.kill();
  }
  for (const result of results) {
    assert.ok(result.bytes > 5_000_000 && result.bytes <= MAX_ARTICLE_BYTES, `${result.shape}: ${result.bytes} bytes`);
    assert.ok(result.cpuMs < 1000, `${result.shape} took ${Math.round(result.cpuMs)} ms of CPU`);
    assert.ok(['parsed', 'ArticleFileError'].includes(result.outcome), `${result.shape} threw ${result.outcome}`);
  }
});

test('HTML is read as browsers read it: unclosed paragraphs and list items, entities, comments, a stray <', () => {
  const article = parseArticleFile(
    'page.html',
    `<title>Plans &amp; prices</title><p>One<p>Two &lt; three &#x1F600; &#99999999; &constructor;<!-- hidden --><ol><li>a<li>b <code>x</code></ol>
    <pre>a &lt; b</pre><h2>Sub</h2><div data-x="1>2" hidden>text<br>more</div><p>1 < 2`,
  );
  assert.equal(article.title, 'Plans & prices');
  assert.equal(article.body, 'One\n\nTwo < three 😀 \uFFFD &constructor;\n\n1. a\n2. b `x`\n\n```\na < b\n```\n\n## Sub\n\ntext more\n\n1 < 2');
});

test('a Markdown heading is a # line opening the body, whatever blank lines come before it', () => {
  assert.equal(parseArticleFile('a.md', '\n\n  # Billing ##  \n\nText').title, 'Billing');
  assert.equal(parseArticleFile('a.md', '#Not a heading\nText').title, 'A');
  assert.equal(parseArticleFile('a.md', 'Intro\n# Later heading\nText').title, 'A');
});
