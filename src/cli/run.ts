import { describeError, DomainError } from '../shared/errors';

/**
 * Runs a command's main and exits with its code: a DomainError (input the user can fix) prints its message and
 * exits 1; anything else prints "<name> failed: …" and exits 1.
 */
export function runCli(name: string, main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (e) => {
      const message = describeError(e);
      process.stderr.write(e instanceof DomainError ? `${message}\n` : `${name} failed: ${message}\n`);
      process.exit(1);
    },
  );
}
