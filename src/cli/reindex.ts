import { Presets, SingleBar } from 'cli-progress';
import { openDatabase } from '../app/database';
import { searchEngines } from '../app/app';
import { reindex } from '../search/reindex';

/** `npm run reindex`: rebuilds every search index this deployment keeps from the database. */
async function main() {
  const database = await openDatabase();
  try {
    for (const [target, engine] of searchEngines(database.dataSource).byTarget) {
      const bar = process.stdout.isTTY
        ? new SingleBar({ format: `${target} {bar} {value}/{total} documents` }, Presets.shades_classic)
        : null;
      const result = await reindex(database.dataSource, engine, (done, total) => {
        if (!bar?.isActive) bar?.start(total, 0);
        bar?.update(done);
      });
      bar?.stop();
      const how = result.mode.swapped
        ? 'built into a new index and swapped in'
        : `rebuilt in place, ${result.mode.removed} stale removed`;
      process.stdout.write(`${target}: ${result.indexed} documents indexed, ${how}.\n`);
      for (const { id, reason } of result.rejected)
        process.stdout.write(`${target}: refused ${id}: ${reason}\n`);
    }
  } finally {
    await database.close();
  }
}

main().catch((e) => {
  process.stderr.write(`Reindex failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
