import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { refreshFindings } from '../compliance/compliance.service';
import type { Db, UnitOfWork } from '../db/unit-of-work';
import { SearchRepository } from '../search/search.repository';
import { enqueueDocuments } from '../search/search.service';
import { ImportService } from '../import/import.service';
import type { SourceRef } from '../law/law.model';
import { missingDocuments } from '../law/source-documents';
import { foldText } from '../shared/fold';
import { projectRoot } from '../shared/project-root';
import type { CitationAliasesSeed, CourtSeed, InstrumentSeed, SuccessionSeed } from './seed.format';
import { SeedRepository } from './seed.repository';

export interface SeedReport {
  law: 'applied' | 'unchanged';
  courts: 'applied' | 'unchanged';
  decisions: 'applied' | 'unchanged';
}

const DECISION_FILES = ['reported.json', 'synthetic.json'];

const readSeed = (...path: string[]) => readFileSync(join(projectRoot(), 'seeds', ...path), 'utf8');
const checksum = (...contents: string[]) => {
  const hash = createHash('sha256');
  for (const c of contents) hash.update(c).update('\0');
  return hash.digest('hex');
};

/**
 * Loads `seeds/`: the law, the courts, then the decisions (through the importer, so seeds obey the same rules as
 * any import). Each part is applied in its own transaction and only when its files changed since the last run.
 */
export async function loadSeeds(uow: UnitOfWork): Promise<SeedReport> {
  const instruments = readSeed('law', 'instruments.json');
  const aliases = readSeed('law', 'citation-aliases.json');
  const successions = readSeed('law', 'successions.json');
  const courts = readSeed('courts.json');
  const decisionFiles = DECISION_FILES.map((f) => readSeed('decisions', f));
  return {
    // A change of the law changes findings and search documents: both follow in the same transaction.
    law: await applyOnce(uow, 'law', checksum(instruments, aliases, successions), async (repo, tx) => {
      await loadLaw(repo, JSON.parse(instruments), JSON.parse(aliases), JSON.parse(successions));
      await refreshFindings(tx, 'all');
      await enqueueDocuments(tx, await new SearchRepository(tx).allDocumentIds());
    }),
    courts: await applyOnce(uow, 'courts', checksum(courts), (repo) => loadCourts(repo, JSON.parse(courts))),
    decisions: await applyDecisions(uow, decisionFiles),
  };
}

async function applyOnce(
  uow: UnitOfWork,
  name: string,
  sum: string,
  load: (repo: SeedRepository, tx: Db) => Promise<void>,
): Promise<'applied' | 'unchanged'> {
  if ((await new SeedRepository(uow.db).checksumOf(name)) === sum) return 'unchanged';
  await uow.transaction(async (tx) => {
    const repo = new SeedRepository(tx);
    await load(repo, tx);
    await repo.recordRun(name, sum);
  });
  return 'applied';
}

async function applyDecisions(uow: UnitOfWork, files: string[]): Promise<'applied' | 'unchanged'> {
  const sum = checksum(...files);
  const seeds = new SeedRepository(uow.db);
  if ((await seeds.checksumOf('decisions')) === sum) return 'unchanged';
  const importer = new ImportService(uow);
  for (const content of files) await importer.importFile(content, 'json');
  await seeds.recordRun('decisions', sum);
  return 'applied';
}

/** Every source the law seeds give: of dates, texts, penalties and mitigation rules. */
export const sourcesOf = (instruments: InstrumentSeed[]): SourceRef[] =>
  instruments.flatMap((i) => [
    i.datesSource,
    ...i.mitigationRules.map((r) => r.source),
    ...i.provisions.flatMap((p) =>
      p.versions.flatMap((v) => [
        v.source,
        v.validFromBoundary.source,
        ...(v.validToBoundary ? [v.validToBoundary.source] : []),
        ...v.penalties.flatMap((x) => [x.source, ...(x.furtherSources ?? [])]),
      ]),
    ),
  ]);

/** Every version says how sure its days are: one boundary for its start, one for its end when it has one. */
function boundaryProblems(instruments: InstrumentSeed[]): string[] {
  return instruments.flatMap((i) =>
    i.provisions.flatMap((p) =>
      p.versions
        .filter((v) => !v.validFromBoundary || (v.validTo === null) !== (v.validToBoundary === null))
        .map((v) => `${i.id} ${p.number} from ${v.validFrom}`),
    ),
  );
}

async function loadLaw(
  repo: SeedRepository,
  instruments: InstrumentSeed[],
  aliases: CitationAliasesSeed,
  successions: SuccessionSeed[],
): Promise<void> {
  const unbounded = boundaryProblems(instruments);
  if (unbounded.length) {
    throw new Error(
      `seeds/law/instruments.json: every version needs validFromBoundary, and validToBoundary exactly when it has ` +
        `a validTo (how sure its days are); not so for ${unbounded.join(', ')}.`,
    );
  }
  const missing = missingDocuments(sourcesOf(instruments));
  if (missing.length) {
    throw new Error(
      `seeds/law/instruments.json cites ${missing.join(', ')}, not held in seeds/sources/: every source must be one ` +
        'a user can open (a URL, or a document held with the project).',
    );
  }
  for (const instrument of instruments) {
    const names = aliases[instrument.id];
    if (!names?.length) throw new Error(`seeds/law/citation-aliases.json has no names for ${instrument.id}.`);
    // The first alias is the instrument's short name in citations ("PCCK", "CCK").
    await repo.upsertInstrument(instrument, names[0], names.slice(1));
    const byDepth = [...instrument.provisions].sort(
      (a, b) => a.number.split('.').length - b.number.split('.').length,
    );
    for (const provision of byDepth) {
      const provisionId = await repo.upsertProvision(instrument.id, provision);
      for (const version of provision.versions) {
        const versionId = await repo.upsertVersion(provisionId, version);
        for (const penalty of version.penalties) await repo.upsertPenalty(versionId, penalty);
      }
    }
    for (const rule of instrument.mitigationRules) await repo.upsertMitigationRule(instrument.id, rule);
  }
  for (const succession of successions) await repo.upsertSuccession(succession);
}

async function loadCourts(repo: SeedRepository, courts: CourtSeed[]): Promise<void> {
  const owner = new Map<string, string>();
  for (const court of courts) {
    const courtId = await repo.upsertCourt(court);
    const names = [court.names.en, court.names.sq, court.names.sr, court.code, ...court.aliases];
    for (const alias of names) {
      const folded = foldText(alias);
      const previous = owner.get(folded);
      if (previous && previous !== court.code) {
        throw new Error(
          `Court alias "${alias}" names both ${previous} and ${court.code} in seeds/courts.json.`,
        );
      }
      if (previous) continue;
      owner.set(folded, court.code);
      await repo.upsertCourtAlias(courtId, alias, folded);
    }
  }
  for (const court of courts) await repo.setCourtSuccessor(court.code, court.successor);
}
