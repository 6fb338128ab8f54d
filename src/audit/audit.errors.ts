import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// The audit trail: its chains, their signed checkpoints, and the replay of cases against them.
export const auditErrors = {
  'audit-key-missing': [503, '未配置审计签名密钥（ZHIXING_AUDIT_KEY_FILE），不能签名检查点'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof auditErrors> {}
}
