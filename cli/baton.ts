import { CommanderError } from 'commander';
import { redactUrlCredentials } from '../config/redact';
import { SettingsError } from '../config/settings';
import { LocalStackError } from './local-stack/managed-process';
import { CliError } from './cli-error';
import { batonProgram } from './baton-program';

/** Entry point: returns the process exit code (0 ok, 1 an unexpected failure or a command's own 1, 2 bad usage or input). */
export async function main(argv: string[]): Promise<number> {
  const outcome = { exitCode: 0 };
  const program = batonProgram(outcome);
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(argv, { from: 'user' });
    return outcome.exitCode;
  } catch (error) {
    // Help and --version end in a CommanderError of exit code 0; a refusal was already printed with the usage.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof SettingsError || error instanceof LocalStackError || error instanceof CliError) {
      console.error(`baton: ${redactUrlCredentials(error.message)}`);
      return 2;
    }
    // Driver errors may quote a connection URL: never print the credentials in it.
    console.error(`baton: ${redactUrlCredentials((error as Error).stack ?? String(error))}`);
    return 1;
  }
}
