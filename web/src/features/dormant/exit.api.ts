import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type Body, type Schema } from '../../api.ts';
import { caseKeys } from '../cases/cases.api.ts';

// Where a 终本 case stands in the pool (GET /cases/{id}/dormant) and its exit by 履行完毕, 移送破产审查
// or 终结执行 (POST /cases/{id}/dormant-exit).
export type DormantStanding = Schema<'DormantStanding'>;
export type PoolExitBody = Body<'/api/v1/cases/{id}/dormant-exit', 'post'>;

export const useDormantStanding = (caseId: string, enabled: boolean) =>
  useQuery({
    queryKey: ['dormant', 'standing', caseId],
    enabled,
    retry: false,
    queryFn: () => unwrap(client.GET('/api/v1/cases/{id}/dormant', { params: { path: { id: caseId } } })),
  });

export function useRecordPoolExit(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PoolExitBody) => unwrap(client.POST('/api/v1/cases/{id}/dormant-exit', { params: { path: { id: caseId } }, body })),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['dormant'] }),
        qc.invalidateQueries({ queryKey: caseKeys.detail(caseId) }),
        qc.invalidateQueries({ queryKey: caseKeys.timeline(caseId) }),
        qc.invalidateQueries({ queryKey: ['credit'] }),
      ]),
  });
}

export const exitKindNames = { resumed: '恢复执行', paid: '履行完毕', bankruptcy: '移送破产审查', terminated: '终结执行' } as const;
