import fc from 'fast-check';

import { applicablePenalty, evaluateCount, resolveApplicableLaw } from '../../src/compliance/engine';
import {
  FINDING_REASONS,
  type ConvictedCount,
  type Finding,
  type FindingConfidence,
  type FindingReason,
  type FindingStatus,
  type LawProvision,
  type LawVersion,
  type SuccessionChain,
} from '../../src/compliance/engine';
import {
  CIRCUMSTANCES,
  FINE_MODES,
  VERIFICATION_STATUSES,
  type Circumstance,
  type DateBoundary,
  type MitigationRuleData,
  type PenaltyData,
  type SourceRef,
  type VerificationStatus,
} from '../../src/law/law.model';
import { exactBoundary } from '../../src/law/date-boundary';

// Fixtures -----------------------------------------------------------------------------------------------------------
// The trafficking chain with the figures of docs/legal-sources.md. Everything marked "synthetic" exists only to
// exercise a rule (aggravated variants, mitigation floors, a lenient amendment) and is not a statement of the law.

function source(verification: VerificationStatus, url: string | null, note: string | null = null): SourceRef {
  return { url, document: null, verification, note };
}

const SYNTHETIC = source('UNVERIFIED', null, 'synthetic test data');
const OSCE_2001 = source('VERIFIED_SECONDARY', null, 'OSCE 2001 background report: two to 20 years');
const CABLE_09PRISTINA65 = source(
  'VERIFIED_SECONDARY',
  'https://search.wikileaks.org/plusd/cables/09PRISTINA65.html',
);
const TIP_2013 = source(
  'VERIFIED_SECONDARY',
  'http://www.refworld.org/type,ANNUALREPORT,USDOS,SRB,51c2f3af4d,0.html',
);
const RFE_2023 = source(
  'VERIFIED_SECONDARY',
  'https://www.evropaelire.org/a/femijet-lypje-rruge-abuzuar-varfer-/32537687.html',
);
const CCK_TEXT = source(
  'VERIFIED_PRIMARY',
  'https://www.yumpu.com/en/document/view/17784716/criminal-code-of-kosovo-legislationline/120',
);

function penalty(min: number | null, max: number | null, overrides: Partial<PenaltyData> = {}): PenaltyData {
  return {
    variant: 'BASIC',
    circumstances: [],
    offenceClass: 'CRIMINAL_OFFENCE',
    imprisonmentMinMonths: min,
    imprisonmentMaxMonths: max,
    lifeImprisonment: false,
    fineMinEur: null,
    fineMaxEur: null,
    fineMode: 'NONE',
    source: CABLE_09PRISTINA65,
    ...overrides,
  };
}

function aggravated(
  circumstances: Circumstance[],
  min: number | null,
  max: number | null,
  overrides: Partial<PenaltyData> = {},
) {
  return penalty(min, max, {
    variant: circumstances.join('_'),
    circumstances,
    source: SYNTHETIC,
    ...overrides,
  });
}

function version(
  id: string,
  validFrom: string,
  validTo: string | null,
  penalties: PenaltyData[],
  dates: SourceRef = TIP_2013,
): LawVersion {
  return {
    id,
    validFrom,
    validTo,
    validFromBoundary: exactBoundary(validFrom, dates),
    validToBoundary: validTo === null ? null : exactBoundary(validTo, dates),
    text: {},
    penalties,
    source: dates,
  };
}

function tier(from: number, floor: number | null): MitigationRuleData {
  return {
    statutoryMinimumFromMonths: from,
    floorMonths: floor,
    fineSubstitutionAllowed: null,
    description: `synthetic tier from ${from} months`,
    source: SYNTHETIC,
  };
}

const REG_2001_4_S2: LawProvision = {
  id: 'unmik-reg/2001/4:2',
  instrumentId: 'unmik-reg/2001/4',
  instrumentName: 'UNMIK Reg 2001/4',
  label: 's.2',
  versions: [
    version('reg-2001-4-s2@2001-01-12', '2001-01-12', '2004-04-06', [
      penalty(24, 240, { fineMode: 'UNKNOWN', source: OSCE_2001 }),
      aggravated(['ORGANISED_GROUP'], null, 240),
    ]),
  ],
  mitigationRules: [],
};

const PCCK_139: LawProvision = {
  id: 'unmik-reg/2003/25:139',
  instrumentId: 'unmik-reg/2003/25',
  instrumentName: 'PCCK',
  label: 'Art. 139',
  versions: [
    version('pcck-139@2004-04-06', '2004-04-06', '2013-01-01', [
      penalty(24, 144),
      aggravated(['VICTIM_CHILD'], 36, 180),
      aggravated(['ORGANISED_GROUP'], 48, 180),
      aggravated(['OFFICIAL_CAPACITY'], 60, 180),
      aggravated(['VICTIM_CHILD', 'ORGANISED_GROUP'], 60, 240),
      aggravated(['DEATH_CAUSED'], 120, null, { lifeImprisonment: true }),
    ]),
  ],
  mitigationRules: [tier(12, 6), tier(24, 12), tier(60, null)],
  replaces: [REG_2001_4_S2.id],
};

const CCK_171: LawProvision = {
  id: 'ks-law/04-L-082:171',
  instrumentId: 'ks-law/04-L-082',
  instrumentName: 'CCK',
  label: 'Art. 171',
  versions: [
    version('cck-171@2013-01-01', '2013-01-01', '2019-01-14', [
      penalty(60, null, { fineMode: 'NOT_ALTERNATIVE', source: TIP_2013 }),
      aggravated(['VICTIM_CHILD'], 96, null, { fineMode: 'NOT_ALTERNATIVE' }),
    ]),
  ],
  mitigationRules: [tier(60, null)],
  replaces: [PCCK_139.id],
};

const CC_165: LawProvision = {
  id: 'ks-law/06-L-074:165',
  instrumentId: 'ks-law/06-L-074',
  instrumentName: 'CC',
  label: 'Art. 165',
  versions: [
    version('cc-165@2019-01-14', '2019-01-14', null, [
      penalty(60, 144, { fineMode: 'CUMULATIVE', source: RFE_2023 }),
      aggravated(['VICTIM_CHILD'], 96, 180, { fineMode: 'CUMULATIVE' }),
    ]),
  ],
  mitigationRules: [],
  replaces: [CCK_171.id],
};

const TRAFFICKING: SuccessionChain = [REG_2001_4_S2, PCCK_139, CCK_171, CC_165];

/** Sexual services of a victim of trafficking: a separate offence, with its own (one-provision) chain. */
const CCK_231: LawProvision = {
  id: 'ks-law/04-L-082:231',
  instrumentId: 'ks-law/04-L-082',
  instrumentName: 'CCK',
  label: 'Art. 231',
  versions: [
    version('cck-231@2013-01-01', '2013-01-01', '2019-01-14', [
      penalty(3, null, { fineMode: 'UNKNOWN', source: CCK_TEXT }),
    ]),
  ],
  mitigationRules: CCK_171.mitigationRules,
};
const SEXUAL_SERVICES: SuccessionChain = [CCK_231];

/** Older code articles replaced by Reg 2001/4, recorded without an end date (the codes were never repealed). */
const SFRY_155: LawProvision = {
  id: 'sfry-cc/1976:155',
  instrumentId: 'sfry-cc/1976',
  instrumentName: 'SFRY CC',
  label: 'Art. 155',
  versions: [version('sfry-155@1977-07-01', '1977-07-01', null, [penalty(12, 120, { source: SYNTHETIC })])],
  mitigationRules: [],
};
const SRS_251: LawProvision = {
  id: 'srs-cc/1977:251',
  instrumentId: 'srs-cc/1977',
  instrumentName: 'SRS CC',
  label: 'Art. 251',
  versions: [version('srs-251@1977-07-01', '1977-07-01', null, [penalty(null, null, { source: SYNTHETIC })])],
  mitigationRules: [],
};
const WITH_OLD_CODES: SuccessionChain = [SFRY_155, SRS_251, ...TRAFFICKING];

function replaceProvision(chain: SuccessionChain, replacement: LawProvision): SuccessionChain {
  return chain.map((provision) => (provision.id === replacement.id ? replacement : provision));
}

/** PCCK's entry into force (6 April 2004) is a recollection, not a verified date. */
const WITH_PCCK_DATES_UNVERIFIED = replaceProvision(TRAFFICKING, {
  ...PCCK_139,
  versions: PCCK_139.versions.map((pcck) => ({
    ...pcck,
    source: source('UNVERIFIED', null, 'recollection'),
    validFromBoundary: exactBoundary(pcck.validFrom, source('UNVERIFIED', null, 'recollection')),
  })),
});

/** Synthetic: an amendment of CC Art. 165 from 2024-01-01 that lowers the minimum and allows a fine instead. */
const PRIMARY_SYNTHETIC = source('VERIFIED_PRIMARY', null, 'synthetic test amendment');
const WITH_LENIENT_AMENDMENT = replaceProvision(TRAFFICKING, {
  ...CC_165,
  versions: [
    {
      ...CC_165.versions[0]!,
      validTo: '2024-01-01',
      validToBoundary: exactBoundary('2024-01-01', PRIMARY_SYNTHETIC),
    },
    version(
      'cc-165@2024-01-01',
      '2024-01-01',
      null,
      [
        penalty(24, 120, {
          fineMode: 'ALTERNATIVE',
          fineMinEur: 1000,
          fineMaxEur: 10000,
          source: PRIMARY_SYNTHETIC,
        }),
      ],
      PRIMARY_SYNTHETIC,
    ),
  ],
});

