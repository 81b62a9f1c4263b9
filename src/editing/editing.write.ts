import { requireRole } from '../access/access.errors';
import type { Role, Viewer } from '../access/access.model';
import type { Db, UnitOfWork } from '../db/unit-of-work';
import { EditingRepository } from './editing.repository';

export interface InputError {
  field: string;
  message: string;
}

/** A write's answer: what was written, or why nothing was. */
export type WriteResult<T> =
  { ok: true; value: T } | { ok: false; message: string; inputErrors: InputError[] };

/** Thrown inside a write to abandon its transaction and answer with input errors. */
export class InputRejected extends Error {
  constructor(readonly inputErrors: InputError[]) {
    super('The input was refused; nothing was changed.');
  }
}

/** Collects the problems of one input, field by field. */
export class Problems {
  readonly list: InputError[] = [];
  add(field: string, message: string) {
    this.list.push({ field, message });
  }
  throwIfAny() {
    if (this.list.length) throw new InputRejected(this.list);
  }
}

/** The longest summary or text a decision may have. */
export const MAX_TEXT = 200_000;

/**
 * Runs one write in its own transaction, after the role check: its result, or the input errors that abandoned it
 * (nothing is changed then).
 */
export async function runWrite<T>(
  uow: UnitOfWork,
  viewer: Viewer,
  role: Role,
  work: (repo: EditingRepository, tx: Db) => Promise<T>,
): Promise<WriteResult<T>> {
  requireRole(viewer, role);
  try {
    const value = await uow.transaction((tx) => work(new EditingRepository(tx), tx));
    return { ok: true, value };
  } catch (e) {
    if (e instanceof InputRejected) {
      return {
        ok: false,
        message: 'The input was refused; nothing was changed.',
        inputErrors: e.inputErrors,
      };
    }
    throw e;
  }
}

/** A write's result as the schema shapes it: the id written (resolved to the object by the type), or the error. */
export interface ResultModel {
  ok: boolean;
  error: { message: string; inputErrors: InputError[] } | null;
  id: string | null;
}
export type DecisionResultModel = ResultModel;
export type DefendantResultModel = ResultModel;
export type CountResultModel = ResultModel;
export type VersionResultModel = ResultModel;
export type PenaltyResultModel = ResultModel;
