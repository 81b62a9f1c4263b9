import { toSourceRef } from '../db/columns';
import type { Resolvers } from '../graphql/generated/resolvers';
import type { Loaders } from '../graphql/loaders';
import { localized } from '../shared/localized';
import { inForceOn, todayIso } from '../shared/dates';
import type { ProvisionEntity } from './law.entity';
import { citationOf, inForceNote, type ProvisionAt } from './law.service';
import { provisionLabel, provisionSortKey } from './provision-label';
import { documentUrl } from './source-documents';
import { TextLanguage } from '../shared/generated/schema-types';

const TEXT_LANGUAGES = Object.values(TextLanguage);
const LANGUAGE_NAMES: Record<TextLanguage, string> = { SQ: 'Albanian', SR: 'Serbian', EN: 'English' };
const TEXT_COLUMN = { SQ: 'textSq', SR: 'textSr', EN: 'textEn' } as const;

/** The provision's text in force on its day with the texts of its sub-provisions, in order. */
async function textParts(
  { entity, asOf }: ProvisionAt,
  language: TextLanguage,
  loaders: Loaders,
): Promise<string[]> {
  const version = (await loaders.versions.load(entity.id)).find((v) => inForceOn(v, asOf));
  const own = version?.[TEXT_COLUMN[language]] ? [version[TEXT_COLUMN[language]] as string] : [];
  const children = [...(await loaders.children.load(entity.id))].sort(byNumber);
  const nested = await Promise.all(
    children.map((child) => textParts({ entity: child, asOf }, language, loaders)),
  );
  return [...own, ...nested.flat()];
}

const byNumber = (a: ProvisionEntity, b: ProvisionEntity) =>
  provisionSortKey(a.number).localeCompare(provisionSortKey(b.number));

