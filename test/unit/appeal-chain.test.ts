import { lastWordOn, type ChainCount, type ChainDecision, type ChainLink } from '../../src/compliance/engine';

/** A case built by hand: decisions with their counts, and the links between them. */
const TRAFFICKING = 'chain-trafficking';
const count = (
  id: string,
  defendant: string,
  verdict: ChainCount['verdict'] = 'CONVICTED',
  chainKey = TRAFFICKING,
): ChainCount => ({
  id,
  defendant,
  chainKey,
  citation: chainKey === TRAFFICKING ? 'CCK Art. 171' : 'CCK Art. 231',
  verdict,
});
const decision = (id: string, type: ChainDecision['type'], counts: ChainCount[]): ChainDecision => ({
  id,
  name: id,
  type,
  counts,
});
const byId = (...decisions: ChainDecision[]) => new Map(decisions.map((d) => [d.id, d]));
const appeal = (higher: string, lower: string, outcome: ChainLink['outcome']): ChainLink => ({
  decisionId: higher,
  lowerDecisionId: lower,
  outcome,
  kind: 'APPEAL',
});
const retrial = (after: string, retried: string): ChainLink => ({
  decisionId: retried,
  lowerDecisionId: after,
  outcome: null,
  kind: 'RETRIAL',
});

const FIRST = decision('P 1/16', 'FIRST_INSTANCE', [count('p-ab', 'A.B.'), count('p-cd', 'C.D.')]);

