import { DomainError } from '../shared/errors';
import { hasRole, type Role, type Viewer } from './access.model';

export class UnauthenticatedError extends DomainError {
  constructor(message = 'The API key is unknown or revoked.') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(needed: Role, viewer: Viewer) {
    super(
      'FORBIDDEN',
      viewer.role === 'PUBLIC'
        ? `This needs an API key with the ${needed} role (send it as "Authorization: Bearer KEY").`
        : `This needs the ${needed} role; the key "${viewer.name}" has ${viewer.role}.`,
    );
  }
}

/** The one check every protected operation makes. */
export function requireRole(viewer: Viewer, needed: Role): void {
  if (!hasRole(viewer, needed)) throw new ForbiddenError(needed, viewer);
}
