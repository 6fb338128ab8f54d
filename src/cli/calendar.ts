import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { openApp } from '../platform/bootstrap.ts';
import { setCalendarYear, storedCalendarYear } from '../platform/statutory-calendar.ts';
import { recomputeDeadlines } from '../deadlines/recompute-deadlines.ts';
import { localDate } from '../shared/dates.ts';
import { bundledCalendarYear, bundledCalendarYears, checkCalendarYear, provisionalNote, type CalendarYear } from '../rules/calendar.ts';
import { provisionalCalendarYear } from '../rules/provisional-calendar.ts';

// The statutory calendar's override table: a year the State Council publishes after the bundled
// data package is added here (放假日 and 调休上班日), and every deadline computation picks it up.
export function calendarCommand(): Command {
  const cal = new Command('calendar').description('法定节假日日历（按年覆盖）');
  cal
    .command('show')
    .argument('<year>')
    .description('显示某年的放假日与调休上班日')
    .action(async (yearText: string) => {
      const year = Number(yearText);
      const app = await openApp({ maintain: false });
      const stored = await storedCalendarYear(app.db, year);
      await app.close();
      const data: CalendarYear | undefined = stored ?? bundledCalendarYear(year);
      const provisional = data ? undefined : provisionalCalendarYear(year);
      if (provisional) {
        // Not yet published: show the provisional year and say what to do.
        console.log(JSON.stringify({ year, source: 'provisional', ...provisional, provisional: provisionalNote([year]) }, null, 2));
        return;
      }
      if (!data) {
        console.error(
          `${year} 年没有日历数据（内置数据覆盖 ${bundledCalendarYears[0]}–${bundledCalendarYears.at(-1)} 年）；请用 zhixing calendar set 添加`,
        );
        process.exitCode = 2;
        return;
      }
      console.log(JSON.stringify({ year, source: stored ? 'override' : 'bundled', ...data }, null, 2));
    });
  cal
    .command('set')
    .argument('<year>')
    .requiredOption('--file <json>', 'JSON 文件：{"holidays": ["YYYY-MM-DD", …], "makeUpWorkdays": [...]}')
    .option('--note <text>', '来源，如国务院办公厅通知文号', '')
    .description('设置某年的放假日与调休上班日（覆盖内置数据）')
    .action(async (yearText: string, opts: { file: string; note: string }) => {
      const year = Number(yearText);
      const parsed = JSON.parse(readFileSync(opts.file, 'utf8')) as CalendarYear;
      const checked = checkCalendarYear(year, { holidays: parsed.holidays ?? [], makeUpWorkdays: parsed.makeUpWorkdays ?? [] });
      if (!checked.ok) {
        console.error(`[${checked.code}] ${checked.detail}`);
        process.exitCode = 2;
        return;
      }
      const app = await openApp();
      // A running server sees the new version on its next calculation and re-reads the table.
      await setCalendarYear(app, app.clock.now(), app.courts.byCode('最高法')!.id, year, checked.value, opts.note);
      // Deadlines computed on the year's former (or provisional) arrangement move now (src/deadlines).
      const moved = await recomputeDeadlines(app, { from: localDate(`${year}-01-01`), to: localDate(`${year}-12-31`) });
      await app.close();
      console.log(`已设置 ${year} 年日历：放假 ${checked.value.holidays.length} 天，调休上班 ${checked.value.makeUpWorkdays.length} 天`);
      console.log(`已重算涉及 ${year} 年的未完成期限 ${moved.examined} 项，其中届满日等变动 ${moved.changed} 项`);
    });
  return cal;
}
