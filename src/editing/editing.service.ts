import { requireRole } from '../access/access.errors';
import type { Viewer } from '../access/access.model';
import { exactBoundary } from '../law/date-boundary';
import { missingDocuments } from '../law/source-documents';
import { refreshFindings } from '../compliance/compliance.service';
import type { CourtService } from '../courts/court.service';
import type { Db, UnitOfWork } from '../db/unit-of-work';
import { DEFENDANT_LABEL } from '../import/import.rows';
import type { LawService } from '../law/law.service';
import { CIRCUMSTANCES, type PenaltyData, type SourceRef } from '../law/law.model';
import { publicCountNote } from '../privacy/fields';
import { ProtectedNameRepository } from '../privacy/protected-name.repository';
import { Redactor } from '../privacy/redact';
import { decisionDocumentId, provisionDocumentId } from '../search/documents';
import { SearchRepository } from '../search/search.repository';
import { enqueueDocuments } from '../search/search.service';
import { decodeSerialCursor, encodeSerialCursor, isUuid } from '../shared/cursor';

import { checkPageSize, connectionOf } from '../shared/pagination';
import { DomainError, NotFoundError } from '../shared/errors';
import { EditingRepository, type CountRecord, type DecisionRecord } from './editing.repository';
import { DecisionEditingService } from './decision-editing.service';
import { Problems, runWrite } from './editing.write';
import type {
  CountInput,
  DecisionInput,
  PenaltyInput,
  SourceInput,
  ProvisionVersionInput,
} from '../shared/generated/schema-types';

const AUDIT_CURSOR = 'audit';

/** An accepted amount as the database keeps it (two decimals), so the audit log records what was stored. */
const toCents = (value: number | null | undefined) => (value == null ? null : Math.round(value * 100) / 100);
const MAX_MONTHS = 1200;

const toSource = (s: SourceInput): SourceRef => ({
  url: s.url ?? null,
  document: s.document ?? null,
  verification: s.verification,
  note: s.note ?? null,
});

function checkSource(p: Problems, field: string, s: SourceInput) {
  if (s.url && !/^https?:\/\/\S+$/.test(s.url)) p.add(`${field}.url`, 'must be an http(s) URL');
  if (!s.url && !s.document && s.verification !== 'UNVERIFIED') {
    p.add(field, 'a verified figure needs a source: a URL or a document');
  }
  // A source must be one a user can open: a document is one held with the project (served at /sources/<file>).
  if (s.document && missingDocuments([toSource(s)]).length)
    p.add(
      `${field}.document`,
      'is not a document held with the project (seeds/sources/); give a URL instead',
    );
}

/**
 * Editors' writes of defendants, counts and the law (decisions: decision-editing.service.ts). Responsible for the
 * role check, validation, redaction of counts' notes, and atomicity: each write, its audit entry, the findings it
 * affects and its search documents share one transaction.
 */
export class EditingService {
  /** Decisions and their protected names. */
  readonly decisions: DecisionEditingService;

  constructor(
    private readonly uow: UnitOfWork,
    courts: CourtService,
    private readonly law: LawService,
  ) {
    this.decisions = new DecisionEditingService(uow, courts);
  }

  createDecision(viewer: Viewer, input: DecisionInput) {
    return this.decisions.createDecision(viewer, input);
  }

  updateDecision(viewer: Viewer, id: string, input: DecisionInput) {
    return this.decisions.updateDecision(viewer, id, input);
  }

  deleteDecision(viewer: Viewer, id: string) {
    return this.decisions.deleteDecision(viewer, id);
  }

  private async existingDecision(repo: EditingRepository, id: string): Promise<DecisionRecord> {
    const found = isUuid(id) ? await repo.decision(id) : null;
    if (!found) throw new NotFoundError(`No decision ${id}.`);
    return found;
  }

  addDefendant(viewer: Viewer, decisionId: string, label: string) {
    return runWrite(this.uow, viewer, 'EDITOR', async (repo) => {
      await this.existingDecision(repo, decisionId);
      await this.checkLabel(repo, decisionId, label, null);
      const id = await repo.insertDefendant(decisionId, label);
      await repo.touchDecision(decisionId);
      await repo.audit(viewer, {
        action: 'addDefendant',
        entityType: 'Defendant',
        entityId: id,
        before: null,
        after: { decisionId, label },
      });
      return id;
    });
  }

