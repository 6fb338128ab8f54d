import type { Principal } from './access.types.ts';
import type { AppContext } from '../platform/context.ts';

/** The system itself (command line, demo seed): acts as the system over every court (or one court's subtree). */
export function systemPrincipal(ctx: AppContext, name: string, courtCode = '最高法'): Principal {
  const court = ctx.courts.byCode(courtCode);
  if (!court) throw new Error(`没有代字为「${courtCode}」的法院`);
  return {
    userId: '',
    username: 'system',
    displayName: name,
    role: 'administrator',
    courtId: court.id,
    scope: 'subtree',
    partyIdentity: null,
    courtIds: ctx.courts.subtreeIds(court.id),
  };
}
