import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ArticleFileError } from './article-file-error'
import { articleContentHash } from './article-content-hash'
import { MAX_ARTICLE_BYTES, parseArticleFile } from './parse-article-file'
import { readHelpCentreDirectory } from './read-help-centre'

const markdown = `---
title: Reset your password
url: https://help.lumen.example/articles/reset-password
tags: [account, password]
---

# Reset your password

Click **Forgot password?** on the sign-in page.
`

function problemOf(fileName: string, content: Buffer | string): string {
  try {
    parseArticleFile(fileName, content)
  } catch (error) {
    assert.ok(error instanceof ArticleFileError, 'throws an ArticleFileError')
    assert.equal(error.fileName, fileName)
    assert.match(error.message, new RegExp(`^${fileName.replace('.', '\\.')}: .+; .+`), 'says what is wrong and how to fix it')
    return error.problem
  }
  assert.fail('expected the file to be rejected')
}

test('a Markdown article takes title, url and tags from its front matter and drops the repeated H1', () => {
  const article = parseArticleFile('reset-password.md', Buffer.from(markdown))
  assert.deepEqual(
    { title: article.title, url: article.url, tags: article.tags, format: article.format },
    { title: 'Reset your password', url: 'https://help.lumen.example/articles/reset-password', tags: ['account', 'password'], format: 'markdown' },
  )
  assert.equal(article.body, 'Click **Forgot password?** on the sign-in page.')
})

test('a Markdown article without front matter is titled by its first heading', () => {
  const article = parseArticleFile('export.md', '# Export your data\n\nUse the menu.\n')
  assert.equal(article.title, 'Export your data')
  assert.equal(article.url, null)
  assert.deepEqual(article.tags, [])
  assert.equal(article.body, 'Use the menu.')
})

test('comma-separated tags are accepted', () => {
  const article = parseArticleFile('a.md', '---\ntitle: A\ntags: billing, invoices\n---\nBody text.')
  assert.deepEqual(article.tags, ['billing', 'invoices'])
})

test('an HTML page keeps its main text as Markdown-like lines and drops scripts and navigation', () => {
  const html = `<html><head><title>Embed a dashboard</title><link rel="canonical" href="https://help.example/embed">
    <meta name="keywords" content="embedding, iframe"><script>var secret = 1</script></head>
    <body><nav>Home › Docs</nav><main><h1>Embed a dashboard</h1><p>Embedding is on the <b>Business</b> plan &amp; above.</p>
    <ol><li>Click Share.</li><li>Copy the code.</li></ol></main><footer>© Lumen</footer></body></html>`
  const article = parseArticleFile('embed.html', html)
  assert.equal(article.title, 'Embed a dashboard')
  assert.equal(article.url, 'https://help.example/embed')
  assert.deepEqual(article.tags, ['embedding', 'iframe'])
  assert.equal(article.format, 'html')
  assert.equal(article.body, 'Embedding is on the **Business** plan & above.\n\n1. Click Share.\n2. Copy the code.')
})

test('a plain-text file uses a short first line as its title', () => {
  const article = parseArticleFile('browsers.txt', 'Supported browsers\n\nWe support Chrome and Firefox.\n')
  assert.equal(article.title, 'Supported browsers')
  assert.equal(article.body, 'We support Chrome and Firefox.')
  assert.equal(article.format, 'text')
})

test('a plain-text file that starts with a sentence is titled from its file name', () => {
  const article = parseArticleFile('data-retention.txt', 'We keep data for 30 days.\nThen it is deleted.')
  assert.equal(article.title, 'Data retention')
  assert.equal(article.body, 'We keep data for 30 days.\nThen it is deleted.')
})

test('binary, empty, oversized, unsupported and broken files are rejected with a reason', () => {
  assert.equal(problemOf('logo.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), 'binary')
  assert.equal(problemOf('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])), 'binary')
  assert.equal(problemOf('empty.md', Buffer.from('  \n\n')), 'empty')
  assert.equal(problemOf('title-only.md', '---\ntitle: Only a title\n---\n'), 'empty')
  assert.equal(problemOf('huge.txt', Buffer.alloc(MAX_ARTICLE_BYTES + 1, 'a')), 'too_large')
  assert.equal(problemOf('manual.pdf', 'text'), 'unsupported_type')
  assert.equal(problemOf('broken.md', '---\ntitle: [unclosed\n---\nBody'), 'bad_front_matter')
  assert.equal(problemOf('bad-url.md', '---\ntitle: A\nurl: not a url\n---\nBody'), 'bad_front_matter')
  assert.equal(problemOf('bad-tags.md', '---\ntitle: A\ntags: {a: 1}\n---\nBody'), 'bad_front_matter')
})

test('a folder with bad files yields the good articles and names each bad file', async () => {
  const directory = await mkdtemp(path.join(tmpdir(), 'baton-help-'))
  try {
    await writeFile(path.join(directory, 'good.md'), markdown)
    await writeFile(path.join(directory, 'notes.txt'), 'Notes\n\nSome notes.')
    await writeFile(path.join(directory, 'empty.md'), '')
    await writeFile(path.join(directory, 'image.md'), Buffer.from([0, 1, 2, 3]))
    const { articles, errors } = await readHelpCentreDirectory(directory)
    assert.deepEqual(articles.map((entry) => entry.slug), ['good', 'notes'])
    assert.deepEqual(errors.map((error) => [error.fileName, error.problem]), [['empty.md', 'empty'], ['image.md', 'binary']])
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
})

test('the content hash is stable for unchanged content and changes with any field', () => {
  const article = parseArticleFile('reset-password.md', markdown)
  const again = parseArticleFile('reset-password.md', Buffer.from(markdown.replace(/\n/g, '\r\n')))
  assert.match(articleContentHash(article), /^[0-9a-f]{64}$/)
  assert.equal(articleContentHash(again), articleContentHash(article), 'line endings do not count as a change')
  assert.notEqual(articleContentHash({ ...article, body: `${article.body}!` }), articleContentHash(article))
  assert.notEqual(articleContentHash({ ...article, title: 'Other' }), articleContentHash(article))
  assert.notEqual(articleContentHash({ ...article, tags: ['other'] }), articleContentHash(article))
  assert.notEqual(articleContentHash(article, { embeddingModel: 'text-embedding-3-small' }), articleContentHash(article), 'turning embeddings on re-ingests')
})
