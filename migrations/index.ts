import { InitialSchema1795375278181 } from './1795375278181-InitialSchema';

/** Every migration, oldest first. Listed by hand so tests (swc) and the build (tsc) load the same classes. */
export const migrations = [InitialSchema1795375278181];
