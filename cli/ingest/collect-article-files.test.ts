import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
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
    for (const file of [
      'help/a.md',
      'help/billing/b.HTML',
      'help/c.txt',
      'help/logo.png',
      'help/.draft.md',
      'help/.git/d.md',
      'help/node_modules/x/e.md',
      'f.mdx',
      'g.pdf',
    ]) {
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
  await assert.rejects(
    collectArticleFiles(['no-such-folder'], tmpdir()),
    (error: unknown) => error instanceof MissingPathError && /no-such-folder/.test(error.message),
  );
});

test('a symbolic link whose target leaves the folder is refused with a reason, never read; links inside it are kept', async () => {
  const root = await mkdtemp(join(tmpdir(), 'baton-collect-links-'));
  try {
    await mkdir(join(root, 'data'), { recursive: true });
    await mkdir(join(root, 'help', 'guides'), { recursive: true });
    await mkdir(join(root, 'private-notes'), { recursive: true });
    await writeFile(join(root, 'data', 'signing-secret'), 'the secret');
    await writeFile(join(root, 'private-notes', 'salaries.md'), 'private');
    await writeFile(join(root, 'help', 'guides', 'setup.md'), 'Setup');
    await symlink(join(root, 'data', 'signing-secret'), join(root, 'help', 'secret.md'));
    await symlink('../../data/signing-secret', join(root, 'help', 'guides', 'relative-secret.txt'));
    await symlink(join(root, 'private-notes'), join(root, 'help', 'notes'));
    await symlink('guides/setup.md', join(root, 'help', 'setup-again.md'));
    await symlink(join(root, 'help'), join(root, 'help', 'guides', 'loop'));
    await symlink(join(root, 'help', 'guides', 'loop'), join(root, 'help', 'guides', 'loop-of-loop'));
    await symlink(join(root, 'data', 'signing-secret'), join(root, 'help', 'logo.png'));

    const collected = await collectArticleFiles(['help'], root);

    assert.deepEqual(
      collected.files.map((file) => file.sourcePath),
      ['help/guides/setup.md', 'help/setup-again.md'],
      'a link to a file inside the folder is read; links to folders are not followed, so the loop ends',
    );
    assert.deepEqual(
      collected.refused.map((skipped) => [skipped.sourcePath, skipped.problem]),
      [
        ['help/guides/relative-secret.txt', 'link_outside_folder'],
        ['help/notes', 'link_outside_folder'],
        ['help/secret.md', 'link_outside_folder'],
      ].sort(),
    );
    for (const skipped of collected.refused) assert.match(skipped.reason, /outside help.*; copy the (file|folder) into the folder/);
    assert.equal(collected.ignored, 1, 'a link named like an image is left alone as images are');
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('a file named on the command line may not be a link out of its own folder', async () => {
  const root = await mkdtemp(join(tmpdir(), 'baton-collect-named-'));
  try {
    await mkdir(join(root, 'help'), { recursive: true });
    await writeFile(join(root, 'secret.txt'), 'the secret');
    await writeFile(join(root, 'help', 'real.md'), 'Real');
    await symlink(join(root, 'secret.txt'), join(root, 'help', 'leak.md'));
    await symlink('real.md', join(root, 'help', 'alias.md'));

    const collected = await collectArticleFiles(['help/leak.md', 'help/alias.md'], root);

    assert.deepEqual(
      collected.files.map((file) => file.sourcePath),
      ['help/alias.md'],
    );
    assert.deepEqual(
      collected.refused.map((skipped) => skipped.sourcePath),
      ['help/leak.md'],
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('a folder given through a link is walked where it really is, and its own links are judged against that place', async () => {
  const root = await mkdtemp(join(tmpdir(), 'baton-collect-linked-root-'));
  try {
    await mkdir(join(root, 'real-help'), { recursive: true });
    await writeFile(join(root, 'real-help', 'a.md'), 'A');
    await writeFile(join(root, 'outside.md'), 'Outside');
    await symlink(join(root, 'real-help'), join(root, 'help'));
    await symlink(join(root, 'outside.md'), join(root, 'real-help', 'b.md'));

    const collected = await collectArticleFiles(['help'], root);

    assert.deepEqual(
      collected.files.map((file) => file.sourcePath),
      ['help/a.md'],
    );
    assert.deepEqual(
      collected.refused.map((skipped) => skipped.sourcePath),
      ['help/b.md'],
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
