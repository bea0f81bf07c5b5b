/** The floor's only activity: it does nothing, so what the floor measures is Temporal's own round trip. */
export async function noop(payload: string): Promise<string> {
  return payload;
}