  updateDefendant(viewer: Viewer, id: string, label: string) {
    return runWrite(this.uow, viewer, 'EDITOR', async (repo) => {
      const before = await this.existingDefendant(repo, id);
      await this.checkLabel(repo, before.decisionId, label, id);
      await repo.updateDefendant(id, label);
      await repo.touchDecision(before.decisionId);
      await repo.audit(viewer, {
        action: 'updateDefendant',
        entityType: 'Defendant',
        entityId: id,
        before,
        after: { ...before, label },
      });
      return id;
    });
  }

  deleteDefendant(viewer: Viewer, id: string) {
    return runWrite(this.uow, viewer, 'EDITOR', async (repo, tx) => {
      const before = await this.existingDefendant(repo, id);
      await repo.deleteDefendant(id);
      await repo.touchDecision(before.decisionId);
      await repo.audit(viewer, {
        action: 'deleteDefendant',
        entityType: 'Defendant',
        entityId: id,
        before,
        after: null,
      });
      await refreshFindings(tx, [before.decisionId]);
      await enqueueDocuments(tx, [decisionDocumentId(before.decisionId)]);
      return id;
    });
  }

  private async existingDefendant(repo: EditingRepository, id: string) {
    const found = isUuid(id) ? await repo.defendant(id) : null;
    if (!found) throw new NotFoundError(`No defendant ${id}.`);
    return found;
  }

  private async checkLabel(
    repo: EditingRepository,
    decisionId: string,
    label: string,
    exceptId: string | null,
  ) {
    const p = new Problems();
    if (!DEFENDANT_LABEL.test(label))
      p.add('label', 'must be initials (A.B.) or a code with a digit (D-017), never a name');
    else if (await repo.labelTaken(decisionId, label, exceptId))
      p.add('label', `${label} exists already in this decision`);
    p.throwIfAny();
  }

  addCount(viewer: Viewer, defendantId: string, input: CountInput) {
    return runWrite(this.uow, viewer, 'EDITOR', async (repo, tx) => {
      const defendant = await this.existingDefendant(repo, defendantId);
      const decision = await this.existingDecision(repo, defendant.decisionId);
      const record = await this.countRecord(tx, input, defendant.decisionId, decision.decisionDate);
      const id = await repo.insertCount(defendant.decisionId, defendantId, record);
      await this.afterCountChange(repo, tx, viewer, 'addCount', id, defendant.decisionId, null, record);
      return id;
    });
  }

  updateCount(viewer: Viewer, id: string, input: CountInput) {
    return runWrite(this.uow, viewer, 'EDITOR', async (repo, tx) => {
      const before = await this.existingCount(repo, id);
      const decision = await this.existingDecision(repo, before.decisionId);
      const record = await this.countRecord(tx, input, before.decisionId, decision.decisionDate);
      await repo.updateCount(id, record);
      await this.afterCountChange(repo, tx, viewer, 'updateCount', id, before.decisionId, before, record);
      return id;
    });
  }

  deleteCount(viewer: Viewer, id: string) {
    return runWrite(this.uow, viewer, 'EDITOR', async (repo, tx) => {
      const before = await this.existingCount(repo, id);
      await repo.deleteCount(id);
      await this.afterCountChange(repo, tx, viewer, 'deleteCount', id, before.decisionId, before, null);
      return id;
    });
  }

  private async existingCount(repo: EditingRepository, id: string) {
    const found = isUuid(id) ? await repo.count(id) : null;
    if (!found) throw new NotFoundError(`No count ${id}.`);
    return found;
  }

  /** The count's findings and its decision's search document follow it in the same transaction. */
  private async afterCountChange(
    repo: EditingRepository,
    tx: Db,
    viewer: Viewer,
    action: string,
    id: string,
    decisionId: string,
    before: unknown,
    after: unknown,
  ) {
    await repo.touchDecision(decisionId);
    await repo.audit(viewer, { action, entityType: 'Count', entityId: id, before, after });
    await refreshFindings(tx, [decisionId]);
    await enqueueDocuments(tx, [decisionDocumentId(decisionId)]);
  }

