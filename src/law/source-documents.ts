import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../shared/project-root';
import type { SourceRef } from './law.model';

/**
 * Documents a figure's source may name instead of a URL (reports and articles held with the project, in
 * `seeds/sources/`): served at `/sources/<file>` so every source is one a user can open.
 */
export const SOURCE_DOCUMENTS_PATH = '/sources';

export const sourceDocumentsDir = (): string => join(projectRoot(), 'seeds', 'sources');

export const heldDocuments = (): string[] =>
  readdirSync(sourceDocumentsDir()).filter((f) => f.endsWith('.txt'));

/** The path on this service where a held document can be read. */
export const documentUrl = (document: string): string =>
  `${SOURCE_DOCUMENTS_PATH}/${encodeURIComponent(document)}`;

/** The documents that sources name but the project does not hold (a seed must name none). */
export function missingDocuments(sources: SourceRef[], held: string[] = heldDocuments()): string[] {
  const named = sources.map((s) => s.document).filter((d): d is string => d !== null);
  return [...new Set(named.filter((d) => !held.includes(d)))];
}
