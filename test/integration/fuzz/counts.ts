/**
 * The run's counts, printed at its end: operations by kind, key, status and error code; writes by outcome (and the
 * audit rows they left); CSV files imported or rejected; and the known bugs reproduced, each with its first
 * example. The test owns one `Stats` and passes it to whatever counts.
 */
import type { Exchange } from './send';

export type Stats = ReturnType<typeof newStats>;

export const newStats = () => ({
  operations: 0,
  graphql: 0,
  raw: 0,
  resent: 0,
  byAuth: {} as Record<string, number>,
  byStatus: {} as Record<string, number>,
  byCode: {} as Record<string, number>,
  writes: { ok: 0, refused: 0, errored: 0, undetermined: 0, audited: 0 },
  csv: { files: 0, accepted: 0, rejected: 0, rows: 0, resent: 0 },
  /** Known bugs by id: how often a failure was theirs, and the first such failure. */
  knownBugs: new Map<string, { count: number; example: string }>(),
});

const bump = (m: Record<string, number>, k: string, n = 1) => (m[k] = (m[k] ?? 0) + n);

export function tally(stats: Stats, x: Exchange) {
  stats.operations++;
  stats[x.op.kind === 'raw' ? 'raw' : 'graphql']++;
  bump(stats.byAuth, x.op.auth);
  bump(stats.byStatus, x.outcome.failure !== null ? 'no answer' : `${Math.floor(x.outcome.status / 100)}xx`);
  const body = x.outcome.json;
  for (const e of Array.isArray(body?.errors) ? body.errors : [])
    bump(stats.byCode, String(e?.extensions?.code));
  if (x.op.kind !== 'graphql' || x.op.type !== 'mutation' || !x.rendered) return;
  const roots = x.rendered.roots;
  const data = body?.data;
  if (data && typeof data === 'object') {
    for (const k of roots) {
      const ok = data[k]?.ok;
      if (ok === true) stats.writes.ok++;
      else if (ok === false) stats.writes.refused++;
      else stats.writes.errored++;
    }
  } else if (data === null) {
    // A write that failed nulls the whole answer: the writes before it ran, but their `ok` is lost.
    const failed = (body.errors ?? [])
      .map((e: any) => roots.indexOf(e?.path?.[0]))
      .filter((i: number) => i >= 0);
    const first = failed.length ? Math.min(...failed) : 0;
    stats.writes.undetermined += first;
    stats.writes.errored += roots.length - first;
  } else stats.writes.errored += roots.length;
}

export function recordKnownBug(stats: Stats, id: string, example: string) {
  const hit = stats.knownBugs.get(id) ?? { count: 0, example };
  hit.count++;
  stats.knownBugs.set(id, hit);
}

/** The counts as the run prints them. */
export function summary(stats: Stats, seed: number, seconds: number): string {
  const line = (m: Record<string, number>) =>
    Object.entries(m)
      .sort(([, a], [, b]) => b - a)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  return [
    `Fuzz run, seed ${seed} (FUZZ_SEED=${seed} replays it), ${seconds.toFixed(1)} s`,
    `  HTTP operations sent: ${stats.operations} (GraphQL ${stats.graphql}, raw ${stats.raw}; ` +
      `${stats.resent} of them sent again without a known bug's trigger)`,
    `  by key: ${line(stats.byAuth)}`,
    `  by status: ${line(stats.byStatus)}`,
    `  GraphQL error codes: ${line(stats.byCode)}`,
    `  writes: ok ${stats.writes.ok}, refused (ok: false) ${stats.writes.refused}, ` +
      `failed with an error ${stats.writes.errored}, outcome lost to a later error ${stats.writes.undetermined}; ` +
      `audit rows written by the fuzz key ${stats.writes.audited}`,
    `  CSV files: ${stats.csv.files} (${stats.csv.rows} rows); imports accepted ${stats.csv.accepted}, ` +
      `rejected ${stats.csv.rejected} (${stats.csv.resent} files imported again without a known bug's trigger)`,
    `  known bugs reproduced: ${[...stats.knownBugs].map(([id, h]) => `${id} ${h.count}`).join(', ') || 'none'}`,
  ].join('\n');
}