/**
 * As the seeds hold it: the 2019 code's entry into force (and so the 2012 code's end) is not verified; the sources
 * bound it between its publication, 2019-01-14, and 2023-08-31, when a press report quotes it as the law in force.
 */
const CC_START: DateBoundary = {
  verification: 'UNVERIFIED',
  earliest: '2019-01-14',
  latest: '2023-08-31',
  boundsVerification: 'VERIFIED_SECONDARY',
  source: source(
    'UNVERIFIED',
    null,
    'publication date as a lower bound; a 2023 press report as an upper one',
  ),
};
const WITH_CC_START_BOUNDED = replaceProvision(
  replaceProvision(TRAFFICKING, {
    ...CCK_171,
    versions: CCK_171.versions.map((v) =>
      v.validTo === '2019-01-14' ? { ...v, validToBoundary: CC_START } : v,
    ),
  }),
  {
    ...CC_165,
    versions: CC_165.versions.map((v) => ({ ...v, validFromBoundary: CC_START })),
  },
);

/** Every deciding day and figure from the primary text (synthetic): the confidence is PRIMARY_SOURCE. */
const ALL_PRIMARY: SuccessionChain = [
  {
    ...CC_165,
    versions: [
      version(
        'cc-165@2019-01-14',
        '2019-01-14',
        null,
        [penalty(60, 144, { source: PRIMARY_SYNTHETIC })],
        PRIMARY_SYNTHETIC,
      ),
    ],
  },
];

/** Synthetic: a provision with only an aggravated form, so a count without that circumstance has no range. */
const ONLY_AGGRAVATED: SuccessionChain = [
  {
    id: 'synthetic:1',
    instrumentId: 'synthetic',
    instrumentName: 'Synthetic Code',
    label: 'Art. 1',
    versions: [
      version('synthetic-1@2010-01-01', '2010-01-01', null, [aggravated(['VICTIM_CHILD'], 60, 180)]),
    ],
    mitigationRules: [],
  },
];

function count(overrides: Partial<ConvictedCount> = {}): ConvictedCount {
  const convicted =
    overrides.convictedProvisionId === undefined ? PCCK_139.id : overrides.convictedProvisionId;
  return {
    offenceDate: '2012-06-10',
    decisionDate: '2014-03-02',
    finalOn: null,
    chargedProvisionId: convicted,
    convictedProvisionId: convicted,
    imprisonmentMonths: null,
    suspended: false,
    fineEur: null,
    circumstances: [],
    mitigationCited: false,
    ...overrides,
  };
}

const K2_2016 = { convictedProvisionId: CCK_171.id, offenceDate: '2015-09-01', decisionDate: '2016-06-15' };
const DOWNGRADED = {
  chargedProvisionId: CCK_171.id,
  chargedProvisionCitation: 'CCK Art. 171',
  convictedProvisionId: CCK_231.id,
  offenceDate: '2014-03-01',
  decisionDate: '2015-02-10',
};
const UNDER_REG = {
  convictedProvisionId: REG_2001_4_S2.id,
  offenceDate: '2002-05-01',
  decisionDate: '2003-03-01',
};
const CCK_ERA_JUDGED_UNDER_CC = {
  convictedProvisionId: CC_165.id,
  offenceDate: '2018-06-01',
  decisionDate: '2019-06-01',
};
const BEFORE_AMENDMENT = {
  convictedProvisionId: CC_165.id,
  offenceDate: '2020-05-01',
  decisionDate: '2024-06-01',
};

// Hand-computed cases --------------------------------------------------------------------------------------------

interface Case {
  name: string;
  chain?: SuccessionChain;
  count: Partial<ConvictedCount>;
  status: FindingStatus;
  reasons: FindingReason[];
  shortfall: number | null;
  confidence: FindingConfidence;
  /** Sentences (or parts of them) the trace must contain. */
  says?: string[];
}

