/** Who is asking: the public, or the holder of an API key of some role. Roles include the ones below them. */
export const ROLES = ['PUBLIC', 'MONITOR', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];
export type KeyRole = Exclude<Role, 'PUBLIC'>;

export interface Viewer {
  role: Role;
  keyId: string | null;
  name: string;
}

export const PUBLIC_VIEWER: Viewer = { role: 'PUBLIC', keyId: null, name: 'public' };

export const hasRole = (viewer: Viewer, needed: Role): boolean =>
  ROLES.indexOf(viewer.role) >= ROLES.indexOf(needed);
