import { v7 as uuidv7 } from 'uuid';

/**
 * A new row id made in the service (the importer names decisions, defendants and counts before it writes them):
 * a version 7 uuid, whose first 48 bits are the time in milliseconds. Ids made one after another sort together, so
 * the indexes keyed by them (primary keys, and the decision and defendant ids other tables carry) take each new
 * entry at their right edge instead of at a random page: a bulk import keeps a few index pages in memory instead of
 * every page of every such index. A v7 id tells when its row was made, to the millisecond; nothing else.
 */
export const newId = (): string => uuidv7();
