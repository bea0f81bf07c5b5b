/**
 * Reads that many field resolvers of one response ask for (every agent's team list, every agent's
 * count of conversations) gathered into one query per kind. A batch collects the keys asked for until
 * the resolvers of the current step have all run (setImmediate comes after every pending promise
 * job), reads them at once and forgets them: nothing is cached past that, so a long-lived
 * subscription never answers from an old read.
 */
export type Batch<Key, Value> = (key: Key) => Promise<Value>;

export function createBatch<Key, Value>(readMany: (keys: Key[]) => Promise<Map<Key, Value>>, missing: Value): Batch<Key, Value> {
  let pending: Map<Key, { resolve: (value: Value) => void; reject: (error: unknown) => void }[]> | null = null;
  const dispatch = async (batch: NonNullable<typeof pending>) => {
    try {
      const found = await readMany([...batch.keys()]);
      for (const [key, waiters] of batch) waiters.forEach((waiter) => waiter.resolve(found.get(key) ?? missing));
    } catch (error) {
      for (const waiters of batch.values()) waiters.forEach((waiter) => waiter.reject(error));
    }
  };
  return (key) =>
    new Promise<Value>((resolve, reject) => {
      if (!pending) {
        const batch = new Map<Key, { resolve: (value: Value) => void; reject: (error: unknown) => void }[]>();
        pending = batch;
        setImmediate(() => {
          pending = null;
          void dispatch(batch);
        });
      }
      const waiters = pending.get(key) ?? [];
      waiters.push({ resolve, reject });
      pending.set(key, waiters);
    });
}

/** One set of batches per request (or subscription), made on first use. */
export function perRequest<Request extends object, Batches>(make: (request: Request) => Batches): (request: Request) => Batches {
  const made = new WeakMap<Request, Batches>();
  return (request) => {
    let batches = made.get(request);
    if (!batches) {
      batches = make(request);
      made.set(request, batches);
    }
    return batches;
  };
}
