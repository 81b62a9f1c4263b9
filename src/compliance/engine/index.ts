/**
 * The rules of sentencing compliance, in one room: which law applied to a conviction, how the sentence compares with
 * it, how far the answer can be cited, and the last word on a count after appeal. Pure: plain data in, plain data
 * out; nothing here reads a database, speaks GraphQL or imports TypeORM (the lint rule in eslint.config.mjs keeps it
 * so). Entities are mapped to these shapes at the edge (compliance/law-data.ts, finding.repository.ts).
 */
export { applicablePenalty, resolveApplicableLaw } from './applicable-law';
export {
  chainOf,
  lastWordOn,
  type ChainCount,
  type ChainDecision,
  type ChainLink,
  type LastWord,
} from './appeal-chain';
export { evaluateCount, rangeOfVersion } from './evaluate';
export { evaluateBatch, findingOf, type CountToEvaluate, type FindingRecord } from './finding-record';
export { LawSnapshot, type LawData } from './law-snapshot';
export * from './model';