  private async countRecord(
    tx: Db,
    input: CountInput,
    decisionId: string,
    decisionDate: string,
  ): Promise<CountRecord> {
    const p = new Problems();
    const day = input.offenceDate ?? decisionDate;
    if (input.offenceDate && input.offenceDate > decisionDate)
      p.add('offenceDate', `is after the decision date ${decisionDate}`);
    const resolve = async (field: string, citation: string | null | undefined) => {
      if (!citation) return null;
      try {
        return (await this.law.provisionByCitation(citation, day)).entity.id;
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        p.add(field, e.message);
        return null;
      }
    };
    const chargedProvisionId = await resolve('chargedProvision', input.chargedProvision);
    const convictedProvisionId = await resolve('convictedProvision', input.convictedProvision);
    const convicted = input.verdict === 'CONVICTED';
    const sentence = input.imprisonmentMonths != null || input.fineEur != null || input.suspended != null;
    if (!convicted && sentence) p.add('verdict', 'a sentence is given but the verdict is not CONVICTED');
    if (!convicted && input.convictedProvision)
      p.add('convictedProvision', 'is given but the verdict is not CONVICTED');
    if (input.suspended != null && input.imprisonmentMonths == null)
      p.add('suspended', 'is given without imprisonmentMonths');
    for (const [field, value, max] of [
      ['imprisonmentMonths', input.imprisonmentMonths, MAX_MONTHS],
      ['fineEur', input.fineEur, 1e9],
    ] as const) {
      if (
        value != null &&
        (!Number.isFinite(value) ||
          value < 0 ||
          value > max ||
          Math.abs(Math.round(value * 100) - value * 100) > 1e-6)
      ) {
        p.add(field, `must be a number between 0 and ${max} with at most 2 decimals`);
      }
    }
    const circumstances = [...new Set(input.circumstances ?? [])].filter((c) => CIRCUMSTANCES.includes(c));
    p.throwIfAny();
    return {
      offenceDate: input.offenceDate ?? null,
      chargedCitation: input.chargedProvision ?? null,
      chargedProvisionId,
      convictedCitation: input.convictedProvision ?? null,
      convictedProvisionId,
      verdict: input.verdict ?? null,
      imprisonmentMonths: toCents(input.imprisonmentMonths),
      suspended: input.suspended ?? null,
      fineEur: toCents(input.fineEur),
      circumstances,
      mitigationCited: input.mitigationCited ?? null,
      // A note is public: redacted against every name its decision protects.
      note: publicCountNote(
        input.note || null,
        new Redactor(await new ProtectedNameRepository(tx).active(decisionId)),
      ),
    };
  }

  /**
   * A new version of a provision from `validFrom`: the latest version is closed on that day, never rewritten, and
   * every finding is recomputed in the same transaction.
   */
  addProvisionVersion(viewer: Viewer, citation: string, input: ProvisionVersionInput) {
    return runWrite(this.uow, viewer, 'EDITOR', async (repo, tx) => {
      const p = new Problems();
      let provisionId: string | null = null;
      try {
        provisionId = (await this.law.provisionByCitation(citation, input.validFrom)).entity.id;
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        p.add('citation', e.message);
      }
      checkSource(p, 'source', input.source);
      const penalties = input.penalties.map((pen, i) => this.penaltyData(p, `penalties.${i}`, pen));
      const variants = penalties.map((pen) => pen.variant);
      if (new Set(variants).size !== variants.length) p.add('penalties', 'a variant appears twice');
      p.throwIfAny();
      const latest = await repo.latestVersion(provisionId!);
      if (latest && latest.validFrom >= input.validFrom) {
        p.add('validFrom', `must be after ${latest.validFrom}, when the latest version entered into force`);
        p.throwIfAny();
      }
      // The editor's source dates the new version, and so the end of the one it replaces.
      const boundary = exactBoundary(input.validFrom, toSource(input.source));
      if (latest && (latest.validTo === null || latest.validTo > input.validFrom))
        await repo.closeVersion(latest.id, input.validFrom, boundary);
      const versionId = await repo.insertVersion(provisionId!, {
        validFrom: input.validFrom,
        textSq: input.textSq ?? null,
        textSr: input.textSr ?? null,
        textEn: input.textEn ?? null,
        source: toSource(input.source),
        validFromBoundary: boundary,
      });
      for (const pen of penalties) await repo.insertPenalty(versionId, pen);
      await repo.audit(viewer, {
        action: 'addProvisionVersion',
        entityType: 'ProvisionVersion',
        entityId: versionId,
        before: latest,
        after: { provisionId, ...input },
      });
      await refreshFindings(tx, 'all');
      await enqueueDocuments(tx, [
        provisionDocumentId(provisionId!),
        ...(await this.allDecisionDocuments(tx)),
      ]);
      return versionId;
    });
  }

