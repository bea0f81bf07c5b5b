import type { BatonContext } from '../context';
import { forbidden, unauthenticated } from '../errors';
import type { Principal } from './tokens';

type WidgetPrincipal = Extract<Principal, { kind: 'widget' }>;
type UserPrincipal = Extract<Principal, { kind: 'user' }>;

export function requireWidget(context: BatonContext): WidgetPrincipal {
  const { principal } = context;
  if (!principal) throw unauthenticated('Start a widget session first (startWidgetSession) and send its token as `Authorization: Bearer <token>`.');
  if (principal.kind !== 'widget') throw forbidden('Only a customer widget session can do this.');
  return principal;
}

export function requireUser(context: BatonContext, role: 'agent' | 'admin' = 'agent'): UserPrincipal {
  const { principal } = context;
  if (!principal) throw unauthenticated('Sign in first (login) and send the token as `Authorization: Bearer <token>`.');
  if (principal.kind !== 'user') throw forbidden('Only agents and admins can do this; a widget session cannot.');
  if (role === 'admin' && principal.role !== 'admin') throw forbidden('Only admins can do this.');
  return principal;
}

export function requireAnyone(context: BatonContext): Principal {
  if (!context.principal) throw unauthenticated();
  return context.principal;
}
