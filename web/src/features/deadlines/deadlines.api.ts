import { useQuery } from '@tanstack/react-query';
import { client, unwrap, type Schema } from '../../api.ts';
import type { Me } from '../access/access.api.ts';

// The deadlines API as the web reads it (src/deadlines/deadlines.contract.ts).
export type Deadline = Schema<'Deadline'>;

export const deadlineKeys = {
  ofCase: (id: string) => ['deadlines', 'case', id] as const,
  todo: ['deadlines', 'todo'] as const,
};

export function useCaseDeadlines(id: string) {
  return useQuery({
    queryKey: deadlineKeys.ofCase(id),
    queryFn: () => unwrap(client.GET('/api/v1/cases/{id}/deadlines', { params: { path: { id } } })),
  });
}

export function useMyTodo(enabled: boolean) {
  return useQuery({
    queryKey: deadlineKeys.todo,
    queryFn: () => unwrap(client.GET('/api/v1/me/todo', { params: { query: { limit: 200 } } })),
    enabled,
  });
}

/** Who has a 待办 list: the 承办人 of cases (执行法官, 执行员). */
export const handlesCases = (me: Me | null | undefined): boolean => me?.role === 'judge' || me?.role === 'enforcer';

/** The colour of a deadline as officers read it: red when past, orange within 7 days, green when met. */
export function deadlineTone(d: Deadline): 'error' | 'warning' | 'success' | 'default' | 'processing' {
  if (d.state === 'met') return d.late ? 'warning' : 'success';
  if (d.state === 'waived') return 'default';
  if (d.state === 'overdue' || (d.dueInDays !== null && d.dueInDays < 0)) return 'error';
  if (d.paused) return 'default';
  if (d.dueInDays !== null && d.dueInDays <= 7) return 'warning';
  return 'processing';
}

/** The basis as one line: 《…》第N条 for each citation. */
export const basisLine = (d: Deadline): string => d.basis.map((b) => `${b.source}${b.article}`).join('；');
