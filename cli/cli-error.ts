/** An error whose message is the whole story for the user: printed without a stack, exit code 2. */
export class CliError extends Error {}

/**
 * Bad input that the command's usage explains (an option's value, a missing option, too few
 * arguments): printed as one sentence followed by the usage, exit code 2.
 */
export class UsageError extends CliError {}
