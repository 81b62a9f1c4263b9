import { InitialSchema1795375278181 } from './1795375278181-InitialSchema';
import { Findings1795380000000 } from './1795380000000-Findings';
import { Search1795390000000 } from './1795390000000-Search';
import { AccessAndAudit1795400000000 } from './1795400000000-AccessAndAudit';
import { LawRevision1795410000000 } from './1795410000000-LawRevision';
import { SearchRanking1795420000000 } from './1795420000000-SearchRanking';
import { SearchScale1795435000000 } from './1795435000000-SearchScale';
import { LawChangeNotify1795436000000 } from './1795436000000-LawChangeNotify';
import { FindingTally1795437000000 } from './1795437000000-FindingTally';
import { FindingTraceJson1795440000000 } from './1795440000000-FindingTraceJson';
import { FindingTallyDeferred1795441000000 } from './1795441000000-FindingTallyDeferred';
import { SearchDatedMatches1795442000000 } from './1795442000000-SearchDatedMatches';
import { FindingWriteCost1795443000000 } from './1795443000000-FindingWriteCost';
import { SearchRowLayout1795444000000 } from './1795444000000-SearchRowLayout';
import { FindingTallyVersion1795445000000 } from './1795445000000-FindingTallyVersion';
import { DecisionTextStorage1795446000000 } from './1795446000000-DecisionTextStorage';
import { FindingDecisionReference1795447000000 } from './1795447000000-FindingDecisionReference';
import { SearchWordSplit1795448100000 } from './1795448100000-SearchWordSplit';
import { SearchSync1795449000000 } from './1795449000000-SearchSync';
import { AppealChain1795449300000 } from './1795449300000-AppealChain';
import { DateBoundaries1795449400000 } from './1795449400000-DateBoundaries';
import { FindingsVersion1795450000000 } from './1795450000000-FindingsVersion';
import { FindingSentenceIndex1795450100000 } from './1795450100000-FindingSentenceIndex';
import { ProtectedNameHistory1795450200000 } from './1795450200000-ProtectedNameHistory';

/** Every migration, oldest first. Listed by hand so tests (swc) and the build (tsc) load the same classes. */
export const migrations = [
  InitialSchema1795375278181,
  Findings1795380000000,
  Search1795390000000,
  AccessAndAudit1795400000000,
  LawRevision1795410000000,
  SearchRanking1795420000000,
  SearchScale1795435000000,
  LawChangeNotify1795436000000,
  FindingTally1795437000000,
  FindingTraceJson1795440000000,
  FindingTallyDeferred1795441000000,
  SearchDatedMatches1795442000000,
  FindingWriteCost1795443000000,
  SearchRowLayout1795444000000,
  FindingTallyVersion1795445000000,
  DecisionTextStorage1795446000000,
  FindingDecisionReference1795447000000,
  SearchWordSplit1795448100000,
  SearchSync1795449000000,
  AppealChain1795449300000,
  DateBoundaries1795449400000,
  FindingsVersion1795450000000,
  FindingSentenceIndex1795450100000,
  ProtectedNameHistory1795450200000,
];
