import { provisionLabel, provisionSortKey } from '../../src/law/provision-label';

describe('provisionLabel', () => {
  it.each([
    ['CODE', '171', 'Art. 171'],
    ['CODE', '171.1', 'Art. 171(1)'],
    ['CODE', '171.1.a', 'Art. 171(1)(a)'],
    ['LAW', '18.8', 'Art. 18(8)'],
    ['REGULATION', '2', 's. 2'],
    ['REGULATION', '2.1', 's. 2.1'],
    ['REGULATION', '1.1.a', 's. 1.1(a)'],
  ] as const)('%s %s → %s', (kind, number, label) => {
    expect(provisionLabel(kind, number)).toBe(label);
  });

  it('sorts numbers numerically, parents before children', () => {
    const sorted = ['10', '2', '171.1', '171', '2.10', '2.9'].sort((a, b) =>
      provisionSortKey(a).localeCompare(provisionSortKey(b)),
    );
    expect(sorted).toEqual(['2', '2.9', '2.10', '10', '171', '171.1']);
  });
});