const CASES: Case[] = [
  {
    name: '2012 offence judged 2014, 30 months: PCCK applies, CCK 171 is not more lenient',
    count: { imprisonmentMonths: 30 },
    status: 'COMPLIANT',
    reasons: [],
    shortfall: null,
    confidence: 'SECONDARY_SOURCE',
    says: [
      'On the offence date 2012-06-10, PCCK Art. 139 was in force (from 2004-04-06).',
      'CCK Art. 171 entered into force on 2013-01-01, before the decision of 2014-03-02, but it is not more lenient (minimum 60 months against 24), so the law of the offence date applies.',
      '30 months is within the range of 24 to 144 months.',
    ],
  },
  {
    name: '2012 offence judged 2014, 18 months: 6 below the 24-month minimum, above the mitigation floor',
    count: { imprisonmentMonths: 18 },
    status: 'BELOW_MINIMUM',
    reasons: [],
    shortfall: 6,
    confidence: 'SECONDARY_SOURCE',
    says: ['18 months is not below that floor.'],
  },
  {
    name: '18 months suspended: nothing served, below the mitigation floor too',
    count: { imprisonmentMonths: 18, suspended: true },
    status: 'BELOW_MINIMUM',
    reasons: ['SUSPENDED', 'BELOW_MITIGATION_FLOOR'],
    shortfall: 24,
    confidence: 'SECONDARY_SOURCE',
    says: [
      'The court imposed 18 months, suspended: 0 months of imprisonment to serve.',
      '0 months is 24 months below the minimum of 24 months.',
    ],
  },
  {
    name: '10 months with mitigation cited: below the minimum and below the floor of 12',
    count: { imprisonmentMonths: 10, mitigationCited: true },
    status: 'BELOW_MINIMUM',
    reasons: ['MITIGATION_CITED', 'BELOW_MITIGATION_FLOOR'],
    shortfall: 14,
    confidence: 'SECONDARY_SOURCE',
    says: ['The court cited mitigating grounds, but the statutory minimum was not met.'],
  },
  {
    name: '14 months with mitigation cited: below the minimum, within the floor',
    count: { imprisonmentMonths: 14, mitigationCited: true },
    status: 'BELOW_MINIMUM',
    reasons: ['MITIGATION_CITED'],
    shortfall: 10,
    confidence: 'SECONDARY_SOURCE',
  },
  {
    name: '30 months with mitigation cited: compliant, the reason still recorded',
    count: { imprisonmentMonths: 30, mitigationCited: true },
    status: 'COMPLIANT',
    reasons: ['MITIGATION_CITED'],
    shortfall: null,
    confidence: 'SECONDARY_SOURCE',
  },
  {
    name: '150 months under PCCK: above the 144-month maximum',
    count: { imprisonmentMonths: 150 },
    status: 'ABOVE_MAXIMUM',
    reasons: [],
    shortfall: null,
    confidence: 'SECONDARY_SOURCE',
    says: ['150 months is 6 months above the maximum of 144 months.'],
  },
  {
    name: 'exactly the maximum of 144 months is compliant',
    count: { imprisonmentMonths: 144 },
    status: 'COMPLIANT',
    reasons: [],
    shortfall: null,
    confidence: 'SECONDARY_SOURCE',
  },
  {
    name: 'exactly the minimum of 24 months is compliant',
    count: { imprisonmentMonths: 24 },
    status: 'COMPLIANT',
    reasons: [],
    shortfall: null,
    confidence: 'SECONDARY_SOURCE',
  },
  {
    name: 'fine only under PCCK, which has no fine instead of prison',
    count: { fineEur: 2000 },
    status: 'BELOW_MINIMUM',
    reasons: ['FINE_ONLY', 'BELOW_MITIGATION_FLOOR'],
    shortfall: 24,
    confidence: 'SECONDARY_SOURCE',
    says: ['The court imposed a fine of 2,000 €; no term of imprisonment is recorded.'],
  },
  {
    name: 'convicted under the later citation CCK 171 for a 2012 offence: PCCK still applies',
    count: { convictedProvisionId: CCK_171.id, imprisonmentMonths: 30 },
    status: 'COMPLIANT',
    reasons: [],
    shortfall: null,
    confidence: 'SECONDARY_SOURCE',
  },
  {
    name: 'charged under PCCK 139, convicted under its successor CCK 171: not a downgrade',
    count: {
      chargedProvisionId: PCCK_139.id,
      convictedProvisionId: CCK_171.id,
      offenceDate: '2012-11-01',
      decisionDate: '2013-05-01',
      imprisonmentMonths: 30,
    },
    status: 'COMPLIANT',
    reasons: [],
    shortfall: null,
    confidence: 'SECONDARY_SOURCE',
  },
  {
    name: 'K2.0 2016: five years and six months (66 months) meets the 60-month minimum',
    count: { ...K2_2016, imprisonmentMonths: 66 },
    status: 'COMPLIANT',
    reasons: [],
    shortfall: null,
    confidence: 'SECONDARY_SOURCE',
    says: ['66 months meets the minimum of 60 months; the maximum is not held in this service.'],
  },
  {
    name: 'K2.0 2016: three and a half years (42 months) is 18 months short; the floor is unknown',
    count: { ...K2_2016, imprisonmentMonths: 42 },
    status: 'BELOW_MINIMUM',
    reasons: [],
    shortfall: 18,
    confidence: 'SECONDARY_SOURCE',
    says: [
      'the lowest term a court may impose is not held, so whether 42 months respects it cannot be told.',
    ],
  },
  {
    name: 'K2.0 2016: a fine of 1,050 € and no prison is 60 months short',
    count: { ...K2_2016, fineEur: 1050 },
    status: 'BELOW_MINIMUM',
    reasons: ['FINE_ONLY'],
    shortfall: 60,
    confidence: 'SECONDARY_SOURCE',
    says: [
      'at least 60 months of imprisonment (maximum not held); a fine cannot replace it, and whether one may be added is not held.',
      '0 months is 60 months below the minimum of 60 months; a fine cannot replace imprisonment for this offence.',
    ],
  },
  {
    name: 'K2.0 2016: officials fined 3,000 €; CCK 171 has no form for official capacity',
    count: { ...K2_2016, fineEur: 3000, circumstances: ['OFFICIAL_CAPACITY'], finalOn: '2016-11-01' },
    status: 'BELOW_MINIMUM',
    reasons: ['FINE_ONLY', 'NO_VARIANT_MATCH'],
    shortfall: 60,
    confidence: 'SECONDARY_SOURCE',
    says: [
      'No penalty form of CCK Art. 171 for an offender acting in an official capacity is held in this service (the sources read do not give one; an aggravated form may exist), so the basic form is used',
    ],
  },
  {
    name: 'charged CCK 171, convicted CCK 231 (sexual services), 6 months: downgraded but compliant',
    chain: SEXUAL_SERVICES,
    count: { ...DOWNGRADED, imprisonmentMonths: 6 },
    status: 'COMPLIANT',
    reasons: ['CHARGE_DOWNGRADED'],
    shortfall: null,
    confidence: 'SECONDARY_SOURCE',
    says: [
      'The count was charged under CCK Art. 171 but convicted under CCK Art. 231, which neither succeeds nor precedes it: the charge was downgraded.',
    ],
  },
  {
    name: 'downgraded to CCK 231, 2 months: 1 month short, no mitigation tier that low',
    chain: SEXUAL_SERVICES,
    count: { ...DOWNGRADED, imprisonmentMonths: 2 },
    status: 'BELOW_MINIMUM',
    reasons: ['CHARGE_DOWNGRADED'],
    shortfall: 1,
    confidence: 'SECONDARY_SOURCE',
    says: ['No mitigation rule of CCK held in this service covers a minimum of 3 months.'],
  },
  {
    name: 'downgraded to CCK 231, fine only: whether a fine may replace prison is unknown',
    chain: SEXUAL_SERVICES,
    count: { ...DOWNGRADED, fineEur: 500 },
    status: 'UNDETERMINED',
    reasons: ['FINE_ONLY', 'CHARGE_DOWNGRADED'],
    shortfall: null,
    confidence: 'NOT_APPLICABLE',
    says: ['whether this offence allows a fine instead of imprisonment is not held'],
  },
  {
    name: 'Reg 2001/4 offence judged after PCCK came in, 200 months: PCCK is more lenient and caps at 144',
    count: { offenceDate: '2003-02-01', decisionDate: '2004-06-01', imprisonmentMonths: 200 },
    status: 'ABOVE_MAXIMUM',
    reasons: ['LEX_MITIOR_APPLIED'],
    shortfall: null,
    confidence: 'SECONDARY_SOURCE',
    says: [
      'PCCK Art. 139 entered into force on 2004-04-06, before the decision of 2004-06-01, and it is more lenient (same minimum of 24 months, maximum 144 months against 240), so it applies instead (lex mitior).',
    ],
  },
  {
    name: 'Reg 2001/4 offence judged after PCCK came in, 30 months: compliant under PCCK',
    count: { offenceDate: '2003-02-01', decisionDate: '2004-06-01', imprisonmentMonths: 30 },
    status: 'COMPLIANT',
    reasons: ['LEX_MITIOR_APPLIED'],
    shortfall: null,
    confidence: 'SECONDARY_SOURCE',
  },
  {
    name: 'Reg 2001/4 offence decided before PCCK, 200 months: within 24 to 240',
    count: { ...UNDER_REG, offenceDate: '2003-02-01', decisionDate: '2004-03-01', imprisonmentMonths: 200 },
    status: 'COMPLIANT',
    reasons: [],
    shortfall: null,
    confidence: 'SECONDARY_SOURCE',
  },
  {
    name: 'decided before PCCK but final after it: the window runs to finality, PCCK applies',
    count: {
      ...UNDER_REG,
      offenceDate: '2003-02-01',
      decisionDate: '2004-03-01',
      finalOn: '2004-05-01',
      imprisonmentMonths: 200,
    },
    status: 'ABOVE_MAXIMUM',
    reasons: ['LEX_MITIOR_APPLIED'],
    shortfall: null,
    confidence: 'SECONDARY_SOURCE',
    says: ['before the day the decision became final (2004-05-01)'],
  },
  {
    name: 'Reg 2001/4, suspended with no fine (0 €): below; no mitigation rule on record',
    count: { ...UNDER_REG, imprisonmentMonths: 12, suspended: true, fineEur: 0 },
    status: 'BELOW_MINIMUM',
    reasons: ['SUSPENDED'],
    shortfall: 24,
    confidence: 'SECONDARY_SOURCE',
    says: ['No mitigation rule of UNMIK Reg 2001/4 held in this service covers a minimum of 24 months.'],
  },
  {
    name: 'Reg 2001/4, suspended, fine not recorded, fine mode unknown: undetermined',
    count: { ...UNDER_REG, imprisonmentMonths: 12, suspended: true },
    status: 'UNDETERMINED',
    reasons: ['SUSPENDED'],
    shortfall: null,
    confidence: 'NOT_APPLICABLE',
    says: [
      'whether this offence allows a fine instead of imprisonment is not held, nor whether a fine was imposed',
    ],
  },
  {
    name: 'Reg 2001/4 organised group (minimum unknown, maximum 240), 300 months: above the known maximum',
    count: { ...UNDER_REG, imprisonmentMonths: 300, circumstances: ['ORGANISED_GROUP'] },
    status: 'ABOVE_MAXIMUM',
    reasons: ['RANGE_UNVERIFIED'],
    shortfall: null,
    confidence: 'UNVERIFIED',
    says: ['so this finding must not be cited as fact.'],
  },
  {
    name: 'Reg 2001/4 organised group (minimum unknown), 100 months: undetermined',
    count: { ...UNDER_REG, imprisonmentMonths: 100, circumstances: ['ORGANISED_GROUP'] },
    status: 'UNDETERMINED',
    reasons: ['RANGE_UNVERIFIED'],
    shortfall: null,
    confidence: 'NOT_APPLICABLE',
    says: [
      'The minimum for this form is not held in this service, so whether 100 months falls below it cannot be told.',
    ],
  },
  {
    name: "PCCK's entry-into-force date unverified: the finding says so",
    chain: WITH_PCCK_DATES_UNVERIFIED,
    count: { imprisonmentMonths: 30 },
    status: 'COMPLIANT',
    reasons: ['RANGE_UNVERIFIED'],
    shortfall: null,
    confidence: 'UNVERIFIED',
    says: [
      'PCCK Art. 139 entered into force on a day not verified, which the sources do not bound, so the offence date 2012-06-10 could fall either side of it',
      'The weakest of these, the day PCCK Art. 139 entered into force, sets the confidence: UNVERIFIED, so this finding must not be cited as fact.',
    ],
  },
  {
    name: 'an offence of 2015 judged in 2016, years before the unverified start of the 2019 code: not UNVERIFIED',
    chain: WITH_CC_START_BOUNDED,
    count: {
      convictedProvisionId: CCK_171.id,
      chargedProvisionId: CCK_171.id,
      offenceDate: '2015-03-01',
      decisionDate: '2016-06-15',
      imprisonmentMonths: 42,
    },
    status: 'BELOW_MINIMUM',
    reasons: [],
    shortfall: 18,
    confidence: 'SECONDARY_SOURCE',
    says: [
      'CCK Art. 171 ceased to apply on a day not verified, between 2019-01-14 and 2023-08-31 (bounds taken from a secondary source), and the offence date 2015-03-01 falls before it',
    ],
  },
  {
    name: 'an offence of 2020, inside the interval where the 2019 code entered into force: UNVERIFIED, and the trace says why',
    chain: WITH_CC_START_BOUNDED,
    count: {
      convictedProvisionId: CC_165.id,
      chargedProvisionId: CC_165.id,
      offenceDate: '2020-03-01',
      decisionDate: '2021-06-15',
      imprisonmentMonths: 72,
    },
    status: 'COMPLIANT',
    reasons: ['RANGE_UNVERIFIED'],
    shortfall: null,
    confidence: 'UNVERIFIED',
    says: [
      'CC Art. 165 entered into force on a day not verified, between 2019-01-14 and 2023-08-31, and the offence date 2020-03-01 falls inside that interval',
      'The weakest of these, the day CC Art. 165 entered into force, sets the confidence: UNVERIFIED, so this finding must not be cited as fact.',
    ],
  },
  {
    name: 'a judgment inside that interval for an older offence: which laws were candidates is not sure, so UNVERIFIED',
    chain: WITH_CC_START_BOUNDED,
    count: {
      convictedProvisionId: CCK_171.id,
      chargedProvisionId: CCK_171.id,
      offenceDate: '2017-03-01',
      decisionDate: '2020-06-15',
      imprisonmentMonths: 72,
    },
    status: 'COMPLIANT',
    reasons: ['RANGE_UNVERIFIED'],
    shortfall: null,
    confidence: 'UNVERIFIED',
    says: ['and the decision of 2020-06-15 falls inside that interval'],
  },
  {
    name: 'every deciding day and figure from the primary text: PRIMARY_SOURCE',
    chain: ALL_PRIMARY,
    count: {
      convictedProvisionId: CC_165.id,
      chargedProvisionId: CC_165.id,
      offenceDate: '2020-03-01',
      decisionDate: '2021-06-15',
      imprisonmentMonths: 72,
    },
    status: 'COMPLIANT',
    reasons: [],
    shortfall: null,
    confidence: 'PRIMARY_SOURCE',
    says: ['The weakest of these, the penalty figures, sets the confidence: PRIMARY_SOURCE.'],
  },
  {
    name: 'child victim: the VICTIM_CHILD form (36 months) applies, 30 months is 6 short',
    count: {
      offenceDate: '2010-03-01',
      decisionDate: '2011-02-01',
      imprisonmentMonths: 30,
      circumstances: ['VICTIM_CHILD'],
    },
    status: 'BELOW_MINIMUM',
    reasons: ['RANGE_UNVERIFIED'],
    shortfall: 6,
    confidence: 'UNVERIFIED',
  },
  {
    name: 'child victim and organised group: the combined form (60 months) beats each single form',
    count: {
      offenceDate: '2010-03-01',
      decisionDate: '2011-02-01',
      imprisonmentMonths: 48,
      circumstances: ['VICTIM_CHILD', 'ORGANISED_GROUP'],
    },
    status: 'BELOW_MINIMUM',
    reasons: ['RANGE_UNVERIFIED'],
    shortfall: 12,
    confidence: 'UNVERIFIED',
    says: [
      'With a child victim and an organised group found, the VICTIM_CHILD_ORGANISED_GROUP form of PCCK Art. 139 applies',
    ],
  },
  {
    name: 'child victim and repeat offence: the child form applies, the other circumstance plays no part',
    count: {
      offenceDate: '2010-03-01',
      decisionDate: '2011-02-01',
      imprisonmentMonths: 40,
      circumstances: ['VICTIM_CHILD', 'REPEAT_OFFENCE'],
    },
    status: 'COMPLIANT',
    reasons: ['RANGE_UNVERIFIED'],
    shortfall: null,
    confidence: 'UNVERIFIED',
    says: ['(a repeat offence plays no part in it)'],
  },
  {
    name: 'two single-circumstance forms match: the one with the higher minimum (official capacity, 60) applies',
    count: {
      offenceDate: '2010-03-01',
      decisionDate: '2011-02-01',
      imprisonmentMonths: 40,
      circumstances: ['VICTIM_CHILD', 'OFFICIAL_CAPACITY'],
    },
    status: 'BELOW_MINIMUM',
    reasons: ['RANGE_UNVERIFIED'],
    shortfall: 20,
    confidence: 'UNVERIFIED',
  },
  {
    name: 'serious harm has no form of its own: basic form, NO_VARIANT_MATCH',
    count: { imprisonmentMonths: 30, circumstances: ['SERIOUS_HARM'] },
    status: 'COMPLIANT',
    reasons: ['NO_VARIANT_MATCH'],
    shortfall: null,
    confidence: 'SECONDARY_SOURCE',
  },
  {
    name: 'death caused, life imprisonment possible, decided before CCK: 100 months is 20 below the minimum',
    count: {
      offenceDate: '2010-03-01',
      decisionDate: '2011-02-01',
      imprisonmentMonths: 100,
      circumstances: ['DEATH_CAUSED'],
    },
    status: 'BELOW_MINIMUM',
    reasons: ['RANGE_UNVERIFIED'],
    shortfall: 20,
    confidence: 'UNVERIFIED',
  },
  {
    name: 'death caused, judged under CCK, which has no death form on record: 400 months holds under either',
    count: { imprisonmentMonths: 400, circumstances: ['DEATH_CAUSED'] },
    status: 'COMPLIANT',
    reasons: ['RANGE_UNVERIFIED'],
    shortfall: null,
    confidence: 'UNVERIFIED',
    says: [
      'but whether it is more lenient cannot be told (minimum 60 months against 120, but no form of CCK Art. 171 for a death caused is held)',
      '400 months meets the minimum of 120 months, and the law allows up to life imprisonment.',
      'The result would be the same under CCK Art. 171, which might be more lenient.',
    ],
  },
  {
    name: 'death caused, judged under CCK, 100 months: short under PCCK, not under the CCK basic form: undetermined',
    count: { imprisonmentMonths: 100, circumstances: ['DEATH_CAUSED'] },
    status: 'UNDETERMINED',
    reasons: ['RANGE_UNVERIFIED'],
    shortfall: null,
    confidence: 'NOT_APPLICABLE',
    says: [
      'Under CCK Art. 171, which might be more lenient, 100 months meets the minimum of 60 months; the maximum is not held in this service; the result therefore cannot be determined.',
    ],
  },
  {
    name: 'CCK-era offence judged under CC 165, 42 months: leniency unknown but short under either law',
    count: { ...CCK_ERA_JUDGED_UNDER_CC, imprisonmentMonths: 42 },
    status: 'BELOW_MINIMUM',
    reasons: [],
    shortfall: 18,
    confidence: 'SECONDARY_SOURCE',
    says: [
      'but whether it is more lenient cannot be told (same minimum of 60 months, and the maximum of CCK Art. 171 is not held)',
      'The result would be the same under CC Art. 165, which might be more lenient.',
    ],
  },
  {
    name: 'CCK-era offence judged under CC 165, 150 months: compliant under CCK, above CC maximum: undetermined',
    count: { ...CCK_ERA_JUDGED_UNDER_CC, imprisonmentMonths: 150 },
    status: 'UNDETERMINED',
    reasons: [],
    shortfall: null,
    confidence: 'NOT_APPLICABLE',
    says: [
      'Under CC Art. 165, which might be more lenient, 150 months is 6 months above the maximum of 144 months; the result therefore cannot be determined.',
    ],
  },
  {
    name: 'CC 165 offence of 2020, 150 months: above the 144-month maximum',
    count: {
      convictedProvisionId: CC_165.id,
      offenceDate: '2020-03-01',
      decisionDate: '2021-04-01',
      imprisonmentMonths: 150,
    },
    status: 'ABOVE_MAXIMUM',
    reasons: [],
    shortfall: null,
    confidence: 'SECONDARY_SOURCE',
  },
  {
    name: 'CC 165 offence of 2020, fine only: the fine comes on top of prison, not instead',
    count: {
      convictedProvisionId: CC_165.id,
      offenceDate: '2020-03-01',
      decisionDate: '2021-04-01',
      fineEur: 2000,
    },
    status: 'BELOW_MINIMUM',
    reasons: ['FINE_ONLY'],
    shortfall: 60,
    confidence: 'SECONDARY_SOURCE',
    says: [
      '0 months is 60 months below the minimum of 60 months; the fine comes on top of imprisonment, not instead of it.',
      'No mitigation rule of CC held in this service covers a minimum of 60 months.',
    ],
  },
  {
    name: 'older codes still recorded as in force do not displace PCCK for a 2012 offence',
    chain: WITH_OLD_CODES,
    count: { imprisonmentMonths: 30 },
    status: 'COMPLIANT',
    reasons: [],
    shortfall: null,
    confidence: 'SECONDARY_SOURCE',
  },
  {
    name: 'convicted under SFRY CC 155 for a 2000 offence: its own range, Reg 2001/4 not more lenient',
    chain: WITH_OLD_CODES,
    count: {
      convictedProvisionId: SFRY_155.id,
      offenceDate: '2000-06-01',
      decisionDate: '2001-06-01',
      imprisonmentMonths: 30,
    },
    status: 'COMPLIANT',
    reasons: ['RANGE_UNVERIFIED'],
    shortfall: null,
    confidence: 'UNVERIFIED',
    says: [
      'UNMIK Reg 2001/4 s.2 entered into force on 2001-01-12, before the decision of 2001-06-01, but it is not more lenient (minimum 24 months against 12)',
    ],
  },
  {
    name: 'convicted under Reg 2001/4 for a 2000 offence: two older articles could apply, undetermined',
    chain: WITH_OLD_CODES,
    count: {
      convictedProvisionId: REG_2001_4_S2.id,
      offenceDate: '2000-06-01',
      decisionDate: '2001-06-01',
      imprisonmentMonths: 30,
    },
    status: 'UNDETERMINED',
    reasons: [],
    shortfall: null,
    confidence: 'NOT_APPLICABLE',
    says: [
      'On the offence date 2000-06-01, SFRY CC Art. 155 and SRS CC Art. 251 were all in force (from 1977-07-01), so which of them the conduct fell under cannot be told.',
    ],
  },
  {
    name: 'synthetic lenient amendment in force before the decision: 30 months compliant under it',
    chain: WITH_LENIENT_AMENDMENT,
    count: { ...BEFORE_AMENDMENT, imprisonmentMonths: 30 },
    status: 'COMPLIANT',
    reasons: ['LEX_MITIOR_APPLIED'],
    shortfall: null,
    // The amendment's figures and its entry into force are primary; the offence-date law it displaced entered
    // into force on a date from a secondary source, which also decided the law (confidence.ts).
    confidence: 'SECONDARY_SOURCE',
    says: [
      'A new version of CC Art. 165 entered into force on 2024-01-01, before the decision of 2024-06-01, and it is more lenient (minimum 24 months against 60), so it applies instead (lex mitior).',
    ],
  },
  {
    name: 'lenient amendment allows a fine instead: 5,000 € alone is compliant',
    chain: WITH_LENIENT_AMENDMENT,
    count: { ...BEFORE_AMENDMENT, fineEur: 5000 },
    status: 'COMPLIANT',
    reasons: ['FINE_ONLY', 'LEX_MITIOR_APPLIED'],
    shortfall: null,
    // The amendment's figures and its entry into force are primary; the offence-date law it displaced entered
    // into force on a date from a secondary source, which also decided the law (confidence.ts).
    confidence: 'SECONDARY_SOURCE',
    says: [
      'A fine of 5,000 € instead of imprisonment is allowed for this offence, and it is within the fine range of 1,000 € to 10,000 €.',
    ],
  },
  {
    name: 'lenient amendment: a 500 € fine alone is below the fine minimum (no shortfall in months)',
    chain: WITH_LENIENT_AMENDMENT,
    count: { ...BEFORE_AMENDMENT, fineEur: 500 },
    status: 'BELOW_MINIMUM',
    reasons: ['FINE_ONLY', 'LEX_MITIOR_APPLIED'],
    shortfall: null,
    // The amendment's figures and its entry into force are primary; the offence-date law it displaced entered
    // into force on a date from a secondary source, which also decided the law (confidence.ts).
    confidence: 'SECONDARY_SOURCE',
    says: ['but it is 500 € below the minimum fine of 1,000 €.'],
  },
  {
    name: 'lenient amendment: suspended term, fine not recorded, a fine alternative exists: undetermined',
    chain: WITH_LENIENT_AMENDMENT,
    count: { ...BEFORE_AMENDMENT, imprisonmentMonths: 12, suspended: true },
    status: 'UNDETERMINED',
    reasons: ['SUSPENDED', 'LEX_MITIOR_APPLIED'],
    shortfall: null,
    // The amendment's figures and its entry into force are primary; the offence-date law it displaced entered
    // into force on a date from a secondary source, which also decided the law (confidence.ts).
    confidence: 'SECONDARY_SOURCE',
    says: [
      'this offence allows a fine instead of imprisonment and whether a fine was imposed is not recorded',
    ],
  },
  {
    name: 'decided and final before the amendment: the 60-month minimum holds',
    chain: WITH_LENIENT_AMENDMENT,
    count: { ...BEFORE_AMENDMENT, decisionDate: '2023-06-01', imprisonmentMonths: 30 },
    status: 'BELOW_MINIMUM',
    reasons: [],
    shortfall: 30,
    confidence: 'SECONDARY_SOURCE',
    says: ['No later version entered into force between the offence date and the decision of 2023-06-01'],
  },
  {
    name: 'decided before the amendment, final after it: the amendment applies',
    chain: WITH_LENIENT_AMENDMENT,
    count: { ...BEFORE_AMENDMENT, decisionDate: '2023-06-01', finalOn: '2024-03-01', imprisonmentMonths: 30 },
    status: 'COMPLIANT',
    reasons: ['LEX_MITIOR_APPLIED'],
    shortfall: null,
    // The amendment's figures and its entry into force are primary; the offence-date law it displaced entered
    // into force on a date from a secondary source, which also decided the law (confidence.ts).
    confidence: 'SECONDARY_SOURCE',
  },
  {
    name: 'suspension not recorded, 30 months: compliant if served, 24 short if suspended: undetermined',
    count: { imprisonmentMonths: 30, suspended: null },
    status: 'UNDETERMINED',
    reasons: [],
    shortfall: null,
    confidence: 'SECONDARY_SOURCE',
    says: [
      'The court imposed 30 months of imprisonment; whether the term was suspended is not recorded.',
      'If the term was suspended, 0 months is 24 months below the minimum of 24 months; the result therefore cannot be determined.',
    ],
  },
  {
    name: 'suspension not recorded, 10 months: below either way, by at least 14 months',
    count: { imprisonmentMonths: 10, suspended: null },
    status: 'BELOW_MINIMUM',
    reasons: ['BELOW_MITIGATION_FLOOR'],
    shortfall: 14,
    confidence: 'SECONDARY_SOURCE',
    says: [
      'If the term was suspended, 0 months is 24 months below the minimum of 24 months.',
      'On every reading the term is below the minimum, by at least 14 months.',
    ],
  },
  {
    name: 'no convicted provision recorded',
    count: { convictedProvisionId: null, imprisonmentMonths: 30 },
    status: 'UNDETERMINED',
    reasons: [],
    shortfall: null,
    confidence: 'NOT_APPLICABLE',
    says: ['No convicted provision is recorded for this count, so no statutory range can be applied.'],
  },
  {
    name: 'convicted provision outside the chain supplied',
    count: { convictedProvisionId: 'sfry-cc/1976:155', imprisonmentMonths: 30 },
    status: 'UNDETERMINED',
    reasons: [],
    shortfall: null,
    confidence: 'NOT_APPLICABLE',
    says: ['The provision sfry-cc/1976:155 is not in the succession chain supplied'],
  },
  {
    name: 'offence date unknown, and the laws that could have applied disagree: undetermined, saying what decides it',
    count: { offenceDate: null, imprisonmentMonths: 30 },
    status: 'UNDETERMINED',
    reasons: [],
    shortfall: null,
    confidence: 'NOT_APPLICABLE',
    says: [
      'The offence date is not recorded; the conviction under the provision cited places it on or after 2001-01-12 (when it, or a provision it directly replaced, entered into force) and it preceded the decision of 2014-03-02.',
      'If the offence was committed between 2004-04-06 and 2012-12-31: PCCK Art. 139 applies (24 to 144 months of imprisonment), and the sentence is compliant.',
      'If the offence was committed between 2013-01-01 and 2014-03-02: CCK Art. 171 applies',
      'The possibilities give different results, so the finding cannot be determined: the offence date would decide it.',
    ],
  },
  {
    // The seeded 2005 Prizren count: decided 1 July 2005 under PCCK Art. 139 with 120 months, no offence date.
    name: 'offence date unknown, decided because every law that could have applied puts 120 months in range',
    count: { offenceDate: null, decisionDate: '2005-07-01', imprisonmentMonths: 120 },
    status: 'COMPLIANT',
    reasons: [],
    shortfall: null,
    confidence: 'SECONDARY_SOURCE',
    says: [
      'If the offence was committed between 2001-01-12 and 2004-04-05: PCCK Art. 139 applies (24 to 144 months of imprisonment), and the sentence is compliant.',
      'If the offence was committed between 2004-04-06 and 2005-07-01: PCCK Art. 139 applies (24 to 144 months of imprisonment), and the sentence is compliant.',
      'Under every law that could have applied (2 possibilities), the sentence is compliant: the finding holds whatever the unrecorded facts were.',
    ],
  },
  {
    name: 'finality unknown but bounded by the appeal: a lenient amendment in between could apply, so undetermined',
    chain: WITH_LENIENT_AMENDMENT,
    count: {
      ...BEFORE_AMENDMENT,
      decisionDate: '2023-10-01',
      finalOn: null,
      finalNoLaterThan: '2024-03-01',
      imprisonmentMonths: 30,
    },
    status: 'UNDETERMINED',
    reasons: [],
    shortfall: null,
    confidence: 'NOT_APPLICABLE',
    says: [
      'The day the decision became final is not recorded; it lies between the decision of 2023-10-01 and the review of 2024-03-01.',
      'the day the decision became final would decide it.',
    ],
  },
  {
    name: 'offence before Reg 2001/4: no provision of the chain in force',
    count: { offenceDate: '1999-06-01', decisionDate: '2000-05-01', imprisonmentMonths: 30 },
    status: 'UNDETERMINED',
    reasons: [],
    shortfall: null,
    confidence: 'NOT_APPLICABLE',
    says: [
      'On the offence date 1999-06-01, no provision of the chain was in force yet: the earliest, UNMIK Reg 2001/4 s.2, entered into force on 2001-01-12.',
    ],
  },
  {
    name: 'offence recorded after the decision: inconsistent record',
    count: { offenceDate: '2015-01-01', imprisonmentMonths: 30 },
    status: 'UNDETERMINED',
    reasons: [],
    shortfall: null,
    confidence: 'NOT_APPLICABLE',
    says: ['The recorded offence date 2015-01-01 is after the decision of 2014-03-02'],
  },
  {
    name: 'no sentence recorded: the range is known, the sentence is not',
    count: {},
    status: 'UNDETERMINED',
    reasons: [],
    shortfall: null,
    confidence: 'SECONDARY_SOURCE',
    says: [
      'No sentence is recorded for this count: neither a term of imprisonment nor a fine.',
      'Without a recorded sentence, compliance cannot be determined.',
    ],
  },
  {
    name: 'no basic form and no circumstance found: no range',
    chain: ONLY_AGGRAVATED,
    count: { convictedProvisionId: 'synthetic:1', imprisonmentMonths: 30 },
    status: 'UNDETERMINED',
    reasons: [],
    shortfall: null,
    confidence: 'NOT_APPLICABLE',
    says: [
      'No basic penalty of Synthetic Code Art. 1 is held in this service, so no statutory range can be applied.',
    ],
  },
  {
    name: 'no basic form and the circumstance found has no form: no range, NO_VARIANT_MATCH',
    chain: ONLY_AGGRAVATED,
    count: { convictedProvisionId: 'synthetic:1', imprisonmentMonths: 30, circumstances: ['SERIOUS_HARM'] },
    status: 'UNDETERMINED',
    reasons: ['NO_VARIANT_MATCH'],
    shortfall: null,
    confidence: 'NOT_APPLICABLE',
    says: [
      'for serious harm is held in this service, nor its basic penalty, so no statutory range can be applied.',
    ],
  },
];

