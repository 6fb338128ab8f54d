// Case-list search benchmark: one court of N cases (1,000,000 by default) on PostgreSQL, each with
// a title and two parties; times the list's own query (listCaseRows, as GET /cases runs it) for a
// clerk's searches — a whole case number in another spelling, a fragment (执152), a party name
// fragment, a fragment of an ID number, a 执行依据 number, a status — next to a raw primary-key
// lookup in the same run, and prints each query's plan (which index it used).
//   npm run bench:search                     (1,000,000 cases)
//   BENCH_CASES=200000 npm run bench:search
// DATABASE_URL names a server to use (a scratch database is created on it); otherwise
// a throwaway one is started (bench/support/postgres.ts). The last line is one JSON object.
import { scratchDatabase } from './support/postgres.ts';
import pg from 'pg';
import { openApp } from '../src/platform/bootstrap.ts';
import { loadConfig } from '../src/platform/config.ts';
import { listCaseQuery, listCaseRows, type CaseListQuery } from '../src/cases/case-list.repo.ts';

const N = Number(process.env.BENCH_CASES ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const fmt = (n: number) => n.toLocaleString('en-US');

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽';

// N cases of 粤0703 over ten years, numbered in filing order per year; each with a title and an
// applicant and a debtor whose names and 18-character numbers are spread like a court's.
async function fill(client: pg.Client, courtId: number): Promise<void> {
  const perYear = Math.ceil(N / 10);
  await client.query(
    `insert into cases (id, court_id, case_number, year, type, type_code, serial, status, filed_on, claim_amount,
                        applicant_names, debtor_names, created_at, updated_at)
     select gen_random_uuid(), $2, '（' || y || '）粤0703执' || s || '号', y, 'first', '执', s,
            (array['filed','in-progress','suspended','deferred','closed'])[1 + g % 5],
            make_date(y, 1, 1) + (s * 365 / $3), 100000 + (g::bigint * 7919) % 100000000,
            substr($4, 1 + g % 120, 1) || substr($5, 1 + (g / 7) % 150, 1) || substr($5, 1 + (g / 13) % 150, 1),
            substr($4, 1 + (g / 3) % 120, 1) || substr($5, 1 + (g / 11) % 150, 1) || '建材有限公司',
            now(), now()
     from generate_series(0, $1::integer - 1) g, lateral (select 2017 + g / $3 as y, 1 + g % $3 as s) k`,
    [N, courtId, perYear, SURNAMES, GIVEN],
  );
  await client.query(
    `insert into case_titles (case_id, court_id, document_number, issuer, effective_on, obligations)
     select id, court_id, '（' || (year - 1) || '）粤0703民初' || serial || '号', '广东省江门市蓬江区人民法院', filed_on - 30, '[]'
     from cases`,
  );
  await client.query(
    `insert into case_parties (id, case_id, court_id, role, position, kind, name, id_number, id_type)
     select gen_random_uuid(), id, court_id, 'applicant', 0, 'person', applicant_names,
            '440703' || (1950 + serial % 50) || lpad(((serial % 12) + 1)::text, 2, '0') || lpad(((serial % 28) + 1)::text, 2, '0')
              || lpad((serial % 1000)::text, 3, '0') || (year % 10), 'resident-id'
     from cases`,
  );
  await client.query(
    `insert into case_parties (id, case_id, court_id, role, position, kind, name, credit_code, id_type)
     select gen_random_uuid(), id, court_id, 'debtor', 0, 'organization', debtor_names,
            '91440703' || upper(substr(md5(id::text), 1, 10)), 'credit-code'
     from cases`,
  );
  await client.query('analyze cases; analyze case_titles; analyze case_parties');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main() {
  console.log(`Zhixing case-list search benchmark — ${fmt(N)} cases in one court on PostgreSQL, ${ROUNDS} rounds each`);
  const db = await scratchDatabase('zhixing_bench_search');
  try {
    const app = await openApp({ config: { ...loadConfig({}), databaseUrl: db.url } });
    const court = app.courts.byCode('粤0703')!;
    const client = new pg.Client({ connectionString: db.url });
    client.on('error', (e) => console.error(`the benchmark's connection failed: ${e.message}`));
    await client.connect();
    const started = performance.now();
    await fill(client, court.id);
    console.log(`filled in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const sample = (await client.query(`select id, case_number from cases where serial = 1523 and year = 2022`)).rows[0] as {
      id: string;
      case_number: string;
    };
    const idFragment = String(
      (await client.query(`select id_number from case_parties where case_id = $1 and role = 'applicant'`, [sample.id])).rows[0].id_number,
    ).slice(6, 14);
    const base: CaseListQuery = { courtIds: [court.id], partyIdentity: null, after: null, limit: 21 };
    const searches: [string, CaseListQuery][] = [
      [
        'whole number, other spelling',
        { ...base, caseNumber: sample.case_number.replace('（', '(').replace('）', ') ').replace('号', '号 ') },
      ],
      ['number fragment 执1523', { ...base, caseNumber: '执1523' }],
      ['party name fragment', { ...base, party: '王伟' }],
      ['ID number fragment (8 digits)', { ...base, party: idFragment }],
      ['执行依据 number', { ...base, titleNumber: '（2021）粤0703民初1523号' }],
      ['status filter', { ...base, status: 'suspended' }],
      ['no filter (first page)', base],
    ];

    // The raw baseline: a primary-key lookup of a case, the cheapest read PostgreSQL does.
    const raw: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t = performance.now();
      await client.query('select * from cases where id = $1', [sample.id]);
      raw.push(performance.now() - t);
    }
    const rawMs = median(raw);
    console.log(`raw primary-key lookup: p50 ${rawMs.toFixed(2)} ms`);

    const figures: Record<string, { p50Ms: number; ratio: number; rows: number; plan: string }> = {};
    for (const [name, q] of searches) {
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < ROUNDS; i++) {
        const t = performance.now();
        rows = (await listCaseRows(app.db, q)).length;
        times.push(performance.now() - t);
      }
      // The plan of the same query, as the repository builds it (through EXPLAIN of its SQL).
      const compiled = listCaseQuery(q).compile(app.db);
      const plan = (await client.query(`explain (analyze, costs off, timing off) ${compiled.sql}`, compiled.parameters as unknown[])).rows
        .map((r: Record<string, string>) => r['QUERY PLAN'])
        .join('\n');
      const indexes = [
        ...new Set([...plan.matchAll(/(?:Index|Bitmap Index) (?:Only )?Scan (?:Backward )?(?:using|on) (\w+)/g)].map((m) => m[1])),
      ];
      const p50 = median(times);
      figures[name] = {
        p50Ms: Number(p50.toFixed(2)),
        ratio: Number((p50 / rawMs).toFixed(1)),
        rows,
        plan: indexes.join(', ') || 'sequential',
      };
      console.log(
        `\n${name}: p50 ${p50.toFixed(2)} ms = ${(p50 / rawMs).toFixed(1)}× the raw lookup, ${rows} rows; indexes: ${figures[name].plan}`,
      );
      console.log(
        plan
          .split('\n')
          .map((l: string) => `    ${l}`)
          .join('\n'),
      );
    }
    await client.end();
    await app.close();
    console.log(
      JSON.stringify({ bench: 'case-search', cases: N, rounds: ROUNDS, rawLookupP50Ms: Number(rawMs.toFixed(3)), searches: figures }),
    );
  } finally {
    await db.drop();
  }
}

await main();
