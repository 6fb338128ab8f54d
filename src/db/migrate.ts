import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import type { Executor } from './connection.ts';
import * as foundation from './migrations/2026-11-26T0001-foundation.ts';
import * as personalDataReads from './migrations/2026-11-26T0002-personal-data-reads.ts';
import * as referenceVersions from './migrations/2026-12-01T1000-reference-versions.ts';
import * as caseListIndexes from './migrations/2026-12-01T2001-case-list-indexes.ts';
import * as normalisedIdentities from './migrations/2026-12-01T3001-normalised-identities.ts';
import * as caseNumberKeys from './migrations/2026-12-01T3002-case-number-keys.ts';
import * as exportReads from './migrations/2026-12-01T3003-export-reads.ts';
import * as auditCheckpoints from './migrations/2026-12-01T3004-audit-checkpoints.ts';
import * as signInFailures from './migrations/2026-12-01T6000-sign-in-attempts.ts';
// Deadlines, sweeps, idempotency keys and the deferral's end (src/deadlines, src/scheduler, src/idempotency).
import * as deadlines from './migrations/2026-12-01T4001-deadlines.ts';
import * as sweepRuns from './migrations/2026-12-01T4002-sweep-runs.ts';
import * as idempotencyKeys from './migrations/2026-12-01T4003-idempotency-keys.ts';
import * as deferralUntil from './migrations/2026-12-01T4004-deferral-until.ts';
// Outbound requests and documents (issue 10's shared mechanisms).
import * as outboundRequests from './migrations/2026-12-01T5001-outbound-requests.ts';
import * as documents from './migrations/2026-12-01T5002-documents.ts';
// Account pages: must-change passwords, session ids and where they were opened.
import * as accounts from './migrations/2026-12-02T1001-accounts.ts';
// The clerk's desk: complete parties and filing, list search indexes.
import * as completeFiling from './migrations/2026-12-02T3001-complete-filing.ts';
// Approvals (src/approvals).
import * as approvals from './migrations/2026-12-02T2001-approvals.ts';
// The asset register, seizures and deduction receipts (src/assets).
import * as assets from './migrations/2026-12-03T1001-assets.ts';
// Asset reports, sanctions, leads, on-site records and evidence (src/reports, src/leads, src/onsite).
import * as handling from './migrations/2026-12-03T3001-handling.ts';
// Online asset searches and the institution role (src/searches, src/institutions).
import * as assetSearches from './migrations/2026-12-03T2001-asset-searches.ts';
// Disposal: reference prices, auction rounds, sales and 以物抵债 (src/disposal).
import * as disposal from './migrations/2026-12-04T1001-disposal.ts';
// Case funds: accounts, the ledger, receipts, payouts (src/funds).
import * as funds from './migrations/2026-12-04T3001-funds.ts';
// The 院长's approval of fines and detentions, and the president role (src/reports, src/access).
import * as sanctionApprovals from './migrations/2026-12-05T2001-sanction-approvals.ts';
import * as courtDeadlines from './migrations/2026-12-05T3001-court-deadlines.ts';
import * as payoutInstructions from './migrations/2026-12-05T3002-payout-instructions.ts';
// Distribution among creditors (参与分配, src/distribution).
import * as distribution from './migrations/2026-12-05T4001-distribution.ts';
// Transfers between case accounts (执行款划转, src/funds).
import * as fundsTransfers from './migrations/2026-12-06T2001-funds-transfers.ts';
// Credit discipline: the dishonest list (失信, src/credit).
import * as dishonestListings from './migrations/2026-12-06T3001-dishonest-listings.ts';
import * as listingDeletion from './migrations/2026-12-07T1001-listing-deletion.ts';
import * as consumptionRestriction from './migrations/2026-12-08T1001-consumption-restriction.ts';
import * as creditRegisterIndex from './migrations/2026-12-08T2001-credit-register-index.ts';
import * as creditFeed from './migrations/2026-12-08T3001-credit-feed.ts';
import * as creditRestoration from './migrations/2026-12-09T1001-credit-restoration.ts';
import * as listingCorrections from './migrations/2026-12-09T3001-listing-corrections.ts';
import * as disciplineLevels from './migrations/2026-12-09T2001-discipline-levels.ts';
// 终本案件库 (src/dormant).
import * as dormantPool from './migrations/2026-12-10T2001-dormant-pool.ts';
import * as researchUnanswered from './migrations/2026-12-11T5001-research-unanswered.ts';

