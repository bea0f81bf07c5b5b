/** A local server could not be started or stopped; its message says what to do. */
export class LocalStackError extends Error {}
