import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { MongoBulkWriteError, MongoClient, type Collection } from 'mongodb';
import { testServers } from '../test/support/test-servers';
import { alreadyStoredIndexes, insertNewDocuments } from './insert-new-documents';

type Doc = { _id: string; text: string };

/** A bulk error as the driver throws it, with these write errors and this many documents inserted. */
function bulkError(writeErrors: { code: number; index: number }[], insertedCount: number): MongoBulkWriteError {
  const error = Object.create(MongoBulkWriteError.prototype) as MongoBulkWriteError;
  Object.defineProperty(error, 'writeErrors', { value: writeErrors });
  Object.defineProperty(error, 'insertedCount', { value: insertedCount });
  return error;
}

describe('inserting documents a retry may have stored already', () => {
  let client: MongoClient;
  let collection: Collection<Doc>;
  before(async () => {
    client = await MongoClient.connect(testServers().mongoUri);
    collection = client.db(`t_insert_${randomUUID().slice(0, 8)}`).collection<Doc>('docs');
  });
  after(async () => {
    await collection.db.dropDatabase();
    await client.close();
  });

  test('a retried insert stores the missing documents and names the ones that were there', async () => {
    await insertNewDocuments(collection, [{ _id: 'a', text: 'first' }]);
    const skipped = await insertNewDocuments(collection, [
      { _id: 'a', text: 'first' },
      { _id: 'b', text: 'second' },
    ]);
    assert.deepEqual(
      skipped.map((doc) => doc._id),
      ['a'],
    );
    assert.deepEqual(
      (await collection.find({}).sort({ _id: 1 }).toArray()).map((doc) => doc._id),
      ['a', 'b'],
    );
  });

  test('a batch that failed without write errors (a connection lost mid-batch) is a failure, not "already stored"', () => {
    // What the driver throws when the server goes away during insertMany: the bulk error, and no write errors.
    assert.equal(alreadyStoredIndexes(bulkError([], 0), 2), null);
    assert.equal(alreadyStoredIndexes(new Error('connection closed'), 2), null);
  });

  test('duplicates that do not account for every document mean some were neither inserted nor there', () => {
    assert.equal(alreadyStoredIndexes(bulkError([{ code: 11000, index: 0 }], 0), 2), null);
    assert.equal(
      alreadyStoredIndexes(
        bulkError(
          [
            { code: 11000, index: 0 },
            { code: 121, index: 1 },
          ],
          0,
        ),
        2,
      ),
      null,
    );
    assert.deepEqual(alreadyStoredIndexes(bulkError([{ code: 11000, index: 0 }], 1), 2), [0]);
  });
});