// Migrations are listed here, in order; names are frozen timestamps.
const migrations: Record<string, Migration> = {
  '2026-11-26T0001-foundation': foundation,
  '2026-11-26T0002-personal-data-reads': personalDataReads,
  '2026-12-01T1000-reference-versions': referenceVersions,
  '2026-12-01T2001-case-list-indexes': caseListIndexes,
  '2026-12-01T3001-normalised-identities': normalisedIdentities,
  '2026-12-01T3002-case-number-keys': caseNumberKeys,
  '2026-12-01T3003-export-reads': exportReads,
  '2026-12-01T3004-audit-checkpoints': auditCheckpoints,
  '2026-12-01T6000-sign-in-attempts': signInFailures,
  // Deadlines, sweeps, idempotency keys and the deferral's end.
  '2026-12-01T4001-deadlines': deadlines,
  '2026-12-01T4002-sweep-runs': sweepRuns,
  '2026-12-01T4003-idempotency-keys': idempotencyKeys,
  '2026-12-01T4004-deferral-until': deferralUntil,
  // Outbound requests and documents (issue 10's shared mechanisms).
  '2026-12-01T5001-outbound-requests': outboundRequests,
  '2026-12-01T5002-documents': documents,
  '2026-12-02T1001-accounts': accounts,
  // The clerk's desk.
  '2026-12-02T3001-complete-filing': completeFiling,
  // Approvals (src/approvals).
  '2026-12-02T2001-approvals': approvals,
  // The asset register, seizures and deduction receipts (src/assets).
  '2026-12-03T1001-assets': assets,
  // Asset reports, sanctions, leads, on-site records and evidence.
  '2026-12-03T3001-handling': handling,
  // Online asset searches and the institution role.
  '2026-12-03T2001-asset-searches': assetSearches,
  // Disposal: reference prices, auction rounds, sales and 以物抵债.
  '2026-12-04T1001-disposal': disposal,
  // Case funds (src/funds).
  '2026-12-04T3001-funds': funds,
  // Fines and detentions approved by the 院长; the president role.
  '2026-12-05T2001-sanction-approvals': sanctionApprovals,
  // Court deadlines (暂存款 claims) beside case deadlines (ADR 0160).
  '2026-12-05T3001-court-deadlines': courtDeadlines,
  // The payout's 执行款发放审批表 (ADR 0162).
  '2026-12-05T3002-payout-instructions': payoutInstructions,
  // Distribution among creditors (src/distribution).
  '2026-12-05T4001-distribution': distribution,
  // Transfers between case accounts (执行款划转, ADR 0185).
  '2026-12-06T2001-funds-transfers': fundsTransfers,
  // The dishonest list (src/credit, ADR 0190).
  '2026-12-06T3001-dishonest-listings': dishonestListings,
  // Ending a listing and notifying its recipients (src/credit, ADR 0205).
  '2026-12-07T1001-listing-deletion': listingDeletion,
  // Consumption restriction (限制消费令, src/credit, ADR 0206).
  '2026-12-08T1001-consumption-restriction': consumptionRestriction,
  // The listing register and the credit statistics (src/credit, ADR 0207).
  '2026-12-08T2001-credit-register-index': creditRegisterIndex,
  // The dishonest list's feed for its recipients and the public query's indexes (ADR 0208).
  '2026-12-08T3001-credit-feed': creditFeed,
  // Credit restoration (信用修复, src/credit, ADR 0209).
  '2026-12-09T1001-credit-restoration': creditRestoration,
  // Correction requests and 复议 of a listing (src/credit, ADR 0211).
  '2026-12-09T3001-listing-corrections': listingCorrections,
  // The discipline level of each debtor of a case (分级惩戒, ADR 0210).
  '2026-12-09T2001-discipline-levels': disciplineLevels,
  // 终本案件库 and its six-monthly re-search (src/dormant, ADR 0213).
  '2026-12-10T2001-dormant-pool': dormantPool,
  // A re-search cycle's requests that failed or timed out (ADR 0217).
  '2026-12-11T5001-research-unanswered': researchUnanswered,
};

// A migration may rewrite or index every row of a large table: the connection's statement
// timeout (src/platform/config.ts) is lifted inside its transaction, and only there.
const untimed = (m: Migration): Migration => ({
  up: async (db) => {
    await sql`set local statement_timeout = 0`.execute(db);
    await m.up(db);
  },
});
const provider: MigrationProvider = {
  getMigrations: async () => Object.fromEntries(Object.entries(migrations).map(([name, m]) => [name, untimed(m)])),
};

const migratorOf = (db: Executor) =>
  new Migrator({
    db,
    provider,
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
    // Branches add migrations side by side; one that sorts before an applied one still runs.
    allowUnorderedMigrations: true,
  });

/** Runs the migrations up to and including `name` (a database as an older release left it: tests of migrations). */
export async function migrateTo(db: Executor, name: string): Promise<void> {
  const { error } = await migratorOf(db).migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(JSON.stringify(error));
}

/** The migrations this database has not run yet (all of them on an empty database); reads only. */
export async function pendingMigrations(db: Executor): Promise<string[]> {
  const table = await sql<{ t: string | null }>`select to_regclass('schema_migrations')::text as t`.execute(db);
  if (!table.rows[0]?.t) return Object.keys(migrations);
  const done = await sql<{ name: string }>`select name from schema_migrations`.execute(db);
  const applied = new Set(done.rows.map((r) => r.name));
  return Object.keys(migrations).filter((m) => !applied.has(m));
}

export async function migrateToLatest(db: Executor): Promise<string[]> {
  // Most starts find nothing to do: one cheap query instead of the migrator's locking round.
  if ((await pendingMigrations(db)).length === 0) return [];
  const { error, results } = await migratorOf(db).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(JSON.stringify(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
