import { createParamDecorator, CustomDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Actor, Role, UnauthenticatedError } from '@wsp/common';

export const IS_PUBLIC_KEY = 'wsp:isPublic';
export const ROLES_KEY = 'wsp:roles';

/** Marks an operation that needs no login (only `login` and health checks). */
export const Public = (): CustomDecorator => SetMetadata(IS_PUBLIC_KEY, true);

/** The roles allowed to run an operation. Operations without @Roles or @Public are refused. */
export const Roles = (...roles: Role[]): CustomDecorator => SetMetadata(ROLES_KEY, roles);

export function requestFrom(context: ExecutionContext): { headers: Record<string, string | undefined>; actor?: Actor | null } {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: { headers: Record<string, string | undefined> } }>().req;
  }
  return context.switchToHttp().getRequest();
}

/** The authenticated actor of the current operation. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = requestFrom(context).actor;
  if (!actor) throw new UnauthenticatedError();
  return actor;
});