  setPenaltyVerification(viewer: Viewer, penaltyId: string, source: SourceInput) {
    return runWrite(this.uow, viewer, 'EDITOR', async (repo, tx) => {
      const before = isUuid(penaltyId) ? await repo.penaltySource(penaltyId) : null;
      if (!before) throw new NotFoundError(`No penalty ${penaltyId}.`);
      const p = new Problems();
      checkSource(p, 'source', source);
      p.throwIfAny();
      const after = toSource(source);
      await repo.setPenaltySource(penaltyId, after);
      await repo.audit(viewer, {
        action: 'setPenaltyVerification',
        entityType: 'Penalty',
        entityId: penaltyId,
        before,
        after,
      });
      // Confidence and RANGE_UNVERIFIED depend on it.
      await refreshFindings(tx, 'all');
      return penaltyId;
    });
  }

  private penaltyData(p: Problems, field: string, input: PenaltyInput): PenaltyData {
    const circumstances = [...new Set(input.circumstances ?? [])];
    if (!/^[A-Z][A-Z_]*$/.test(input.variant))
      p.add(`${field}.variant`, 'must be upper-case letters and underscores');
    if ((input.variant === 'BASIC') !== (circumstances.length === 0)) {
      p.add(
        `${field}.circumstances`,
        'the BASIC variant has none; every other variant names the circumstances it needs',
      );
    }
    const { imprisonmentMinMonths: min, imprisonmentMaxMonths: max, fineMinEur, fineMaxEur } = input;
    for (const [name, value] of Object.entries({
      imprisonmentMinMonths: min,
      imprisonmentMaxMonths: max,
      fineMinEur,
      fineMaxEur,
    })) {
      if (value != null && (value < 0 || !Number.isFinite(value)))
        p.add(`${field}.${name}`, 'must not be negative');
    }
    if (min != null && max != null && min > max)
      p.add(`${field}.imprisonmentMinMonths`, 'is above the maximum');
    if (fineMinEur != null && fineMaxEur != null && fineMinEur > fineMaxEur)
      p.add(`${field}.fineMinEur`, 'is above the maximum');
    checkSource(p, `${field}.source`, input.source);
    return {
      variant: input.variant,
      circumstances,
      offenceClass: input.offenceClass,
      imprisonmentMinMonths: min ?? null,
      imprisonmentMaxMonths: max ?? null,
      lifeImprisonment: input.lifeImprisonment ?? false,
      fineMinEur: fineMinEur ?? null,
      fineMaxEur: fineMaxEur ?? null,
      fineMode: input.fineMode,
      source: toSource(input.source),
    };
  }

  private async allDecisionDocuments(tx: Db): Promise<string[]> {
    return (await new SearchRepository(tx).allDocumentIds()).filter((id) => id.startsWith('decision-'));
  }

  async auditLog(
    viewer: Viewer,
    filter: { entityType?: string; entityId?: string },
    first: number,
    after: string | null,
  ) {
    requireRole(viewer, 'ADMIN');
    checkPageSize(first, 100);
    const beforeId = after ? decodeSerialCursor(AUDIT_CURSOR, after) : null;
    const rows = await new EditingRepository(this.uow.db).auditPage(filter, first, beforeId);
    return connectionOf(rows, first, (e) => encodeSerialCursor(AUDIT_CURSOR, e.id), beforeId !== null);
  }
}
