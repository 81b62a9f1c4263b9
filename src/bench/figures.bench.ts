/**
 * `comparableSentences` in the bench: the GraphQL answer beside the same aggregate written as one raw SQL statement
 * (percentile_cont in the database), on the bench's synthetic corpus. Not a test: nothing in `npm test` times it.
 */
import type { DataSource } from 'typeorm';

/** The distribution of every trafficking conviction of the corpus (all SYNTHETIC), the whole succession chain. */
const FILTER = '{ provision: "CCK Art. 171", provenance: [SYNTHETIC] }';

const FIGURES = `n total sentenceUnknown suppressed percentiles { p10 p25 p50 p75 p90 }
  histogram { fromMonths toMonths count }
  shares { imprisonment { count of share } suspended { count of share } fineOnly { count of share }
           noPenalty { count of share } belowMinimum { count of share } }
  meanImprisonmentMonths meanSuspendedMonths meanFineOnlyEur undetermined unverified`;

/** The figures alone: one aggregate statement. */
export const COMPARABLE_QUERY = JSON.stringify({
  query: `{ comparableSentences(filter: ${FILTER}) { ${FIGURES} } }`,
});

/** As a judge's page asks it: the figures, the ranges, the number of decisions and the first page of counts. */
export const COMPARABLE_FULL_QUERY = JSON.stringify({
  query: `{ comparableSentences(filter: ${FILTER}) { ${FIGURES} decisions
    ranges { citation variant minMonths maxMonths } findings(first: 20) { totalCount edges { node { id status } } } } }`,
});

/**
 * The same figures in one statement: the kind of each count's sentence and its months served, then every figure as an
 * aggregate over them. `$1`: the provisions of the chain; `$2`: the provenances.
 */
export const COMPARABLE_SQL = `
  SELECT count(*)::int AS total,
         count(served)::int AS n,
         percentile_cont(ARRAY[0.1, 0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY served) AS percentiles,
         ARRAY[count(*) FILTER (WHERE served = 0),
               count(*) FILTER (WHERE served > 0 AND served < 12),
               count(*) FILTER (WHERE served >= 12 AND served < 24),
               count(*) FILTER (WHERE served >= 24 AND served < 36),
               count(*) FILTER (WHERE served >= 36 AND served < 60),
               count(*) FILTER (WHERE served >= 60 AND served < 96),
               count(*) FILTER (WHERE served >= 96 AND served < 144),
               count(*) FILTER (WHERE served >= 144)]::int[] AS histogram,
         count(*) FILTER (WHERE kind = 'IMPRISONMENT')::int AS imprisonment,
         count(*) FILTER (WHERE kind = 'SUSPENDED')::int AS suspended,
         count(*) FILTER (WHERE kind = 'FINE_ONLY')::int AS "fineOnly",
         count(*) FILTER (WHERE kind = 'NO_PENALTY')::int AS "noPenalty",
         count(*) FILTER (WHERE status = 'BELOW_MINIMUM')::int AS "belowMinimum",
         count(*) FILTER (WHERE status <> 'UNDETERMINED')::int AS determined,
         avg(served) FILTER (WHERE kind = 'IMPRISONMENT') AS "meanImprisonmentMonths",
         avg(term) FILTER (WHERE kind = 'SUSPENDED') AS "meanSuspendedMonths",
         avg(fine) FILTER (WHERE kind = 'FINE_ONLY') AS "meanFineOnlyEur",
         count(*) FILTER (WHERE confidence = 'UNVERIFIED')::int AS unverified
    FROM (SELECT CASE WHEN c.suspended IS NULL AND c.imprisonment_months > 0 THEN 'SUSPENSION_UNKNOWN'
                      WHEN f.imposed_months IS NULL THEN 'NO_SENTENCE'
                      WHEN f.imposed_months > 0 THEN 'IMPRISONMENT'
                      WHEN c.suspended THEN 'SUSPENDED'
                      WHEN c.fine_eur > 0 THEN 'FINE_ONLY'
                      ELSE 'NO_PENALTY' END AS kind,
                 CASE WHEN c.suspended IS NULL AND c.imprisonment_months > 0 THEN NULL
                      ELSE f.imposed_months::float8 END AS served,
                 c.imprisonment_months::float8 AS term, c.fine_eur::float8 AS fine, f.status, f.confidence
            FROM finding f
            JOIN criminal_count c ON c.id = f.count_id
            JOIN decision d ON d.id = f.decision_id
           WHERE f.provision_id = ANY($1::uuid[]) AND d.provenance = ANY($2::text[])) x`;

export interface ComparableFigures {
  /** GraphQL p50, the figures alone, after the findings' version moved: computed afresh (one aggregate). */
  comparableFreshMs: number;
  /** The same question asked again: served from the figures the server kept. */
  comparableGraphqlMs: number;
  /** Afresh again, with the ranges, the decisions and a page of counts (four aggregates and a page). */
  comparableFullGraphqlMs: number;
  /** The same figures in raw SQL (percentile_cont in the database), p50. */
  comparableSqlMs: number;
  /** Afresh GraphQL against raw SQL. */
  comparableRatio: number;
  /** Counts the distribution was drawn from. */
  comparableTotal: number;
}

const p50 = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.floor((ms.length - 1) / 2)];

/** Eleven rounds, each kind of request in turn, after one round that warms the caches. */
export async function benchComparableSentences(
  dataSource: DataSource,
  post: (body: string) => Promise<number>,
  timed: <T>(work: () => Promise<T>) => Promise<[T, number]>,
): Promise<ComparableFigures> {
  // The chain of CCK Art. 171: every provision linked to it by succession, at any distance.
  const chain: { id: string }[] = await dataSource.query(
    `WITH RECURSIVE linked(id) AS (
       SELECT id FROM provision WHERE instrument_id = 'ks-law/04-L-082' AND number = '171'
       UNION
       SELECT CASE WHEN s.predecessor_id = l.id THEN s.successor_id ELSE s.predecessor_id END
         FROM provision_succession s JOIN linked l ON l.id IN (s.predecessor_id, s.successor_id))
     SELECT id FROM linked`,
  );
  const params = [chain.map((p) => p.id), ['SYNTHETIC']];
  // As if findings had been written since: the server's kept figures no longer hold.
  const findingsWritten = () => dataSource.query(`UPDATE finding_tally_version SET version = version + 1`);
  const [fresh, kept, full, sql]: number[][] = [[], [], [], []];
  let total = 0;
  for (let i = 0; i < 12; i++) {
    await findingsWritten();
    const f = await post(COMPARABLE_QUERY);
    const k = await post(COMPARABLE_QUERY);
    await findingsWritten();
    const all = await post(COMPARABLE_FULL_QUERY);
    const [[row], s] = await timed(() => dataSource.query(COMPARABLE_SQL, params));
    total = row.total;
    if (i === 0) continue;
    fresh.push(f);
    kept.push(k);
    full.push(all);
    sql.push(s);
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    comparableFreshMs: round(p50(fresh)),
    comparableGraphqlMs: round(p50(kept)),
    comparableFullGraphqlMs: round(p50(full)),
    comparableSqlMs: round(p50(sql)),
    comparableRatio: round(p50(fresh) / p50(sql)),
    comparableTotal: total,
  };
}
