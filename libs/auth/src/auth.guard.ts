import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Actor, ForbiddenError, Role, UnauthenticatedError } from '@wsp/common';
import { AuthService } from './auth.service';
import { IS_PUBLIC_KEY, requestFrom, ROLES_KEY } from './decorators';

/**
 * Global guard: every operation needs a valid token and a role listed in @Roles, unless it is
 * marked @Public. An operation with neither is refused (deny by default). Ownership is checked
 * by the services with the actor this guard attaches to the request.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets) === true;
    const req = requestFrom(context);
    if (isPublic) return true;

    const header = req.headers['authorization'] ?? req.headers['Authorization'];
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (!token) throw new UnauthenticatedError();
    const actor: Actor = await this.auth.actorFromToken(token);
    req.actor = actor;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles || roles.length === 0) throw new ForbiddenError('Voor deze operatie is geen autorisatieregel vastgelegd');
    if (!roles.includes(actor.role)) throw new ForbiddenError();
    return true;
  }
}
