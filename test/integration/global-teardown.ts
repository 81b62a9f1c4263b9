/** Stops every test database the global setups made (once, however many projects' teardowns run). */
export default async function globalTeardown(): Promise<void> {
  const shared = globalThis as { __stopTestDatabase?: () => Promise<void> };
  const stop = shared.__stopTestDatabase;
  shared.__stopTestDatabase = undefined;
  await stop?.();
}