describe('the last word on a count', () => {
  it('is the count itself when nothing follows its decision', () => {
    const word = lastWordOn('p-ab', FIRST.id, byId(FIRST), []);
    expect(word).toMatchObject({ final: true, known: true, finalCountId: 'p-ab' });
  });

  it("is the appeal's restated count when the appeal corrects a sentence below the minimum", () => {
    const onAppeal = decision('PAKR 2/17', 'APPEAL', [count('a-ab', 'A.B.')]);
    const word = lastWordOn('p-ab', FIRST.id, byId(FIRST, onAppeal), [
      appeal(onAppeal.id, FIRST.id, 'MODIFIES'),
    ]);
    expect(word).toMatchObject({ final: false, known: true, finalCountId: 'a-ab' });
    expect(word.steps[0]).toBe(
      'PAKR 2/17 restates the count of A.B. under CCK Art. 171: the conviction stands.',
    );
  });

  it('stays the count itself when an appeal affirms without restating it', () => {
    const onAppeal = decision('PAKR 2/17', 'APPEAL', []);
    const word = lastWordOn('p-ab', FIRST.id, byId(FIRST, onAppeal), [
      appeal(onAppeal.id, FIRST.id, 'AFFIRMS'),
    ]);
    expect(word).toMatchObject({ final: false, known: true, finalCountId: 'p-ab' });
    expect(word.steps[0]).toMatch(/affirmed P 1\/16 without restating .*: the conviction stands as before\./);
  });

  it('is no conviction when the appeal reverses, or acquits on the restated count', () => {
    const reversed = decision('PAKR 2/17', 'APPEAL', []);
    expect(
      lastWordOn('p-ab', FIRST.id, byId(FIRST, reversed), [appeal(reversed.id, FIRST.id, 'REVERSES')]),
    ).toMatchObject({ final: false, known: true, finalCountId: null });
    const acquits = decision('PAKR 2/17', 'APPEAL', [count('a-ab', 'A.B.', 'ACQUITTED')]);
    const word = lastWordOn('p-ab', FIRST.id, byId(FIRST, acquits), [
      appeal(acquits.id, FIRST.id, 'REVERSES'),
    ]);
    expect(word).toMatchObject({ known: true, finalCountId: null });
    expect(word.steps[0]).toMatch(/the count ends in acquitted/);
  });

  it('follows an annulment to the retrial that convicts again, across three courts', () => {
    const onAppeal = decision('PAKR 2/17', 'APPEAL', [count('a-ab', 'A.B.')]);
    const supreme = decision('Pml.Kzz 3/18', 'SUPREME', []);
    const retried = decision('P 4/19', 'FIRST_INSTANCE', [count('r-ab', 'A.B.')]);
    const links = [
      appeal(onAppeal.id, FIRST.id, 'AFFIRMS'),
      appeal(supreme.id, onAppeal.id, 'ANNULS'),
      retrial(supreme.id, retried.id),
    ];
    const word = lastWordOn('p-ab', FIRST.id, byId(FIRST, onAppeal, supreme, retried), links);
    expect(word).toMatchObject({ final: false, known: true, finalCountId: 'r-ab' });
    expect(word.steps).toEqual([
      'PAKR 2/17 restates the count of A.B. under CCK Art. 171: the conviction stands.',
      'Pml.Kzz 3/18 annulled PAKR 2/17: the conviction no longer stands.',
      'The retrial P 4/19 restates the count of A.B. under CCK Art. 171: the conviction stands.',
      'The last word is P 4/19.',
    ]);
    // The appeal's own count follows the same path, and the retrial's is final.
    expect(lastWordOn('a-ab', onAppeal.id, byId(FIRST, onAppeal, supreme, retried), links).finalCountId).toBe(
      'r-ab',
    );
    expect(lastWordOn('r-ab', retried.id, byId(FIRST, onAppeal, supreme, retried), links).final).toBe(true);
  });

  it('ends without a conviction when an annulment is followed by no retrial', () => {
    const supreme = decision('Pml.Kzz 3/18', 'SUPREME', []);
    const word = lastWordOn('p-cd', FIRST.id, byId(FIRST, supreme), [appeal(supreme.id, FIRST.id, 'ANNULS')]);
    expect(word).toMatchObject({ known: true, finalCountId: null });
    expect(word.steps.at(-1)).toBe('The case ends in Pml.Kzz 3/18 without a conviction on this count.');
  });

  it('says it cannot tell when a modification does not restate the count', () => {
    const onAppeal = decision('PAKR 2/17', 'APPEAL', [count('a-cd', 'C.D.')]);
    const word = lastWordOn('p-ab', FIRST.id, byId(FIRST, onAppeal), [
      appeal(onAppeal.id, FIRST.id, 'MODIFIES'),
    ]);
    expect(word).toMatchObject({ final: false, known: false, finalCountId: null });
    expect(word.steps[0]).toMatch(
      /modified P 1\/16 without restating the count of A\.B\..*: its sentence after that is not held/,
    );
  });

  it('says it cannot tell when two counts of the defendant could answer, and never guesses', () => {
    const onAppeal = decision('PAKR 2/17', 'APPEAL', [count('a-1', 'A.B.'), count('a-2', 'A.B.')]);
    const word = lastWordOn('p-ab', FIRST.id, byId(FIRST, onAppeal), [
      appeal(onAppeal.id, FIRST.id, 'MODIFIES'),
    ]);
    expect(word).toMatchObject({ known: false, finalCountId: null });
    expect(word.steps[0]).toMatch(/records 2 counts of A\.B\. that could answer for this one/);
  });

  it('matches by defendant alone when the provision changed on appeal and each decision has one count', () => {
    const onAppeal = decision('PAKR 2/17', 'APPEAL', [count('a-ab', 'A.B.', 'CONVICTED', 'chain-services')]);
    const word = lastWordOn('p-ab', FIRST.id, byId(FIRST, onAppeal), [
      appeal(onAppeal.id, FIRST.id, 'MODIFIES'),
    ]);
    expect(word).toMatchObject({ known: true, finalCountId: 'a-ab' });
    expect(word.steps[0]).toMatch(/matched by defendant alone: CCK Art\. 231 in place of CCK Art\. 171/);
  });

  it('says it cannot tell when a decision is followed by two others', () => {
    const one = decision('PAKR 2/17', 'APPEAL', []);
    const two = decision('PAKR 5/17', 'APPEAL', []);
    const word = lastWordOn('p-ab', FIRST.id, byId(FIRST, one, two), [
      appeal(one.id, FIRST.id, 'AFFIRMS'),
      appeal(two.id, FIRST.id, 'REVERSES'),
    ]);
    expect(word).toMatchObject({ known: false, finalCountId: null });
  });
});

describe('a later decision recorded without its verdicts', () => {
  it('restates nothing: its outcome decides', () => {
    const supreme = decision('Pml.Kzz 3/18', 'SUPREME', [count('s-ab', 'A.B.', null)]);
    const word = lastWordOn('p-ab', FIRST.id, byId(FIRST, supreme), [appeal(supreme.id, FIRST.id, 'ANNULS')]);
    expect(word).toMatchObject({ known: true, finalCountId: null });
    expect(word.steps[0]).toBe('Pml.Kzz 3/18 annulled P 1/16: the conviction no longer stands.');
  });
});
