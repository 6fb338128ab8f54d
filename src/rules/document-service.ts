// Service of court documents (送达): the six methods an officer records, and the day a document
// counts as served. Public notice (公告送达) counts as served once 30 days have passed since it
// was published; every other method on the day it was received, left or delivered.
import { addDays, type LocalDate } from '../shared/dates.ts';
import type { Citation, RuleDoc } from './citation.ts';

export const serviceMethods = ['direct', 'left-at-address', 'post', 'electronic', 'entrusted', 'public-notice'] as const;
export type ServiceMethod = (typeof serviceMethods)[number];

export const serviceMethodNames: Readonly<Record<ServiceMethod, string>> = {
  direct: '直接送达',
  'left-at-address': '留置送达',
  post: '邮寄送达',
  electronic: '电子送达',
  entrusted: '委托送达',
  'public-notice': '公告送达',
};

const CPL = '《中华人民共和国民事诉讼法》';
const CPL_VERSION = '2023年修正（2024-01-01施行）';

/** The article that governs each method. */
export const serviceMethodArticles: Readonly<Record<ServiceMethod, string>> = {
  direct: '第88条',
  'left-at-address': '第89条',
  electronic: '第90条',
  post: '第91条',
  entrusted: '第91条',
  'public-notice': '第95条',
};

export const PUBLIC_NOTICE_DAYS = 30; // 民事诉讼法 第95条：自发出公告之日起，经过三十日，即视为送达

export const citations: Citation[] = [
  { source: CPL, version: CPL_VERSION, article: '第87条', certainty: 'VERIFIED' },
  { source: CPL, version: CPL_VERSION, article: '第88条', certainty: 'VERIFIED' },
  { source: CPL, version: CPL_VERSION, article: '第89条', certainty: 'VERIFIED' },
  { source: CPL, version: CPL_VERSION, article: '第90条', certainty: 'VERIFIED' },
  { source: CPL, version: CPL_VERSION, article: '第91条', certainty: 'VERIFIED' },
  { source: CPL, version: CPL_VERSION, article: '第95条', certainty: 'VERIFIED' },
  {
    source: '《最高人民法院关于人民法院执行工作若干问题的规定（试行）》',
    version: '2020年修正',
    article: '第23条',
    certainty: 'VERIFIED',
  },
];

export const rule: RuleDoc = {
  id: 'document-service',
  title: '送达方式与送达日期',
  citations,
  summary:
    '执行通知书等文书的送达适用民事诉讼法关于送达的规定。送达方式：直接送达（签收日期为送达日期）、留置送达（记明拒收事由和日期，由见证人签名或拍照、录像，留在住所即视为送达）、' +
    '电子送达（经受送达人同意，以到达其特定系统的日期为送达日期）、委托送达与邮寄送达（以回执上注明的收件日期为送达日期）、' +
    '公告送达（受送达人下落不明或无法以其他方式送达时适用，自发出公告之日起经过三十日即视为送达，并在案卷中记明原因和经过）。' +
    '视为送达之日不因法定休假日顺延：它是送达生效之日，而非当事人须在期内为某行为的期间。',
};

/** The day the document counts as served: publication + 30 days for 公告送达, else the day itself. */
export function deemedServedOn(method: ServiceMethod, servedOn: LocalDate): LocalDate {
  return method === 'public-notice' ? addDays(servedOn, PUBLIC_NOTICE_DAYS) : servedOn;
}

/** 留置送达 and 公告送达 must record how it went (refusal and witnesses; reasons and course). */
export const needsCircumstances = (method: ServiceMethod): boolean => method === 'left-at-address' || method === 'public-notice';
