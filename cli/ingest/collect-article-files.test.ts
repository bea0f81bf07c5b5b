import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { collectArticleFiles, MissingPathError } from './collect-article-files';

test('folders are read recursively for article files; hidden entries, node_modules and other files are left alone', async () => {
  const root = await mkdtemp(join(tmpdir(), 'baton-collect-'));
  try {
    await mkdir(join(root, 'help', 'billing'), { recursive: true });
    await mkdir(join(root, 'help', '.git'), { recursive: true });
    await mkdir(join(root, 'help', 'node_modules', 'x'), { recursive: true });
    for (const file of ['help/a.md', 'help/billing/b.HTML', 'help/c.txt', 'help/logo.png', 'help/.draft.md', 'help/.git/d.md', 'help/node_modules/x/e.md', 'f.mdx', 'g.pdf']) {
      await writeFile(join(root, file), 'text');
    }

    const collected = await collectArticleFiles(['help', 'f.mdx', 'help/a.md', 'g.pdf'], root);

    assert.deepEqual(
      collected.files.map((file) => file.sourcePath),
      ['f.mdx', 'g.pdf', 'help/a.md', 'help/billing/b.HTML', 'help/c.txt'],
      'sorted, each once; a file named on the command line is kept whatever its type, to be reported',
    );
    assert.deepEqual(collected.roots, ['help', 'f.mdx', 'help/a.md', 'g.pdf']);
    assert.equal(collected.ignored, 1, 'logo.png');
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('a path that does not exist stops the collection, naming it', async () => {
  await assert.rejects(collectArticleFiles(['no-such-folder'], tmpdir()), (error: unknown) => error instanceof MissingPathError && /no-such-folder/.test(error.message));
});
