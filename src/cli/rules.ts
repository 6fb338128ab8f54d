import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { calculators } from '../rules/calculators/index.ts';
import { calculatorContext } from '../rules/calculators/context.ts';
import { runCalculator } from '../rules/calculators/run.ts';
import { courtByCode } from '../courts/registry.ts';
import type { CourtRow } from '../courts/court-directory.ts';
import { problemOf } from '../http/errors.ts';
import { loadConfig } from '../platform/config.ts';
import { openApp } from '../platform/bootstrap.ts';
import { NoDatabaseHere } from '../db/connection.ts';
import type { StatutoryCalendar } from '../rules/calendar.ts';
import { calculatorsHelp } from './calculator-help.ts';

// The same calculators as POST /api/v1/rules/<name>. With a database present (DATABASE_URL or the
// PGlite data folder) its calendar overrides apply, so that CLI and API answer alike.
export function rulesCommand(): Command {
  return new Command('rules')
    .description('法律计算器：与 POST /api/v1/rules/<名称> 相同的计算，答复附法律依据')
    .argument('<name>', `计算器名称：${Object.keys(calculators).join('、')}`)
    .requiredOption('--json <input>', '输入 JSON（各计算器的字段见下）')
    .addHelpText('after', () => calculatorsHelp(Object.values(calculators)))
    .action(async (name: string, opts: { json: string }) => {
      const calc = calculators[name];
      const fail = (code: 'unknown-calculator' | 'invalid-json', detail?: string) => {
        console.log(JSON.stringify(problemOf({ ok: false, code, ...(detail ? { detail } : {}) }), null, 2));
        process.exitCode = 2;
      };
      if (!calc) return fail('unknown-calculator', name);
      let input: unknown;
      try {
        input = JSON.parse(opts.json);
      } catch {
        return fail('invalid-json');
      }
      const config = loadConfig();
      let calendar: StatutoryCalendar | undefined;
      if (config.databaseUrl || existsSync(config.dataDir)) {
        // A folder without a database yet (none was ever started there) has no overrides either.
        const app = await openApp({ config, maintain: false }).catch((error: unknown) => {
          if (error instanceof NoDatabaseHere) return null;
          throw error;
        });
        calendar = app?.calendar;
        await app?.close();
      }
      // Without a database the registry itself answers; the shape is the directory's, minus ids.
      const row = (code: string | null): CourtRow | undefined => {
        const c = code === null ? undefined : courtByCode(code);
        return (
          c && {
            id: 0,
            code: c.code,
            name: c.name,
            level: c.level,
            parentId: null,
            provinceCode: c.provinceCode,
            special: c.special,
            active: true,
          }
        );
      };
      const courts = { byCode: row, parentOf: (c: CourtRow) => row(courtByCode(c.code)?.parentCode ?? null) };
      const result = runCalculator(calc, input, calculatorContext(courts, calendar));
      console.log(JSON.stringify(result.ok ? result.value : problemOf(result), null, 2));
      if (!result.ok) process.exitCode = 2;
    });
}
