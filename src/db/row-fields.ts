/**
 * A table's written columns described once, as [field, column, type]: the values in that order, the COPY columns, the
 * SELECT list that reads them back under their field names, and the SET list of an UPDATE are all made from it. Pure
 * (the import's worker thread uses it).
 */
import type { CopyTarget, CopyType, CopyValue } from './copy-rows';

export type RowFields<T> = readonly (readonly [field: keyof T & string, column: string, type: CopyType])[];

/** The columns as a COPY target lists them. */
export const copyColumnsOf = <T>(fields: RowFields<T>): CopyTarget['columns'] =>
  fields.map(([, column, type]) => [column, type] as const);

/** A row's values in the fields' order. */
export const valuesOf = <T>(fields: RowFields<T>, row: T): CopyValue[] =>
  fields.map(([field]) => row[field] as CopyValue);

/** The column names, comma-separated (an INSERT's column list). */
export const columnListOf = <T>(fields: RowFields<T>): string =>
  fields.map(([, column]) => column).join(', ');

/** `$first, $first+1, …`: an INSERT's placeholders for the fields. */
export const placeholdersOf = <T>(fields: RowFields<T>, first: number): string =>
  fields.map((_, i) => `$${first + i}`).join(', ');

/** `column = $first, …`: an UPDATE's SET list for the fields. */
export const assignmentsOf = <T>(fields: RowFields<T>, first: number): string =>
  fields.map(([, column], i) => `${column} = $${first + i}`).join(', ');

/** The SELECT list that reads the columns back as the fields: days as ISO text, numeric as numbers. */
export const selectListOf = <T>(fields: RowFields<T>): string =>
  fields
    .map(([field, column, type]) => {
      const read =
        type === 'date'
          ? `to_char(${column}, 'YYYY-MM-DD')`
          : type === 'numeric'
            ? `${column}::float`
            : column;
      return read === field ? read : `${read} AS "${field}"`;
    })
    .join(', ');
