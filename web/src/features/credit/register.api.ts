import { useQuery } from '@tanstack/react-query';
import { client, unwrap, withoutEmpty, type Query, type Schema } from '../../api.ts';
import type { Me } from '../access/access.api.ts';

// The court's dishonest-list register (失信名单) and the credit statistics (信用惩戒统计) as the web
// app reads them (GET /dishonest-listings, GET /credit/statistics).
export type RegisterItem = Schema<'ListingRegisterItem'>;
export type RegisterQuery = Query<'/api/v1/dishonest-listings'>;
export type CreditStatistics = Schema<'CreditStatistics'>;
export type StatisticsRow = Schema<'CreditStatisticsRow'>;
export type StatisticsQuery = Query<'/api/v1/credit/statistics'>;
export type ListingStatus = RegisterItem['status'];

export const useListingRegister = (query: RegisterQuery) =>
  useQuery({
    queryKey: ['credit', 'register', query],
    queryFn: () => unwrap(client.GET('/api/v1/dishonest-listings', { params: { query: withoutEmpty(query) } })),
    placeholderData: (previous) => previous,
  });

export const useCreditStatistics = (query: StatisticsQuery) =>
  useQuery({
    queryKey: ['credit', 'statistics', query],
    queryFn: () => unwrap(client.GET('/api/v1/credit/statistics', { params: { query: withoutEmpty(query) } })),
  });

export const listingStatusOptions: { value: ListingStatus; label: string }[] = [
  { value: 'pending', label: '待院长审批' },
  { value: 'decided', label: '已决定（宽限期内）' },
  { value: 'published', label: '已公布' },
  { value: 'deleted', label: '已删除' },
  { value: 'expired', label: '期限届满' },
  { value: 'rejected', label: '院长未批准' },
];

export const listingStatusColor: Record<ListingStatus, string> = {
  pending: 'processing',
  decided: 'warning',
  published: 'error',
  deleted: 'success',
  expired: 'default',
  rejected: 'default',
};

// The menu's entries: the register for those who handle cases and those who lead them; the
// statistics for the bureau head, the 院长 and the higher court's coordinator.
export const seesListingRegister = (me: Me | null | undefined): boolean =>
  ['judge', 'enforcer', 'clerk', 'bureau-head', 'president', 'coordinator'].includes(me?.role ?? '');
export const seesCreditStatistics = (me: Me | null | undefined): boolean =>
  ['bureau-head', 'president', 'coordinator'].includes(me?.role ?? '');