function sentencesOf(finding: { trace: { sentence: string }[] }): string {
  return finding.trace.map((step) => step.sentence).join(' ');
}

/** Every sentence is one plain sentence: capitalised or a number, one final period, no leaked placeholders. */
function expectReadableTrace(finding: { trace: { sentence: string }[] }): void {
  expect(finding.trace.length).toBeGreaterThan(0);
  for (const { sentence } of finding.trace) {
    expect(sentence).toMatch(/^[A-Z0-9].*\.$/);
    expect(sentence).not.toMatch(/undefined|NaN|\bnull\b|\.\.$/);
  }
}

describe('evaluateCount, hand-computed cases', () => {
  it.each(CASES.map((testCase) => [testCase.name, testCase] as const))('%s', (_name, testCase) => {
    const finding = evaluateCount(count(testCase.count), testCase.chain ?? TRAFFICKING);
    expect({
      status: finding.status,
      reasons: finding.reasons,
      shortfall: finding.shortfallMonths,
      confidence: finding.confidence,
    }).toEqual({
      status: testCase.status,
      reasons: testCase.reasons,
      shortfall: testCase.shortfall,
      confidence: testCase.confidence,
    });
    for (const expected of testCase.says ?? []) expect(sentencesOf(finding)).toContain(expected);
    expectReadableTrace(finding);
  });

  it('covers every status, reason and confidence', () => {
    expect(new Set(CASES.map((testCase) => testCase.status)).size).toBe(4);
    expect(new Set(CASES.flatMap((testCase) => testCase.reasons))).toEqual(new Set(FINDING_REASONS));
    expect(new Set(CASES.map((testCase) => testCase.confidence)).size).toBe(4);
  });

  it('reports the applicable range and the imposed sentence', () => {
    const finding = evaluateCount(
      count({ imprisonmentMonths: 18, suspended: true, fineEur: 500 }),
      TRAFFICKING,
    );
    expect(finding.applicable).toMatchObject({
      versionId: 'pcck-139@2004-04-06',
      provisionId: PCCK_139.id,
      citation: 'PCCK Art. 139',
      variant: 'BASIC',
      minMonths: 24,
      maxMonths: 144,
      lifeImprisonment: false,
      fineMode: 'NONE',
    });
    expect(finding.imposed).toEqual({
      effectiveImprisonmentMonths: 0,
      imprisonmentMonths: 18,
      suspended: true,
      fineEur: 500,
    });
    expect(sentencesOf(finding)).toContain(
      'The court imposed 18 months, suspended, and a fine of 500 €: 0 months of imprisonment to serve.',
    );
  });

  it('tells the whole story of a below-minimum count in order', () => {
    const finding = evaluateCount(count({ imprisonmentMonths: 18, suspended: true }), TRAFFICKING);
    expect(finding.trace.map((step) => step.step)).toEqual([
      'RESOLVE_PROVISION',
      'CANDIDATE_LAWS',
      'APPLICABLE_LAW',
      'VARIANT',
      'SENTENCE',
      'COMPARISON',
      'MITIGATION',
      'CONFIDENCE',
    ]);
    expect(sentencesOf(finding)).toBe(
      'The provision cited is PCCK Art. 139, in the succession chain UNMIK Reg 2001/4 s.2 → PCCK Art. 139 → CCK Art. 171 → CC Art. 165. ' +
        'On the offence date 2012-06-10, PCCK Art. 139 was in force (from 2004-04-06). ' +
        'CCK Art. 171 entered into force on 2013-01-01, before the decision of 2014-03-02, but it is not more lenient (minimum 60 months against 24), so the law of the offence date applies. ' +
        'No aggravating circumstance was found, so the basic form of PCCK Art. 139 applies: 24 to 144 months of imprisonment. ' +
        'The court imposed 18 months, suspended: 0 months of imprisonment to serve. ' +
        '0 months is 24 months below the minimum of 24 months. ' +
        "Under PCCK's mitigation rule for minimums of 24 months or more, a court citing mitigating grounds may go down to 12 months; 0 months is below even that floor. " +
        'The penalty figures of PCCK Art. 139 are taken from a secondary source; the days that decided which law applied: ' +
        'PCCK Art. 139 entered into force on 2004-04-06 (taken from a secondary source); ' +
        'PCCK Art. 139 ceased to apply on 2013-01-01 (taken from a secondary source). ' +
        'The weakest of these, the penalty figures, sets the confidence: SECONDARY_SOURCE.',
    );
    expect(finding.trace[5]!.data).toMatchObject({
      status: 'BELOW_MINIMUM',
      shortfallMonths: 24,
      minMonths: 24,
    });
  });

  it('counts duplicate circumstances once', () => {
    const once = evaluateCount(
      count({ imprisonmentMonths: 40, circumstances: ['VICTIM_CHILD'] }),
      TRAFFICKING,
    );
    const twice = evaluateCount(
      count({ imprisonmentMonths: 40, circumstances: ['VICTIM_CHILD', 'VICTIM_CHILD'] }),
      TRAFFICKING,
    );
    expect(twice).toEqual(once);
  });
});

