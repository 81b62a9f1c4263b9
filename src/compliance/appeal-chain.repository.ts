import type { AppealOutcome, DecisionLinkKind, DecisionType, Verdict } from '../cases/case.model';
import type { Db } from '../db/unit-of-work';

export interface ChainRows {
  decisions: { id: string; caseNumber: string; court: string; date: string; type: DecisionType }[];
  links: {
    decisionId: string;
    lowerDecisionId: string;
    outcome: AppealOutcome | null;
    kind: DecisionLinkKind;
  }[];
  counts: {
    id: string;
    decisionId: string;
    defendant: string;
    provisionId: string | null;
    citation: string | null;
    verdict: Verdict | null;
  }[];
}

/** Reads a case's chain of decisions: every decision linked to the given ones, at any distance. */
export class AppealChainRepository {
  constructor(private readonly db: Db) {}

  async componentsOf(decisionIds: readonly string[]): Promise<ChainRows> {
    const [{ chain }]: { chain: ChainRows }[] = await this.db.query(
      `WITH RECURSIVE component(id) AS (
         SELECT unnest($1::uuid[])
         UNION
         SELECT n.other
           FROM component c
           JOIN (SELECT decision_id AS id, lower_decision_id AS other FROM decision_link
                 UNION ALL
                 SELECT lower_decision_id, decision_id FROM decision_link) n ON n.id = c.id)
       SELECT json_build_object(
         'decisions', (SELECT coalesce(json_agg(json_build_object(
                          'id', d.id, 'caseNumber', d.case_number, 'court', ct.name_en,
                          'date', to_char(d.decision_date, 'YYYY-MM-DD'), 'type', d.decision_type)), '[]')
                         FROM decision d JOIN court ct ON ct.id = d.court_id
                        WHERE d.id IN (SELECT id FROM component)),
         'links', (SELECT coalesce(json_agg(json_build_object(
                      'decisionId', l.decision_id, 'lowerDecisionId', l.lower_decision_id,
                      'outcome', l.outcome, 'kind', l.kind)), '[]')
                     FROM decision_link l WHERE l.decision_id IN (SELECT id FROM component)),
         'counts', (SELECT coalesce(json_agg(json_build_object(
                       'id', c.id, 'decisionId', c.decision_id, 'defendant', df.label,
                       'provisionId', coalesce(c.convicted_provision_id, c.charged_provision_id),
                       'citation', coalesce(c.convicted_citation, c.charged_citation),
                       'verdict', c.verdict) ORDER BY c.seq), '[]')
                      FROM criminal_count c JOIN defendant df ON df.id = c.defendant_id
                     WHERE c.decision_id IN (SELECT id FROM component))
       ) AS chain`,
      [decisionIds],
    );
    return chain;
  }
}
