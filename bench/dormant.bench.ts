// 终本 re-search benchmark: a pool of N cases closed as 终本 on PostgreSQL (bulk-inserted with
// generate_series: cases, one debtor each, their pool rows), all due for a re-search; times the
// re-search sweep (batches of 50, each case's search of every institution enqueued through the
// outbox with its events, FOR UPDATE SKIP LOCKED, ADR 0217) over the whole pool — or as much of it
// as fits in BENCH_DORMANT_BUDGET_S seconds (default 600), the count printed — then the sandbox
// connectors delivering and answering the requests of the first BENCH_DORMANT_DELIVER cases
// (default 1,000), next to a raw SQL scan of the whole pool's due rows in the same run.
//   npm run bench:dormant                                   (1,000,000 cases)
//   BENCH_DORMANT=20000 BENCH_DORMANT_LIMIT=2000 npm run bench:dormant      (LIMIT caps the re-search)
// DATABASE_URL names a server to use (a scratch database is created on it); otherwise a throwaway
// one is started (bench/support/postgres.ts). The last line is one JSON object.
import { scratchDatabase } from './support/postgres.ts';
import pg from 'pg';
import { openApp } from '../src/platform/bootstrap.ts';
import { loadConfig } from '../src/platform/config.ts';
import { researchDormantSweep } from '../src/dormant/research-sweep.ts';
import { deliverDue } from '../src/outbox/deliver.ts';
import { connectorRegistry } from '../src/outbox/registry.ts';
import { sandboxConnector } from '../src/outbox/sandbox-connector.ts';
import { sandboxNetworkInstitutions } from '../src/institutions/sandbox/network.ts';
import { institutions } from '../src/institutions/directory.ts';
import { localDate } from '../src/shared/dates.ts';

const N = Number(process.env.BENCH_DORMANT ?? 1_000_000);
const LIMIT = Math.min(N, Number(process.env.BENCH_DORMANT_LIMIT ?? N));
const BUDGET_MS = Number(process.env.BENCH_DORMANT_BUDGET_S ?? 600) * 1000;
const DELIVER = Number(process.env.BENCH_DORMANT_DELIVER ?? 1_000);
const STEP = 20_000; // cases per sweep run: the budget is checked between runs
const AS_OF = localDate('2027-06-01');
const fmt = (n: number) => n.toLocaleString('en-US');
const rate = (n: number, ms: number) => Math.round(n / (ms / 1000));

// Cases over one province's basic courts, closed as 终本 through 2026 (cycle 1 due by 2027-06-01).
async function fill(client: pg.Client): Promise<void> {
  await client.query(
    `insert into cases (id, court_id, case_number, year, type, type_code, serial, status, filed_on, claim_amount,
       closure_mode, closed_on, closure_reason, created_at, updated_at)
     select gen_random_uuid(), c.ids[1 + g % cardinality(c.ids)], '（2025）bench执' || g || '号', 2025, 'first', '执', g, 'closed',
            date '2025-06-01' + (g % 180), 100000 + g % 1000000, 'current-procedure-terminated', date '2026-01-01' + (g % 330),
            '经穷尽财产调查措施，未发现可供执行的财产', now(), now()
     from generate_series(1, $1::integer) g,
          (select array_agg(id order by id) as ids from courts where code like '粤%' and level = 'basic' and special is null) c`,
    [N],
  );
  await client.query(
    `insert into case_parties (id, case_id, court_id, role, position, kind, name, id_number, id_type)
     select gen_random_uuid(), id, court_id, 'debtor', 0, 'person', '被执行人' || serial, lpad(serial::text, 18, '4'), 'resident-id'
     from cases`,
  );
  await client.query(
    `insert into dormant_cases (case_id, court_id, closed_on, entered_on, outstanding_fen, next_search_due, ends_on, entered_at)
     select id, court_id, closed_on, closed_on + 7, claim_amount, (closed_on + interval '6 months')::date,
            (closed_on + interval '5 years')::date, now()
     from cases`,
  );
  await client.query('analyze cases; analyze case_parties; analyze dormant_cases');
}

