import { parseArgs } from 'node:util';
import { ApiKeyService } from '../access/api-key.service';
import { openDatabase } from '../app/database';
import { runCli } from './run';
import { unitOfWork } from '../db/unit-of-work';

const USAGE = `Usage:
  npm run apikey -- create --role monitor|editor|admin --name NAME
  npm run apikey -- revoke --name NAME
  npm run apikey -- list`;

/** `npm run apikey`: keys are created and revoked here, by whoever runs the service; the key is shown once. */
async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: 'string' }, name: { type: 'string' } },
  });
  const [command] = positionals;
  if (!['create', 'revoke', 'list'].includes(command) || (command !== 'list' && !values.name)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const database = await openDatabase();
  try {
    const keys = new ApiKeyService(unitOfWork(database.dataSource));
    if (command === 'create') {
      const { key, row } = await keys.create(values.name!, values.role ?? '');
      process.stdout.write(
        `Created ${row.role} key "${row.name}". It is shown once; store it now:\n${key}\n`,
      );
    } else if (command === 'revoke') {
      const revoked = await keys.revoke(values.name!);
      process.stdout.write(
        revoked ? `Revoked "${values.name}".\n` : `No active key named "${values.name}".\n`,
      );
      return revoked ? 0 : 1;
    } else {
      for (const k of await keys.list()) {
        process.stdout.write(
          `${k.name}\t${k.role}\t${k.keyPrefix}…\t${k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active'}\n`,
        );
      }
    }
    return 0;
  } finally {
    await database.close();
  }
}

runCli('apikey', () => main(process.argv.slice(2)));
