/**
 * Lets the event loop run what is waiting (a database reply, the next statement of a write in flight) before a long
 * computation goes on.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
