/**
 * The version of the data a figure was computed from, so that it can be cited with it: the law revision, the findings'
 * version and when they were read. Pure formatting; FiguresRepository.dataVersion reads the numbers.
 */
export interface DataVersion {
  /** Moved by every change to the law tables (law_revision). */
  lawRevision: string;
  /** Moved by every statement that writes findings or appeal links (finding_tally_version). */
  findingsVersion: string;
  /** When the database read them, UTC, to the second (`2026-12-07T10:15:00Z`). */
  readAt: string;
}

/** The version in words: `law revision 97, findings version 1203, read 2026-12-07T10:15:00Z`. */
export const dataVersionText = (v: DataVersion): string =>
  `law revision ${v.lawRevision}, findings version ${v.findingsVersion}, read ${v.readAt}`;

/** One line a monitor can paste under a figure. */
export const dataVersionCitation = (v: DataVersion): string => `Data: ${dataVersionText(v)}`;

/** The `X-Data-Version` header of an HTTP export: the same facts, as ASCII key=value pairs. */
export const dataVersionHeader = (v: DataVersion): string =>
  `law-revision=${v.lawRevision}; findings-version=${v.findingsVersion}; read-at=${v.readAt}`;
