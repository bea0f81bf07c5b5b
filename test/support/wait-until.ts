/**
 * Re-checks a condition until it holds, for state that lives in another process
 * (a worker, a server) and announces nothing. Fails with `what` after the deadline.
 */
export async function waitUntil<T>(check: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolveTick) => setTimeout(resolveTick, 100));
  }
}