describe('resolveApplicableLaw', () => {
  it('lists every candidate with its standing and picks the most lenient', () => {
    const law = resolveApplicableLaw(TRAFFICKING, PCCK_139.id, '2003-02-01', '2020-01-01', []);
    expect(law.candidates.map(({ versionId, reason, chosen }) => [versionId, reason, chosen])).toEqual([
      ['reg-2001-4-s2@2001-01-12', 'IN_FORCE_ON_OFFENCE_DATE', false],
      ['pcck-139@2004-04-06', 'MORE_LENIENT', true],
      ['cck-171@2013-01-01', 'NOT_MORE_LENIENT', false],
      ['cc-165@2019-01-14', 'NOT_MORE_LENIENT', false],
    ]);
    expect(law.lexMitiorApplied).toBe(true);
    expect(law.undecided).toEqual([]);
    expect(law.range).toMatchObject({ versionId: 'pcck-139@2004-04-06', minMonths: 24, maxMonths: 144 });
    expect(law.candidates[2]!.explanation).toBe(
      'CCK Art. 171 entered into force on 2013-01-01, before the decision of 2020-01-01, but it is not more lenient than PCCK Art. 139 (minimum 60 months against 24), which still applies.',
    );
  });

  it('ignores versions that entered into force after the window closed', () => {
    const law = resolveApplicableLaw(TRAFFICKING, CCK_171.id, '2015-01-01', '2018-12-31', []);
    expect(law.candidates.map((candidate) => candidate.versionId)).toEqual(['cck-171@2013-01-01']);
  });

  it('counts a version entering into force on the last day of the window', () => {
    const law = resolveApplicableLaw(WITH_LENIENT_AMENDMENT, CC_165.id, '2020-05-01', '2024-01-01', []);
    expect(law.range?.versionId).toBe('cc-165@2024-01-01');
    expect(law.trace.map((step) => step.sentence).join(' ')).toContain(
      'entered into force on 2024-01-01, the same day as the decision of 2024-01-01',
    );
  });

  it('keeps the law of the offence date and marks the comparison undecided when a maximum is missing', () => {
    const law = resolveApplicableLaw(TRAFFICKING, CC_165.id, '2018-06-01', '2019-06-01', []);
    expect(law.range?.versionId).toBe('cck-171@2013-01-01');
    expect(law.lexMitiorApplied).toBe(false);
    expect(law.undecided.map((candidate) => [candidate.versionId, candidate.reason])).toEqual([
      ['cc-165@2019-01-14', 'LENIENCY_UNKNOWN'],
    ]);
  });

  it('chooses each candidate its own variant and compares those', () => {
    const law = resolveApplicableLaw(TRAFFICKING, PCCK_139.id, '2012-06-10', '2014-03-02', ['VICTIM_CHILD']);
    expect(law.candidates.map((candidate) => [candidate.range?.variant, candidate.range?.minMonths])).toEqual(
      [
        ['VICTIM_CHILD', 36],
        ['VICTIM_CHILD', 96],
      ],
    );
    expect(law.noVariantMatch).toBe(false);
    expect(law.range?.minMonths).toBe(36);
  });

  it('breaks a tie in specificity and minimum by the higher maximum, whatever the data order', () => {
    const chain: SuccessionChain = [
      {
        ...ONLY_AGGRAVATED[0]!,
        versions: [
          version('tie@2010-01-01', '2010-01-01', null, [
            penalty(12, 60),
            aggravated(['ORGANISED_GROUP'], 60, 120),
            aggravated(['VICTIM_CHILD'], 60, 180),
          ]),
        ],
      },
    ];
    const law = resolveApplicableLaw(chain, 'synthetic:1', '2012-01-01', '2013-01-01', [
      'ORGANISED_GROUP',
      'VICTIM_CHILD',
    ]);
    expect(law.range?.variant).toBe('VICTIM_CHILD');
  });

  it('treats life imprisonment as above any term when minima are equal', () => {
    const lifeThenTerm: SuccessionChain = [
      {
        ...ONLY_AGGRAVATED[0]!,
        versions: [
          version('life@2010-01-01', '2010-01-01', '2015-01-01', [
            penalty(120, null, { lifeImprisonment: true }),
          ]),
          version('term@2015-01-01', '2015-01-01', null, [penalty(120, 300)]),
        ],
      },
    ];
    const forward = resolveApplicableLaw(lifeThenTerm, 'synthetic:1', '2012-01-01', '2016-01-01', []);
    expect(forward.range?.versionId).toBe('term@2015-01-01');
    expect(forward.candidates[1]!.explanation).toContain(
      '(same minimum of 120 months, a maximum of 300 months against life imprisonment)',
    );

    const termThenLife: SuccessionChain = [
      {
        ...ONLY_AGGRAVATED[0]!,
        versions: [
          version('term@2010-01-01', '2010-01-01', '2015-01-01', [penalty(120, 300)]),
          version('life@2015-01-01', '2015-01-01', null, [penalty(120, null, { lifeImprisonment: true })]),
        ],
      },
    ];
    const backward = resolveApplicableLaw(termThenLife, 'synthetic:1', '2012-01-01', '2016-01-01', []);
    expect(backward.range?.versionId).toBe('term@2010-01-01');
    expect(backward.candidates[1]!.reason).toBe('NOT_MORE_LENIENT');
  });

  it('prefers the most recently enacted version when records overlap, and records the others', () => {
    const overlapping = replaceProvision(TRAFFICKING, {
      ...REG_2001_4_S2,
      versions: [{ ...REG_2001_4_S2.versions[0]!, validTo: null }],
    });
    const law = resolveApplicableLaw(overlapping, CCK_171.id, '2010-01-01', '2011-01-01', []);
    expect(law.range?.versionId).toBe('pcck-139@2004-04-06');
    expect(law.trace[1]).toMatchObject({
      sentence: 'On the offence date 2010-01-01, PCCK Art. 139 was in force (from 2004-04-06).',
      data: { alsoInForceVersionIds: ['reg-2001-4-s2@2001-01-12'] },
    });
  });

  it("prefers the convicted provision's own version when it was in force", () => {
    const overlapping = replaceProvision(TRAFFICKING, {
      ...REG_2001_4_S2,
      versions: [{ ...REG_2001_4_S2.versions[0]!, validTo: null }],
    });
    const law = resolveApplicableLaw(overlapping, REG_2001_4_S2.id, '2010-01-01', '2011-01-01', []);
    expect(law.range?.versionId).toBe('reg-2001-4-s2@2001-01-12');
  });
});

