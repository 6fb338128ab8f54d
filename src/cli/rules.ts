import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { calculators } from '../rules/calculators/index.ts';
import { calculatorContext } from '../rules/calculators/context.ts';
import { courtByCode } from '../courts/registry.ts';
import { problemOf } from '../http/errors.ts';
import { loadConfig } from '../platform/config.ts';
import { openApp } from '../platform/bootstrap.ts';
import { NoDatabaseHere } from '../db/connection.ts';
import type { StatutoryCalendar } from '../rules/calendar.ts';

// The same calculators as POST /api/v1/rules/<name>. With a database present (DATABASE_URL or the
// PGlite data folder) its calendar overrides apply, so that CLI and API answer alike.
export function rulesCommand(): Command {
  return new Command('rules')
    .description(`法律计算器：${Object.keys(calculators).join(', ')}`)
    .argument('<name>', '计算器名称')
    .requiredOption('--json <input>', '输入 JSON')
    .action(async (name: string, opts: { json: string }) => {
      const calc = calculators[name];
      const fail = (code: 'unknown-calculator' | 'invalid-input', detail?: string) => {
        console.log(JSON.stringify(problemOf({ ok: false, code, ...(detail ? { detail } : {}) }), null, 2));
        process.exitCode = 2;
      };
      if (!calc) return fail('unknown-calculator', name);
      let input: unknown;
      try {
        input = JSON.parse(opts.json);
      } catch {
        return fail('invalid-input', '输入不是合法的 JSON');
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
      const result = calc.run(input, calculatorContext(courtByCode, calendar));
      console.log(JSON.stringify(result.ok ? result.value : problemOf(result), null, 2));
      if (!result.ok) process.exitCode = 2;
    });
}