async function main() {
  console.log(
    `Zhixing 终本 re-search benchmark — a pool of ${fmt(N)} cases on PostgreSQL, up to ${fmt(LIMIT)} re-searched within ${BUDGET_MS / 1000} s, as of ${AS_OF}`,
  );
  const db = await scratchDatabase('zhixing_bench_dormant');
  try {
    const app = await openApp({ config: { ...loadConfig({}), databaseUrl: db.url } });
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    let started = performance.now();
    await fill(client);
    console.log(`pool filled in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    // The raw baseline: one scan of the pool's due rows with what the sweep reads of each case.
    started = performance.now();
    const scanned = await client.query(
      `select count(*) as n, sum(d.outstanding_fen) as owed from dormant_cases d join cases c on c.id = d.case_id
       join case_parties p on p.case_id = d.case_id and p.role = 'debtor'
       where d.status = 'in-pool' and d.next_search_due <= $1`,
      [AS_OF],
    );
    const scanMs = performance.now() - started;
    const due = Number(scanned.rows[0].n);

    started = performance.now();
    let researched = 0;
    while (researched < LIMIT && performance.now() - started < BUDGET_MS) {
      const done = researched;
      const swept = await researchDormantSweep.run(app, {
        asOf: AS_OF,
        dryRun: false,
        limit: Math.min(STEP, LIMIT - researched),
        onProgress: (p) => process.stderr.write(`\r  re-searched ${fmt(done + p.changed)} / ${fmt(LIMIT)}`),
      });
      researched += swept.changed;
      if (swept.changed === 0) break;
    }
    const sweepMs = performance.now() - started;
    process.stderr.write('\n');
    const requests = Number((await client.query(`select count(*) as n from outbound_requests where kind = 'asset-search'`)).rows[0].n);
    const cycles = Number((await client.query(`select count(*) as n from dormant_researches`)).rows[0].n);
    if (requests !== researched * institutions.length || cycles !== researched)
      throw new Error(`counts disagree: ${researched} sent, ${cycles} cycles, ${requests} requests`);
    const sweepRate = rate(researched, sweepMs);
    console.log(
      `re-search sweep    : ${fmt(sweepRate)} cases/s (${fmt(researched)} of ${fmt(due)} due in ${(sweepMs / 1000).toFixed(1)} s, ${fmt(requests)} requests enqueued)`,
    );
    const toDeliver = Math.min(DELIVER, researched) * institutions.length;

    // The sandbox connectors deliver and answer what the sweep enqueued (each institution within its cap).
    const members = sandboxNetworkInstitutions({ latencyMs: 0, faultRate: 0 });
    const registry = connectorRegistry(members.map((m) => sandboxConnector(m.sandbox, { kinds: ['asset-search'], concurrency: 8 })));
    const policy = {
      leaseMs: 60_000,
      attemptTimeoutMs: 5_000,
      backoff: { baseMs: 1_000, capMs: 60_000 },
      answerWindowMs: 3_600_000,
      random: () => 0.5,
    };
    started = performance.now();
    let answered = 0;
    while (answered < toDeliver) {
      const s = await deliverDue(app, registry, { worker: 'bench', limit: Math.min(2_000, toDeliver - answered), policy });
      answered += s.answered;
      process.stderr.write(`\r  answered ${fmt(answered)} / ${fmt(toDeliver)}`);
      if (s.claimed === 0) break;
    }
    const deliverMs = performance.now() - started;
    process.stderr.write('\n');
    const complete = Number((await client.query(`select count(*) as n from dormant_researches where answered_on is not null`)).rows[0].n);

    const scanRate = rate(due, scanMs);
    const deliverRate = rate(answered / institutions.length, deliverMs);
    console.log(
      `sandbox delivery   : ${fmt(deliverRate)} cases/s (${fmt(answered)} answers in ${(deliverMs / 1000).toFixed(1)} s, ${fmt(complete)} cycles complete)`,
    );
    console.log(`raw SQL scan       : ${fmt(scanRate)} cases/s (${fmt(due)} due rows in ${(scanMs / 1000).toFixed(1)} s)`);
    console.log(`ratio sweep / raw scan: ${(sweepRate / scanRate).toFixed(5)}`);
    await client.end();
    await app.close();
    console.log(
      JSON.stringify({
        bench: 'dormant-research',
        pool: N,
        due,
        researched,
        wholePool: researched === due,
        sweepSeconds: Number((sweepMs / 1000).toFixed(1)),
        requests,
        sweepPerSecond: sweepRate,
        deliveryPerSecond: deliverRate,
        rawScanPerSecond: scanRate,
        ratio: Number((sweepRate / scanRate).toFixed(5)),
        cyclesComplete: complete,
      }),
    );
  } catch (error) {
    console.error(error); // before the drop ends the connections
    process.exit(1);
  } finally {
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
