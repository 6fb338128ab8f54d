import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, withoutEmpty, type Body, type Query, type Schema } from '../../api.ts';
import { meKey } from './access.api.ts';

// The account pages' requests: one's own password and sessions, and user administration.

export type AccountUser = Schema<'AccountUser'>;
export type AccountSession = Schema<'AccountSession'>;
export type UserQuery = Query<'/api/v1/users'>;
export type Role = AccountUser['role'];
export type NewUser = Body<'/api/v1/users', 'post'>;
export type CourtAssignment = Body<'/api/v1/users/{id}/court', 'post'>;

/** The roles an administrator gives, in the order a court lists its people. */
export const roleOptions: { value: Role; label: string }[] = [
  { value: 'judge', label: '执行法官' },
  { value: 'enforcer', label: '执行员' },
  { value: 'clerk', label: '书记员' },
  { value: 'bureau-head', label: '执行局长' },
  { value: 'president', label: '院长' },
  { value: 'coordinator', label: '上级法院协调员' },
  { value: 'administrator', label: '系统管理员' },
  { value: 'party', label: '当事人' },
  { value: 'public', label: '公众' },
];

export const scopeLabel = (scope: 'court' | 'subtree'): string => (scope === 'subtree' ? '本院及下级法院' : '本院');

export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/v1/auth/password', 'post'>) => unwrap(client.POST('/api/v1/auth/password', { body })),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: meKey });
      await qc.invalidateQueries({ queryKey: sessionsKey });
    },
  });
}

const sessionsKey = ['account', 'sessions'] as const;

export function useSessions() {
  return useQuery({ queryKey: sessionsKey, queryFn: () => unwrap(client.GET('/api/v1/auth/sessions')) });
}

export function useSignOutSession() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(client.POST('/api/v1/auth/sessions/{id}/sign-out', { params: { path: { id } } })),
    onSettled: () => qc.invalidateQueries({ queryKey: sessionsKey }),
  });
}

export function useSignOutOthers() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(client.POST('/api/v1/auth/sessions/sign-out-others')),
    onSettled: () => qc.invalidateQueries({ queryKey: sessionsKey }),
  });
}

const usersKey = ['users'] as const;

export function useUsers(query: UserQuery) {
  return useQuery({
    queryKey: [...usersKey, query],
    queryFn: () => unwrap(client.GET('/api/v1/users', { params: { query: withoutEmpty(query) } })),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewUser) => unwrap(client.POST('/api/v1/users', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: usersKey }),
  });
}

type UserAction =
  | { kind: 'disable'; id: string }
  | { kind: 'enable'; id: string }
  | { kind: 'password'; id: string; password: string }
  | { kind: 'court'; id: string; to: CourtAssignment };

function runAction(a: UserAction): Promise<AccountUser> {
  const path = { id: a.id };
  if (a.kind === 'disable') return unwrap(client.POST('/api/v1/users/{id}/disable', { params: { path } }));
  if (a.kind === 'enable') return unwrap(client.POST('/api/v1/users/{id}/enable', { params: { path } }));
  if (a.kind === 'password')
    return unwrap(client.POST('/api/v1/users/{id}/password', { params: { path }, body: { password: a.password } }));
  return unwrap(client.POST('/api/v1/users/{id}/court', { params: { path }, body: a.to }));
}

export function useUserAction() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: runAction, onSuccess: () => qc.invalidateQueries({ queryKey: usersKey }) });
}

type CourtOption = { value: string; label: string };

/** Courts for a picker, by name or code (the directory is public; the server checks the scope). */
export function useCourtSearch(q: string) {
  return useQuery({
    queryKey: ['courts', 'search', q],
    queryFn: async (): Promise<CourtOption[]> => {
      const r = await unwrap(client.GET('/api/v1/courts', { params: { query: { q, limit: 20 } } }));
      return r.items.map((c) => ({ value: c.code, label: `${c.name}（${c.code}）` }));
    },
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}