export const lawResolvers: Resolvers = {
  Query: {
    instruments: (_, __, { services }) => services.law.listInstruments(),
    instrument: (_, { id }, { services }) => services.law.instrument(id),
    provision: (_, { citation, asOf }, { services }) =>
      services.law.provisionByCitation(citation, asOf ?? undefined),
    provisions: (_, { filter }, { services }) =>
      services.law.provisions(
        {
          instrumentId: filter?.instrument ?? undefined,
          inForceOn: filter?.inForceOn ?? undefined,
          topLevelOnly: filter?.topLevelOnly ?? undefined,
        },
        filter?.inForceOn ?? undefined,
      ),
  },
  Instrument: {
    title: (i) => localized(i.titleSq, i.titleSr, i.titleEn),
    datesSource: (i) => toSourceRef(i.datesSource),
    provisions: async (i, _, { loaders }) =>
      [...(await loaders.topLevelProvisions.load(i.id))]
        .sort(byNumber)
        .map((entity) => ({ entity, asOf: todayIso() })),
    mitigationRules: (i, _, { loaders }) => loaders.mitigationRules.load(i.id),
  },
  Provision: {
    id: ({ entity }) => entity.id,
    instrument: async ({ entity }, _, { loaders }) => (await loaders.instrument.load(entity.instrumentId))!,
    number: ({ entity }) => entity.number,
    label: async ({ entity }, _, { loaders }) =>
      provisionLabel((await loaders.instrument.load(entity.instrumentId))!.kind, entity.number),
    citation: async ({ entity }, _, { loaders }) =>
      citationOf((await loaders.instrument.load(entity.instrumentId))!, entity),
    kind: ({ entity }) => entity.kind,
    heading: ({ entity }) => localized(entity.headingSq, entity.headingSr, entity.headingEn),
    parent: async ({ entity, asOf }, _, { loaders }) => {
      const parent = entity.parentId ? await loaders.provision.load(entity.parentId) : null;
      return parent ? { entity: parent, asOf } : null;
    },
    children: async ({ entity, asOf }, _, { loaders }) =>
      [...(await loaders.children.load(entity.id))].sort(byNumber).map((child) => ({ entity: child, asOf })),
    versions: ({ entity }, _, { loaders }) => loaders.versions.load(entity.id),
    asOf: ({ asOf }) => asOf,
    inForce: async ({ entity, asOf }, _, { loaders }) =>
      (await loaders.versions.load(entity.id)).find((v) => inForceOn(v, asOf)) ?? null,
    inForceNote: async ({ entity, asOf }, _, { loaders }) => {
      const instrument = (await loaders.instrument.load(entity.instrumentId))!;
      const citationsOf = async (ids: string[]) => {
        const found = await loaders.provision.loadMany(ids);
        const provisions = found.filter((p): p is ProvisionEntity => p !== null && !(p instanceof Error));
        return Promise.all(
          provisions.map(async (p) => citationOf((await loaders.instrument.load(p.instrumentId))!, p)),
        );
      };
      const [successors, predecessors] = await Promise.all([
        loaders.successionsFrom.load(entity.id).then((links) => citationsOf(links.map((l) => l.successorId))),
        loaders.successionsTo.load(entity.id).then((links) => citationsOf(links.map((l) => l.predecessorId))),
      ]);
      return inForceNote(citationOf(instrument, entity), await loaders.versions.load(entity.id), asOf, {
        successors,
        predecessors,
      });
    },
    citationNote: ({ citationNotes }) => (citationNotes?.length ? citationNotes.join(' ') : null),
    fullText: async (provision, { language }, { loaders }) => {
      const parts = await textParts(provision, language ?? 'EN', loaders);
      return parts.length ? parts.join('\n') : null;
    },
    fullTextNote: async (provision, { language }, { loaders }) => {
      const asked = language ?? 'EN';
      if ((await textParts(provision, asked, loaders)).length) return null;
      const { entity, asOf } = provision;
      const instrument = (await loaders.instrument.load(entity.instrumentId))!;
      const citation = citationOf(instrument, entity);
      const inForce = (await loaders.versions.load(entity.id)).some((v) => inForceOn(v, asOf));
      if (!inForce)
        return `No version of ${citation} was in force on ${asOf}, so no text is given for that day.`;
      const others = [];
      for (const other of TEXT_LANGUAGES.filter((l) => l !== asked)) {
        if ((await textParts(provision, other, loaders)).length) others.push(LANGUAGE_NAMES[other]);
      }
      return others.length
        ? `The text of ${citation} is not held in ${LANGUAGE_NAMES[asked]}; it is held in ${others.join(' and ')}.`
        : `The text of ${citation} is not held in this service in any language: the sources read do not give it.`;
    },
    predecessors: async ({ entity, asOf }, _, { loaders }) => {
      const links = await loaders.successionsTo.load(entity.id);
      const found = await loaders.provision.loadMany(links.map((l) => l.predecessorId));
      return found
        .filter((p): p is ProvisionEntity => p !== null && !(p instanceof Error))
        .map((p) => ({ entity: p, asOf }));
    },
    decisions: ({ entity }, { first, after }, { services }) =>
      services.cases.decisionsUnder(entity.id, first ?? 10, after ?? null),
    successionChain: async ({ entity, asOf }, _, { services }) =>
      (await services.compliance.successionChain(entity.id)).map((p) => ({ entity: p, asOf })),
    successors: async ({ entity, asOf }, _, { loaders }) => {
      const links = await loaders.successionsFrom.load(entity.id);
      const found = await loaders.provision.loadMany(links.map((l) => l.successorId));
      return found
        .filter((p): p is ProvisionEntity => p !== null && !(p instanceof Error))
        .map((p) => ({ entity: p, asOf }));
    },
  },
  ProvisionVersion: {
    text: (v) => localized(v.textSq, v.textSr, v.textEn),
    source: (v) => toSourceRef(v.source),
    penalties: (v, _, { loaders }) => loaders.penalties.load(v.id),
  },
  Penalty: {
    source: (p) => toSourceRef(p.source),
  },
  MitigationRule: {
    source: (r) => toSourceRef(r.source),
  },
  Source: {
    documentUrl: (s) => (s.document ? documentUrl(s.document) : null),
  },
};
