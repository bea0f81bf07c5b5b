import { Command, CommanderError, Help, type OptionValues } from 'commander';
import { UsageError } from './cli-error';

/** What a command's action hands back to `main`: the exit code it finished with. */
export type CommandOutcome = { exitCode: number };

/** An exit code and what it means for this command, as `--help` lists it. */
export type ExitCode = readonly [code: number, meaning: string];

export type CommandSpec = {
  /** One line for the list of commands in `baton --help`. */
  summary: string;
  /** The command's own `--help`: what it does, at more length (default: the summary). */
  description?: string;
  /** The synopsis after the command's name, e.g. `<conversationId> [--json]` (default: commander's). */
  usage?: string;
  exitCodes: readonly ExitCode[];
};

/**
 * A `baton` command with the conventions every command shares: `--help` lists its options and its
 * exit codes; a bad option or argument prints one sentence and the usage, exit code 2; nothing
 * calls `process.exit` (commander's exits become errors that `main` turns into the exit code).
 */
export function defineCommand(name: string, spec: CommandSpec): Command {
  const command = new Command(name)
    .summary(spec.summary)
    .description(spec.description ?? spec.summary)
    .exitOverride()
    // A suggestion would be a second sentence between the refusal and the usage.
    .showSuggestionAfterError(false)
    .configureHelp({ formatHelp: (cmd, helper) => `${Help.prototype.formatHelp.call(helper, cmd, helper)}${exitCodesHelp(spec.exitCodes)}` })
    .configureOutput({ outputError: (message, write) => write(`baton: ${commandLineSentence(message, fullName(command))}\n${usageOf(command)}`) });
  if (spec.usage) command.usage(spec.usage);
  return command;
}

/**
 * The command's action. `run` loads the implementation (imported here, not at the top of the
 * definition, so a command loads only what it runs) and returns the exit code; a `UsageError` it
 * throws is printed with the usage, like a bad option.
 */
export function runs(command: Command, outcome: CommandOutcome, run: (command: Command) => Promise<number>): Command {
  return command.action(async () => {
    try {
      outcome.exitCode = await run(command);
    } catch (error) {
      if (error instanceof UsageError) command.error(error.message, { exitCode: 2, code: 'baton.usage' });
      throw error;
    }
  });
}

/** An option given several times (`--origin A --origin B`): its values in order. */
export const repeatable = (value: string, previous: string[] = []) => [...previous, value];

/** The command's help as shown after a refusal: the synopsis first, with no "Usage:" title. */
export const usageOf = (command: Command) => command.helpInformation().replace(/^Usage: /, '');

export type ParsedCommandLine = { operands: string[]; options: OptionValues } | 'help';

/**
 * Parses `args` against `command` on its own, for code that runs a command in this process as the
 * CLI would (the caller prints the help). A refusal is a `UsageError` with commander's sentence.
 */
export function parseCommandLine(command: Command, args: string[]): ParsedCommandLine {
  let parsed = 'help' as ParsedCommandLine;
  command
    .exitOverride()
    .configureOutput({ writeOut: () => undefined, writeErr: () => undefined, outputError: () => undefined })
    .action(() => {
      parsed = { operands: command.args, options: command.opts() };
    });
  try {
    command.parse(args, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError && error.exitCode === 0) return 'help';
    if (error instanceof CommanderError) throw new UsageError(commandLineSentence(error.message, command.name()));
    throw error;
  }
  return parsed;
}

/**
 * A refusal as one sentence. Commander's own ("error: unknown option '--nmae'") become "Unknown
 * option '--nmae'.", and its two-sentence "too many arguments" one sentence naming the command;
 * the commands' own are sentences already, and keep their case.
 */
export function commandLineSentence(message: string, commandName: string): string {
  const trimmed = message.trim();
  if (!trimmed.startsWith('error: ')) return /[.?!]$/.test(trimmed) ? trimmed : `${trimmed}.`;
  const excess = /^error: too many arguments(?: for '[^']+')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(trimmed);
  if (excess) return `${commandName} takes ${excess[1] === '0' ? 'no' : excess[1]} argument${excess[1] === '1' ? '' : 's'} (got ${excess[2]}).`;
  const text = trimmed.replace(/^error: /, '');
  const sentence = `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  return /[.?!]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** "workspace create": the command's name under `baton`, as the refusals say it after "baton: ". */
function fullName(command: Command): string {
  return command.parent?.parent ? `${fullName(command.parent)} ${command.name()}` : command.name();
}

function exitCodesHelp(codes: readonly ExitCode[]): string {
  return `\nExit codes:\n${codes.map(([code, meaning]) => `  ${String(code).padEnd(4)}${meaning}`).join('\n')}\n`;
}