describe('applicablePenalty', () => {
  it('answers "trafficking of a minor committed in June 2012, judged now"', () => {
    const answer = applicablePenalty(TRAFFICKING, CCK_171.id, '2012-06-10', '2025-06-01', ['VICTIM_CHILD']);
    expect(answer).toMatchObject({
      variant: 'VICTIM_CHILD',
      noVariantMatch: false,
      lexMitiorApplied: false,
      lexMitiorUndecided: false,
      confidence: 'UNVERIFIED',
      range: { citation: 'PCCK Art. 139', minMonths: 36, maxMonths: 180 },
      chosen: { versionId: 'pcck-139@2004-04-06', reason: 'IN_FORCE_ON_OFFENCE_DATE', chosen: true },
    });
    expect(answer.candidates.map((candidate) => candidate.reason)).toEqual([
      'IN_FORCE_ON_OFFENCE_DATE',
      'NOT_MORE_LENIENT',
      'NOT_MORE_LENIENT',
    ]);
    expect(answer.trace.at(-1)).toMatchObject({ step: 'CONFIDENCE' });
    expect(sentencesOf(answer)).toContain('before the judgment date 2025-06-01');
    expect(sentencesOf(answer)).toContain('so this range must not be cited as fact.');
    expectReadableTrace(answer);
  });

  it('flags an undecided lex mitior comparison', () => {
    const answer = applicablePenalty(TRAFFICKING, CC_165.id, '2018-06-01', '2020-01-01', []);
    expect(answer).toMatchObject({
      lexMitiorUndecided: true,
      confidence: 'SECONDARY_SOURCE',
      range: { minMonths: 60, maxMonths: null },
    });
    expect(sentencesOf(answer)).toContain(
      'so the law of the offence date is kept, though CC Art. 165 may apply instead.',
    );
  });

  it('has no range and no confidence when nothing was in force', () => {
    const answer = applicablePenalty(TRAFFICKING, PCCK_139.id, '1999-01-01', '2000-01-01', []);
    expect(answer).toMatchObject({
      range: null,
      variant: null,
      chosen: null,
      candidates: [],
      confidence: 'NOT_APPLICABLE',
    });
    expectReadableTrace(answer);
  });
});

