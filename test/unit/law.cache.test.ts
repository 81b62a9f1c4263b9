import { LawCache } from '../../src/law/law.cache';
import type { LawChanges } from '../../src/law/law.changes';
import type { LawRepository } from '../../src/law/law.repository';

/** A law repository that counts its reads; `revision` is what the database would say now. */
function fakeRepository() {
  const state = { revision: '1', revisionReads: 0, loads: 0 };
  const rows = () => ({
    instruments: [],
    provisions: [],
    versions: [],
    penalties: [],
    successions: [],
    mitigationRules: [],
  });
  const repository = {
    revision: async () => {
      state.revisionReads++;
      return state.revision;
    },
    consistentRows: async () => {
      state.loads++;
      return { revision: state.revision, rows: rows() };
    },
  } as unknown as LawRepository;
  return { state, repository };
}

function fakeChanges() {
  const callbacks: (() => void)[] = [];
  const changes = {
    listening: true,
    onChange: (callback: () => void) => callbacks.push(callback),
    announce: () => callbacks.forEach((callback) => callback()),
  };
  return changes satisfies LawChanges;
}

describe('LawCache', () => {
  it('without a change feed, reads the revision on every use and reloads when it moved', async () => {
    const { state, repository } = fakeRepository();
    const cache = new LawCache(repository);
    expect((await cache.view()).revision).toBe('1');
    await cache.view();
    expect(state.revisionReads).toBe(2);
    expect(state.loads).toBe(1);
    state.revision = '2';
    expect((await cache.view()).revision).toBe('2');
    expect(cache.freshGeneration()).toBeNull();
  });

  it('while listening, trusts its copy until a change is announced', async () => {
    const { state, repository } = fakeRepository();
    const changes = fakeChanges();
    const cache = new LawCache(repository, changes);
    await cache.view();
    const generation = cache.freshGeneration();
    expect(generation).not.toBeNull();
    state.revisionReads = 0;
    await cache.view();
    await cache.view();
    expect(state.revisionReads).toBe(0);

    state.revision = '2';
    changes.announce();
    expect(cache.freshGeneration()).toBeNull();
    expect((await cache.view()).revision).toBe('2');
    expect(cache.freshGeneration()).not.toBe(generation);
  });

  it('reads the revision on every use while it is not listening', async () => {
    const { state, repository } = fakeRepository();
    const changes = fakeChanges();
    const cache = new LawCache(repository, changes);
    await cache.view();
    changes.listening = false;
    changes.announce();
    state.revision = '2';
    expect((await cache.view()).revision).toBe('2');
    state.revision = '3';
    expect((await cache.view()).revision).toBe('3');
    expect(cache.freshGeneration()).toBeNull();
  });

  it('does not trust a check during which a change was announced', async () => {
    const { state, repository } = fakeRepository();
    const changes = fakeChanges();
    const cache = new LawCache(repository, changes);
    const reading = cache.view();
    changes.announce(); // arrives while the revision is being read
    await reading;
    expect(cache.freshGeneration()).toBeNull();
    state.revisionReads = 0;
    await cache.view();
    expect(state.revisionReads).toBe(1);
  });

  it("sees its own process's writes at once: every use checks until the write ends", async () => {
    const { state, repository } = fakeRepository();
    const changes = fakeChanges();
    const cache = new LawCache(repository, changes);
    await cache.view();
    cache.writeStarted();
    expect(cache.freshGeneration()).toBeNull();
    state.revision = '2'; // committed; the notification has not arrived
    expect((await cache.view()).revision).toBe('2');
    state.revision = '3';
    expect((await cache.view()).revision).toBe('3');
    cache.writeEnded();
    state.revision = '4';
    expect((await cache.view()).revision).toBe('4');
    expect(cache.freshGeneration()).not.toBeNull();
  });
});
