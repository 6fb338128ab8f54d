import { Help, type Command, type Option } from 'commander';

// The command line speaks Chinese throughout: commander's own words (help headings, usage lines,
// the help option and command, its parse errors) are replaced here, once for every command.

const titles: Record<string, string> = {
  'Usage:': '用法：',
  'Arguments:': '参数：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Global Options:': '全局选项：',
};

// The placeholders of arguments and option values, as the usage lines and option lists show them.
const placeholders: Record<string, string> = {
  options: '选项',
  command: '命令',
  file: '文件',
  n: '数量',
  code: '法院代字',
  format: '格式',
  date: '日期',
  json: 'JSON文件',
  text: '文字',
  year: '年度',
  input: '输入JSON',
  status: '状态',
  id: '编号',
  name: '名称',
  displayName: '姓名',
  role: '角色',
  password: '密码',
};

/** `[options]`, `<file>` and the like in Chinese; a placeholder not listed stays as written. */
export const chinesePlaceholders = (text: string): string =>
  text.replace(/([<[])([\w-]+)(\.\.\.)?([>\]])/g, (all, open: string, word: string, dots: string | undefined, close: string) =>
    placeholders[word] ? `${open}${placeholders[word]}${dots ?? ''}${close}` : all,
  );

function optionDescription(option: Option): string {
  const extra: string[] = [];
  if (option.argChoices) extra.push(`可选：${option.argChoices.join('、')}`);
  // Defaults of value options only: a switch's default (true/false) says nothing to an operator.
  if (option.defaultValue !== undefined && (option.required || option.optional))
    extra.push(`默认：${option.defaultValueDescription ?? String(option.defaultValue)}`);
  if (option.envVar) extra.push(`环境变量：${option.envVar}`);
  return extra.length ? `${option.description}（${extra.join('；')}）` : option.description;
}

// Chinese characters and full-width punctuation take two columns in a terminal.
const wide =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;
// eslint-disable-next-line no-control-regex
const displayWidth = (text: string) => text.replace(/\x1b\[\d*(;\d*)*m/g, '').replace(wide, '  ').length;

const help: Partial<Help> = {
  styleTitle: (title: string) => titles[title] ?? title,
  displayWidth,
  // The heading's full-width colon needs no space after it.
  formatHelp(this: Help, cmd: Command, helper: Help) {
    return Help.prototype.formatHelp.call(this, cmd, helper).replace(/^用法： /, '用法：');
  },
  commandUsage(this: Help, cmd: Command) {
    const names: string[] = [];
    for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
    return chinesePlaceholders(`${names.join(' ')} ${cmd.usage()}`);
  },
  subcommandTerm: (cmd: Command) =>
    chinesePlaceholders(
      [
        cmd.name(),
        cmd.options.length ? '[options]' : '',
        ...cmd.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`)),
      ]
        .filter(Boolean)
        .join(' '),
    ),
  optionTerm: (option: Option) => chinesePlaceholders(option.flags),
  argumentTerm: (argument) => chinesePlaceholders(`<${argument.name()}>`).slice(1, -1),
  optionDescription,
  argumentDescription: (argument) =>
    argument.defaultValue === undefined ? argument.description : `${argument.description}（默认：${String(argument.defaultValue)}）`,
};

// commander's parse errors, each in Chinese; anything else keeps its text after 错误：.
const errors: [RegExp, (...m: string[]) => string][] = [
  [/^error: unknown option '(.+?)'/, (o) => `未知选项 ${o}`],
  [/^error: unknown command '(.+?)'/, (c) => `未知命令 ${c}`],
  [/^error: missing required argument '(.+?)'/, (a) => `缺少参数 <${chinesePlaceholders(`<${a}>`).slice(1, -1)}>`],
  [/^error: option '(.+?)' argument missing/, (o) => `选项 ${chinesePlaceholders(o)} 缺少取值`],
  [/^error: required option '(.+?)' not specified/, (o) => `缺少必需的选项 ${chinesePlaceholders(o)}`],
  [
    /^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\./,
    (c, e, g) => `${c ? `命令 ${c} 的` : ''}参数过多：应有 ${e} 个，实有 ${g} 个`,
  ],
  [
    /^error: option '(.+?)' argument '(.+?)' is invalid\.\s*(.*)/s,
    (o, v, why) => `选项 ${chinesePlaceholders(o)} 的取值「${v}」无效${why ? `：${why.trim()}` : ''}`,
  ],
  [
    /^error: command-argument value '(.+?)' is invalid for argument '(.+?)'\.\s*(.*)/s,
    (v, a, why) => `参数 ${a} 的取值「${v}」无效${why ? `：${why.trim()}` : ''}`,
  ],
  [/^error: (.+) cannot be used with (.+)/, (a, b) => `${a} 不能与 ${b} 同时使用`],
  [/^error: /, () => ''],
];

/** A commander error message in Chinese: 错误：… with its suggestion (是否要输入 …？). */
export function chineseError(message: string): string {
  const [first = '', ...rest] = message.replace(/\n+$/, '').split('\n');
  const found = errors.find(([re]) => re.test(first))!;
  const m = found[0].exec(first)!;
  const text = found[1](...m.slice(1)) || first.replace(/^error: /, '');
  const suggestion = rest
    .join('\n')
    .replace(/\(Did you mean (?:one of )?(.+?)\?\)/, (_, s: string) => `（是否要输入 ${s}？）`)
    .trim();
  return `错误：${text}${suggestion ? `\n${suggestion}` : ''}\n`;
}

/** Makes `cmd` and every command under it speak Chinese: help, usage, the help option and command, errors. */
export function speakChinese(cmd: Command): Command {
  cmd
    .configureHelp(help)
    .helpOption('-h, --help', '显示帮助')
    .configureOutput({ outputError: (text, write) => write(chineseError(text)) })
    .showHelpAfterError('（加 --help 查看用法）');
  if (cmd.commands.length) cmd.helpCommand('help [命令]', '显示某个命令的帮助');
  for (const sub of cmd.commands) speakChinese(sub);
  return cmd;
}