// Properties -------------------------------------------------------------------------------------------------------

const RUNS = { numRuns: 1000 };
const SOME_CIRCUMSTANCES: Circumstance[] = ['VICTIM_CHILD', 'ORGANISED_GROUP', 'OFFICIAL_CAPACITY'];

const dateArb = (fromYear: number, toYear: number) =>
  fc
    .tuple(
      fc.integer({ min: fromYear, max: toYear }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 27 }),
    )
    .map(([year, month, day]) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

function plusYears(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

function nextDay(date: string): string {
  return `${date.slice(0, 8)}${String(Number(date.slice(8)) + 1).padStart(2, '0')}`;
}

const sourceArb = fc.constantFrom(...VERIFICATION_STATUSES).map((verification) => source(verification, null));

interface PenaltyShape {
  /** Minimums never null, for the properties that compare harshness. */
  knownMinimum: boolean;
  /** Smallest minimum, so a more lenient copy can go lower. */
  minimumFrom: number;
}

const penaltyArb = (
  circumstances: fc.Arbitrary<Circumstance[]>,
  shape: PenaltyShape,
): fc.Arbitrary<PenaltyData> =>
  fc
    .record({
      circumstances,
      min: shape.knownMinimum
        ? fc.integer({ min: shape.minimumFrom, max: 120 })
        : fc.option(fc.integer({ min: 0, max: 120 }), { freq: 4 }),
      span: fc.option(fc.integer({ min: 0, max: 180 }), { freq: 3 }),
      life: fc.integer({ min: 0, max: 3 }).map((draw) => draw === 0),
      fineMode: fc.constantFrom(...FINE_MODES),
      fineMin: fc.option(fc.integer({ min: 0, max: 5000 })),
      fineSpan: fc.option(fc.integer({ min: 0, max: 20000 })),
      source: sourceArb,
    })
    .map(({ circumstances: found, min, span, life, fineMode, fineMin, fineSpan, source: penaltySource }) =>
      penalty(min, min === null || span === null ? null : min + span, {
        variant: found.length === 0 ? 'BASIC' : found.join('_'),
        circumstances: found,
        lifeImprisonment: life,
        fineMode,
        fineMinEur: fineMin,
        fineMaxEur: fineMin === null || fineSpan === null ? null : fineMin + fineSpan,
        source: penaltySource,
      }),
    );

const penaltiesArb = (shape: PenaltyShape & { basic: boolean }) =>
  fc
    .tuple(
      shape.basic ? penaltyArb(fc.constant([]), shape).map((basic) => [basic]) : fc.constant([]),
      fc.array(penaltyArb(fc.subarray(SOME_CIRCUMSTANCES, { minLength: 1 }), shape), { maxLength: 3 }),
    )
    .map(([basic, forms]) => [...basic, ...forms]);

const mitigationArb = fc.array(
  fc.record({ from: fc.integer({ min: 0, max: 120 }), floor: fc.option(fc.integer({ min: 0, max: 60 })) }),
  { maxLength: 2 },
);

/**
 * A realistic chain: consecutive versions from 2000-01-01 on, the last still in force, each version in a new
 * provision or amending the previous one.
 */
const contiguousChainArb = (shape: PenaltyShape & { basic: boolean }): fc.Arbitrary<SuccessionChain> =>
  fc
    .record({
      boundaries: fc.uniqueArray(dateArb(2001, 2024), { maxLength: 3 }),
      versions: fc.array(
        fc.record({
          penalties: penaltiesArb(shape),
          dates: sourceArb,
          newProvision: fc.boolean(),
          mitigation: mitigationArb,
        }),
        { minLength: 4, maxLength: 4 },
      ),
    })
    .map(({ boundaries, versions }) => {
      const starts = ['2000-01-01', ...[...boundaries].sort()];
      const chain: LawProvision[] = [];
      starts.forEach((validFrom, index) => {
        const drawn = versions[index]!;
        const lawVersion = version(
          `v${index}`,
          validFrom,
          starts[index + 1] ?? null,
          drawn.penalties,
          drawn.dates,
        );
        const last = chain[chain.length - 1];
        if (last !== undefined && !drawn.newProvision) {
          last.versions.push(lawVersion);
          return;
        }
        chain.push({
          id: `p${chain.length}`,
          instrumentId: `i${chain.length}`,
          instrumentName: `Code ${chain.length}`,
          label: `Art. ${index + 1}`,
          versions: [lawVersion],
          mitigationRules: drawn.mitigation.map(({ from, floor }) => tier(from, floor)),
        });
      });
      return chain;
    });

/** A count on a chain of `p0`… provisions, judged one to six years after the offence. */
const countArb = (provisionIds: fc.Arbitrary<string | null>, imprisonment: fc.Arbitrary<number | null>) =>
  fc
    .record({
      offenceDate: dateArb(1999, 2024),
      yearsToDecision: fc.integer({ min: 1, max: 6 }),
      finalAfterYears: fc.option(fc.integer({ min: 0, max: 2 })),
      convictedProvisionId: provisionIds,
      chargedProvisionId: fc.option(fc.constantFrom('p0', 'p1', 'other')),
      imprisonmentMonths: imprisonment,
      suspended: fc.option(fc.boolean()),
      fineEur: fc.option(fc.integer({ min: 0, max: 20000 })),
      circumstances: fc.subarray(SOME_CIRCUMSTANCES),
      mitigationCited: fc.option(fc.boolean()),
    })
    .map(({ yearsToDecision, finalAfterYears, ...rest }): ConvictedCount => {
      const decisionDate = plusYears(rest.offenceDate, yearsToDecision);
      return {
        ...rest,
        decisionDate,
        finalOn: finalAfterYears === null ? null : plusYears(decisionDate, finalAfterYears),
      };
    });

function versionInForce(chain: SuccessionChain, date: string): LawVersion | undefined {
  return chain
    .flatMap((provision) => provision.versions)
    .find(
      (candidate) => candidate.validFrom <= date && (candidate.validTo === null || date < candidate.validTo),
    );
}

function withNewProvision(
  chain: SuccessionChain,
  validFrom: string,
  penalties: PenaltyData[],
): SuccessionChain {
  return [
    ...chain,
    {
      id: 'p-new',
      instrumentId: 'i-new',
      instrumentName: 'New Code',
      label: 'Art. 1',
      versions: [version('v-new', validFrom, null, penalties)],
      mitigationRules: [],
    },
  ];
}

function verdictOf(finding: Finding) {
  return { status: finding.status, reasons: finding.reasons, shortfall: finding.shortfallMonths };
}

describe('properties', () => {
  it('a longer imposed term never turns COMPLIANT into BELOW_MINIMUM', () => {
    let compliant = 0;
    fc.assert(
      fc.property(
        contiguousChainArb({ knownMinimum: false, minimumFrom: 0, basic: true }),
        // From one month up: going from no prison to some prison can leave a lawful fine-only sentence (a fine
        // instead of imprisonment) for a term below the minimum, which is right.
        countArb(fc.constantFrom('p0', 'p1', 'p2'), fc.integer({ min: 1, max: 300 })),
        fc.integer({ min: 1, max: 120 }),
        (chain, base, extra) => {
          const shorter = evaluateCount(base, chain);
          fc.pre(shorter.status === 'COMPLIANT');
          compliant += 1;
          const longer = evaluateCount(
            { ...base, imprisonmentMonths: base.imprisonmentMonths! + extra },
            chain,
          );
          expect(longer.status).not.toBe('BELOW_MINIMUM');
        },
      ),
      { ...RUNS, maxSkipsPerRun: 1000 },
    );
    expect(compliant).toBeGreaterThanOrEqual(1000);
  });

  it('a later, harsher version never changes the status, reasons or shortfall', () => {
    fc.assert(
      fc.property(
        contiguousChainArb({ knownMinimum: true, minimumFrom: 0, basic: true }),
        countArb(fc.constantFrom('p0', 'p1', 'p2'), fc.option(fc.integer({ min: 0, max: 300 }))),
        fc.integer({ min: 0, max: 10 }),
        fc.array(
          fc.record({
            min: fc.integer({ min: 0, max: 60 }),
            max: fc.integer({ min: 0, max: 60 }),
            life: fc.boolean(),
          }),
          {
            minLength: 4,
            maxLength: 4,
          },
        ),
        (chain, lawCount, yearsAfterOffence, raises) => {
          fc.pre(chain.some((provision) => provision.id === lawCount.convictedProvisionId));
          const offenceLaw = versionInForce(chain, lawCount.offenceDate!);
          fc.pre(offenceLaw !== undefined);
          // Harsher form by form: minimum and ceiling up; with no recorded maximum, strictly by the minimum.
          const harsher = offenceLaw!.penalties.map((form, index) => {
            const raise = raises[index]!;
            return {
              ...form,
              imprisonmentMinMonths:
                form.imprisonmentMinMonths! +
                (form.imprisonmentMaxMonths === null ? raise.min + 1 : raise.min),
              imprisonmentMaxMonths:
                form.imprisonmentMaxMonths === null ? null : form.imprisonmentMaxMonths + raise.max,
              lifeImprisonment: form.lifeImprisonment || raise.life,
            };
          });
          const validFrom =
            yearsAfterOffence === 0
              ? nextDay(lawCount.offenceDate!)
              : plusYears(lawCount.offenceDate!, yearsAfterOffence);
          const before = evaluateCount(lawCount, chain);
          const after = evaluateCount(lawCount, withNewProvision(chain, validFrom, harsher));
          expect(verdictOf(after)).toEqual(verdictOf(before));
        },
      ),
      { ...RUNS, maxSkipsPerRun: 1000 },
    );
  });

  it('a more lenient later version in force by the window end is applied, and says so', () => {
    let changed = 0;
    fc.assert(
      fc.property(
        contiguousChainArb({ knownMinimum: true, minimumFrom: 1, basic: true }),
        countArb(fc.constantFrom('p0', 'p1', 'p2'), fc.option(fc.integer({ min: 0, max: 300 }))),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 4, maxLength: 4 }),
        (chain, lawCount, onWindowEnd, cuts) => {
          fc.pre(chain.some((provision) => provision.id === lawCount.convictedProvisionId));
          const offenceLaw = versionInForce(chain, lawCount.offenceDate!);
          fc.pre(offenceLaw !== undefined);
          const lenient = offenceLaw!.penalties.map((form, index) => ({
            ...form,
            imprisonmentMinMonths: Math.max(0, form.imprisonmentMinMonths! - cuts[index]!),
          }));
          const windowEnd = lawCount.finalOn ?? lawCount.decisionDate;
          const validFrom = onWindowEnd ? windowEnd : nextDay(lawCount.offenceDate!);
          const before = evaluateCount(lawCount, chain);
          const after = evaluateCount(lawCount, withNewProvision(chain, validFrom, lenient));
          expect(after.reasons).toContain('LEX_MITIOR_APPLIED');
          expect(after.applicable?.versionId).not.toBe(offenceLaw!.id);
          if (after.status !== before.status || after.shortfallMonths !== before.shortfallMonths)
            changed += 1;
        },
      ),
      { ...RUNS, maxSkipsPerRun: 1000 },
    );
    expect(changed).toBeGreaterThan(0);
  });

  it('never throws, and UNDETERMINED never carries a shortfall', () => {
    const anyChainArb = fc
      .array(
        fc.record({
          versions: fc.array(
            fc.record({
              validFrom: dateArb(1998, 2020),
              years: fc.option(fc.integer({ min: 0, max: 10 }), { freq: 3 }),
              penalties: fc
                .boolean()
                .chain((basic) => penaltiesArb({ knownMinimum: false, minimumFrom: 0, basic })),
              dates: sourceArb,
            }),
            { minLength: 1, maxLength: 3 },
          ),
          mitigation: mitigationArb,
        }),
        { minLength: 1, maxLength: 3 },
      )
      .map((provisions): SuccessionChain =>
        provisions.map(({ versions, mitigation }, index) => ({
          id: `p${index}`,
          instrumentId: `i${index}`,
          instrumentName: `Code ${index}`,
          label: `Art. ${index}`,
          versions: versions.map(({ validFrom, years, penalties, dates }, versionIndex) =>
            version(
              `v${index}.${versionIndex}`,
              validFrom,
              years === null ? null : plusYears(validFrom, years),
              penalties,
              dates,
            ),
          ),
          mitigationRules: mitigation.map(({ from, floor }) => tier(from, floor)),
        })),
      );
    const anyCountArb = fc
      .tuple(
        countArb(
          fc.oneof(
            { arbitrary: fc.constant<string | null>('p0'), weight: 8 },
            { arbitrary: fc.constantFrom<string | null>('p1', 'p2', 'other', null), weight: 2 },
          ),
          fc.option(fc.integer({ min: 0, max: 400 })),
        ),
        // Mostly well-formed dates; sometimes an unknown offence date or a decision before the offence.
        fc
          .tuple(fc.integer({ min: 0, max: 4 }), fc.option(dateArb(1998, 2030)), dateArb(1998, 2030))
          .map(([draw, offenceDate, decisionDate]) => (draw === 0 ? { offenceDate, decisionDate } : null)),
        fc.constantFrom<Circumstance[]>([], [], [...CIRCUMSTANCES]),
      )
      .map(([base, dates, extra]): ConvictedCount => ({
        ...base,
        ...dates,
        circumstances: [...base.circumstances, ...extra],
      }));

    fc.assert(
      fc.property(
        fc.oneof(anyChainArb, contiguousChainArb({ knownMinimum: false, minimumFrom: 0, basic: true })),
        anyCountArb,
        (chain, anyCount) => {
          const finding = evaluateCount(anyCount, chain);
          if (finding.status !== 'BELOW_MINIMUM') expect(finding.shortfallMonths).toBeNull();
          if (finding.shortfallMonths !== null) expect(finding.shortfallMonths).toBeGreaterThan(0);
          if (finding.confidence === 'NOT_APPLICABLE') expect(finding.status).toBe('UNDETERMINED');
          expect(finding.reasons).toEqual(
            FINDING_REASONS.filter((reason) => finding.reasons.includes(reason)),
          );
          expectReadableTrace(finding);
          if (anyCount.offenceDate !== null && anyCount.convictedProvisionId !== null) {
            expectReadableTrace(
              applicablePenalty(
                chain,
                anyCount.convictedProvisionId,
                anyCount.offenceDate,
                anyCount.decisionDate,
                anyCount.circumstances,
              ),
            );
          }
        },
      ),
      RUNS,
    );
  });
});
