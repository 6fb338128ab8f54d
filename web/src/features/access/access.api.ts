import { useQuery, useQueryClient, useMutation } from '@tanstack/react-query';
import { client, isApiError, unwrap, type Body, type Schema } from '../../api.ts';

export type Me = Schema<'CurrentUser'>;
export type Permission = Me['permissions'][number];

export const meKey = ['auth', 'me'] as const;

// Signed out is an answer, not an error: the query yields null on 401.
async function fetchMe(): Promise<Me | null> {
  try {
    return await unwrap(client.GET('/api/v1/auth/me'));
  } catch (e) {
    if (isApiError(e) && e.status === 401) return null;
    throw e;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

export const can = (me: Me | null | undefined, permission: Permission): boolean => Boolean(me?.permissions.includes(permission));

/** Whether the user has any case list: court staff their courts', a party their own. */
export const seesCases = (me: Me | null | undefined): boolean => can(me, 'case.read') || can(me, 'party.case.read');

/** Where a user lands after sign-in: an officer's 待办, else the case list, or the public calculators for those without one. */
export const homeFor = (me: Me | null | undefined): string =>
  me?.mustChangePassword
    ? CHANGE_PASSWORD
    : me?.role === 'judge' || me?.role === 'enforcer'
      ? '/todo'
      : seesCases(me)
        ? '/cases'
        : '/calculators';

/** The page of one's own password: where a temporary password sends its user first. */
export const CHANGE_PASSWORD = '/account/password';

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/v1/auth/login', 'post'>) => unwrap(client.POST('/api/v1/auth/login', { body })),
    onSuccess: async () => {
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
      await qc.invalidateQueries({ queryKey: meKey });
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(client.POST('/api/v1/auth/logout')),
    onSettled: () => {
      qc.clear();
      qc.setQueryData(meKey, null);
    },
  });
}

/** "王芳（书记员）" with role 书记员 → "王芳": the header shows the role separately. */
export function shortName(me: Me): string {
  const m = /^(.*)（([^）]*)）$/.exec(me.displayName);
  return m && m[2] === me.roleName ? m[1]! : me.displayName;
}
