import { requireRole } from '../access/access.errors';
import type { Viewer } from '../access/access.model';
import { refreshFindings } from '../compliance/compliance.service';
import type { CourtService } from '../courts/court.service';
import type { UnitOfWork } from '../db/unit-of-work';
import { LANGUAGES } from '../law/law.model';
import { previewText, previewUrl, publicDecisionTexts, type PreviewText } from '../privacy/fields';
import { ProtectedNameRepository, type ProtectedNameEntry } from '../privacy/protected-name.repository';
import { redactStoredDecisions } from '../privacy/protection.service';
import { Redactor, validateProtectedNames } from '../privacy/redact';
import { decisionDocumentId } from '../search/documents';
import { enqueueDocuments } from '../search/search.service';
import { isUuid } from '../shared/cursor';
import { NotFoundError } from '../shared/errors';
import type { DecisionRecord, EditingRepository } from './editing.repository';
import { MAX_TEXT, Problems, runWrite } from './editing.write';
import type { DecisionInput, RedactionPreviewInput } from '../shared/generated/schema-types';

const MAX_REASON = 500;

/**
 * Editors' writes of decisions and of their protected names. Responsible for the role checks, validation, and for
 * protection never being lost by omission: a decision's names are only ever added to by its writes; removing one is
 * an admin's explicit act with a reason, kept in the name's history and in the audit log (which records how many
 * names a decision protects, never the names). Every public field is redacted against all the names the decision
 * protects before it is stored.
 */
export class DecisionEditingService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly courts: CourtService,
  ) {}

  /** Checks the input; the record as it will be stored is made once the names are known (`redactedRecord`). */
  private async checkDecision(input: DecisionInput, p: Problems) {
    const court = await this.courts.find(input.court);
    if (!court) p.add('court', `"${input.court}" is not a known court name or alias`);
    const caseNumber = input.caseNumber.trim();
    if (!caseNumber) p.add('caseNumber', 'is required');
    if (input.finalOn && input.finalOn < input.date) p.add('finalOn', 'is before the decision date');
    if (input.finalOn && input.final === false) p.add('finalOn', 'is given for a decision that is not final');
    if (input.language != null && !(LANGUAGES as readonly string[]).includes(input.language)) {
      p.add('language', 'must be sq, sr or en');
    }
    if (input.sourceUrl && !/^https?:\/\/\S+$/.test(input.sourceUrl))
      p.add('sourceUrl', 'must be an http(s) URL');
    for (const field of ['summary', 'text'] as const) {
      if ((input[field]?.length ?? 0) > MAX_TEXT) p.add(field, `is longer than ${MAX_TEXT} characters`);
    }
    const names = validateProtectedNames(input.protectedNames ?? []);
    if (!names.ok) p.add('protectedNames', names.reason);
    return { courtId: court?.id ?? '', caseNumber, newNames: names.ok ? names.names : [] };
  }

  /** The record as stored: every public field redacted against `names` (protected names never reach the database). */
  private redactedRecord(input: DecisionInput, courtId: string, caseNumber: string, names: string[]) {
    const texts = publicDecisionTexts(
      {
        summary: input.summary || null,
        text: input.text || null,
        sourceNote: input.sourceNote || null,
        presidingJudge: input.presidingJudge ?? null,
        sourceUrl: input.sourceUrl || null,
      },
      new Redactor(names),
    );
    const record: DecisionRecord = {
      courtId,
      caseNumber,
      decisionDate: input.date,
      decisionDatePrecision: input.datePrecision ?? 'DAY',
      decisionType: input.decisionType,
      isFinal: input.final ?? null,
      finalOn: input.finalOn ?? null,
      language: input.language ?? null,
      presidingJudge: texts.presidingJudge,
      summary: texts.summary,
      redactedText: texts.text,
      sourceUrl: texts.sourceUrl,
      sourceUrlWithheld: texts.sourceUrlWithheld,
      sourceNote: texts.sourceNote,
      provenance: input.provenance,
    };
    return record;
  }

  createDecision(viewer: Viewer, input: DecisionInput) {
    return runWrite(this.uow, viewer, 'EDITOR', async (repo, tx) => {
      const p = new Problems();
      const { courtId, caseNumber, newNames } = await this.checkDecision(input, p);
      p.throwIfAny();
      if (await repo.caseNumberTaken(courtId, caseNumber, null)) {
        p.add('caseNumber', `${caseNumber} exists already in that court`);
        p.throwIfAny();
      }
      const record = this.redactedRecord(input, courtId, caseNumber, newNames);
      const id = await repo.insertDecision(record);
      await new ProtectedNameRepository(tx).add(id, newNames);
      await repo.audit(viewer, {
        action: 'createDecision',
        entityType: 'Decision',
        entityId: id,
        before: null,
        after: { ...record, protectedNames: newNames.length },
      });
      await enqueueDocuments(tx, [decisionDocumentId(id)]);
      return id;
    });
  }

  /**
   * Replaces a decision's fields. Its protected names are those it had plus any given: every public field, its
   * counts' notes included, is redacted against all of them.
   */
  updateDecision(viewer: Viewer, id: string, input: DecisionInput) {
    return runWrite(this.uow, viewer, 'EDITOR', async (repo, tx) => {
      const before = await this.existingDecision(repo, id);
      const p = new Problems();
      const { courtId, caseNumber, newNames } = await this.checkDecision(input, p);
      const latestOffence = await repo.latestOffenceDate(id);
      if (latestOffence && latestOffence > input.date)
        p.add('date', `is before the offence date ${latestOffence} of a count`);
      p.throwIfAny();
      if (await repo.caseNumberTaken(courtId, caseNumber, id)) {
        p.add('caseNumber', `${caseNumber} exists already in that court`);
        p.throwIfAny();
      }
      const names = new ProtectedNameRepository(tx);
      const namesBefore = (await names.active(id)).length;
      const added = await names.add(id, newNames);
      const allNames = await names.active(id);
      const record = this.redactedRecord(input, courtId, caseNumber, allNames);
      await repo.updateDecision(id, record);
      if (added.length > 0) await redactStoredDecisions(tx, [id]);
      await repo.audit(viewer, {
        action: 'updateDecision',
        entityType: 'Decision',
        entityId: id,
        before: { ...before, protectedNames: namesBefore },
        after: { ...record, protectedNames: allNames.length },
      });
      await refreshFindings(tx, [id]);
      await enqueueDocuments(tx, [decisionDocumentId(id)]);
      return id;
    });
  }

  deleteDecision(viewer: Viewer, id: string) {
    return runWrite(this.uow, viewer, 'EDITOR', async (repo, tx) => {
      const before = await this.existingDecision(repo, id);
      const reviewed = await repo.decisionsReviewedBy(id);
      await repo.deleteDecision(id);
      // Their finality was bounded by this review: their findings are worked out again without it.
      if (reviewed.length) await refreshFindings(tx, reviewed);
      await repo.audit(viewer, {
        action: 'deleteDecision',
        entityType: 'Decision',
        entityId: id,
        before,
        after: null,
      });
      await enqueueDocuments(tx, [decisionDocumentId(id)]);
      return id;
    });
  }

  /**
   * Ends the protection of one of a decision's names: an admin's act, with a reason. The name stays in the
   * decision's history (who removed it, when, why); texts redacted before stay as they are, and later writes are
   * no longer redacted against it. The audit log records the count of names and the reason, redacted.
   */
  removeProtectedName(viewer: Viewer, decisionId: string, name: string, reason: string) {
    return runWrite(this.uow, viewer, 'ADMIN', async (repo, tx) => {
      await this.existingDecision(repo, decisionId);
      const p = new Problems();
      const why = reason.trim();
      if (!why) p.add('reason', 'is required: say why the name no longer needs protection');
      else if (why.length > MAX_REASON) p.add('reason', `is longer than ${MAX_REASON} characters`);
      p.throwIfAny();
      const names = new ProtectedNameRepository(tx);
      const before = await names.active(decisionId);
      const safeReason = new Redactor(before).redact(why);
      if (!(await names.remove(decisionId, name, viewer.name, safeReason))) {
        p.add('name', 'is not a name this decision protects now');
        p.throwIfAny();
      }
      await repo.audit(viewer, {
        action: 'removeProtectedName',
        entityType: 'Decision',
        entityId: decisionId,
        before: { protectedNames: before.length },
        after: { protectedNames: before.length - 1, reason: safeReason },
      });
      return decisionId;
    });
  }

  /**
   * What the public would see of these fields, each redaction marked, against the names given and, for an existing
   * decision, the names it protects. Nothing is stored.
   */
  async previewRedaction(viewer: Viewer, decisionId: string | null, input: RedactionPreviewInput) {
    requireRole(viewer, 'EDITOR');
    const checked = validateProtectedNames(input.protectedNames ?? []);
    if (!checked.ok) return { ok: false as const, message: checked.reason };
    let names = checked.names;
    if (decisionId !== null) {
      if (!isUuid(decisionId)) throw new NotFoundError(`No decision ${decisionId}.`);
      const stored = await new ProtectedNameRepository(this.uow.db).active(decisionId);
      const all = validateProtectedNames([...stored, ...names]);
      names = all.ok ? all.names : stored;
    }
    const redactor = new Redactor(names);
    const text = (t: string | null | undefined): PreviewText | null => (t ? previewText(t, redactor) : null);
    const fields = {
      summary: text(input.summary),
      text: text(input.text),
      sourceNote: text(input.sourceNote),
      presidingJudge: text(input.presidingJudge),
      sourceUrl: input.sourceUrl ? previewUrl(input.sourceUrl, redactor) : null,
      countNotes: (input.countNotes ?? []).map((n) => previewText(n, redactor)),
    };
    const all = [
      fields.summary,
      fields.text,
      fields.sourceNote,
      fields.presidingJudge,
      fields.sourceUrl,
      ...fields.countNotes,
    ];
    const redactions = all.reduce((n, f) => n + (f?.segments.filter((s) => s.redacted).length ?? 0), 0);
    return { ok: true as const, preview: { protectedNames: names, ...fields, redactions } };
  }

  async protectedNames(viewer: Viewer, decisionId: string): Promise<string[]> {
    requireRole(viewer, 'EDITOR');
    return new ProtectedNameRepository(this.uow.db).active(decisionId);
  }

  async protectedNameHistory(viewer: Viewer, decisionId: string): Promise<ProtectedNameEntry[]> {
    requireRole(viewer, 'EDITOR');
    return new ProtectedNameRepository(this.uow.db).history(decisionId);
  }

  private async existingDecision(repo: EditingRepository, id: string): Promise<DecisionRecord> {
    const found = isUuid(id) ? await repo.decision(id) : null;
    if (!found) throw new NotFoundError(`No decision ${id}.`);
    return found;
  }
}
