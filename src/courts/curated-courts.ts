// The courts GB/T 2260 cannot give: functional-zone, railway, maritime, IP, financial, internet,
// forest-area, 农垦, oilfield and other non-territorial courts, and the odd parents of counties
// outside any prefecture. Each row says where its code was seen, in the digest's words:
// VERIFIED-2nd = the code itself seen in a public case number or a court's own code list;
// UNSURE = the court is real (seen by name in a court list) but its code follows the numbering rule
// (P2 item 3: 71 railway, 72 maritime, 73 IP, 74 oilfield/financial, 75–80 forest, 81–85 农垦,
// 87–95 cross-region; 9x suffix for special basic courts) and was not seen.
import type { Certainty } from '../rules/citation.ts';

export type CourtKind =
  | 'functional-zone'
  | 'railway'
  | 'maritime'
  | 'ip'
  | 'financial'
  | 'internet'
  | 'forest'
  | 'reclamation'
  | 'oilfield'
  | 'mining'
  | 'non-territorial'
  | 'direct-county'
  | 'xpcc';

export type CuratedCourt = {
  readonly code: string;
  readonly name: string;
  readonly parent: string;
  readonly kind: CourtKind;
  readonly seen: string; // where the code (or, for UNSURE rows, the court) was seen
  readonly certainty: Certainty;
};

// Sources, named once. Every one is public: a ruling's case number or a court's own list.
const S = {
  shaanxiList: '陕西法院代字表（陕西法院移动办公系统公开代码中的法院名录，fydz 字段）',
  hubeiList: '湖北法院公开网法院代码表（hbfy.org，公开代码转录）',
  chongqingList: '重庆法院公众服务网法院代码表（cqfygzfw.gov.cn，公开代码转录）',
  wenshuList: '中国裁判文书网法院名录（公开爬虫代码中的中级法院列表）',
  gansuList: '甘肃法院名录（公开代码中的法院编制表）',
  pkulaw: '北大法宝案例检索结果（公开代码中的案号清单）',
} as const;

const row = (code: string, name: string, parent: string, kind: CourtKind, seen: string, certainty: Certainty): CuratedCourt => ({
  code,
  name,
  parent,
  kind,
  seen,
  certainty,
});

// Intermediate-level courts first: basic courts below hang on them.
// prettier-ignore
export const CURATED_INTERMEDIATE_COURTS: readonly CuratedCourt[] = [
  // odd parents of counties under direct provincial administration (P2 item 3: 96–99)
  row('鄂96', '湖北省汉江中级人民法院', '鄂', 'direct-county', `（2018）鄂96民初9号；${S.hubeiList} HD0`, 'VERIFIED-2nd'),
  row('豫96', '河南省济源中级人民法院', '豫', 'direct-county', `法院见于${S.wenshuList}；代字按96规则`, 'UNSURE'),
  row('琼96', '海南省第一中级人民法院', '琼', 'direct-county', `（2026）琼96民终807号、（2023）琼96民终6628号（${S.pkulaw}）`, 'VERIFIED-2nd'),
  row('琼97', '海南省第二中级人民法院', '琼', 'direct-county', '（2020）琼9701行初5号之上级代字；公开案号', 'VERIFIED-2nd'),
  // railway transport intermediate courts (71)
  row('陕71', '西安铁路运输中级法院', '陕', 'railway', `${S.shaanxiList}：陕71`, 'VERIFIED-2nd'),
  row('粤71', '广州铁路运输中级法院', '粤', 'railway', '（2019）粤71行终1769号、（2017）粤71行终2214号', 'VERIFIED-2nd'),
  row('沪71', '上海铁路运输中级法院', '沪', 'railway', `（2024）沪7101行初94号之上级代字；法院见于${S.wenshuList}`, 'VERIFIED-2nd'),
  row('京71', '北京铁路运输中级法院', '京', 'railway', `法院见于${S.wenshuList}`, 'UNSURE'),
  row('黑71', '哈尔滨铁路运输中级法院', '黑', 'railway', '法院见于黑龙江法院名录（公开代码）', 'UNSURE'),
  row('辽71', '沈阳铁路运输中级法院', '辽', 'railway', `法院见于${S.wenshuList}`, 'UNSURE'),
  row('吉71', '长春铁路运输中级法院', '吉', 'railway', `法院见于${S.wenshuList}`, 'UNSURE'),
  row('晋71', '太原铁路运输中级法院', '晋', 'railway', `法院见于${S.wenshuList}`, 'UNSURE'),
  row('鲁71', '济南铁路运输中级法院', '鲁', 'railway', `法院见于${S.wenshuList}`, 'UNSURE'),
  row('赣71', '南昌铁路运输中级法院', '赣', 'railway', `法院见于${S.wenshuList}`, 'UNSURE'),
  row('鄂71', '武汉铁路运输中级法院', '鄂', 'railway', `法院见于${S.wenshuList}`, 'UNSURE'),
  row('桂71', '南宁铁路运输中级法院', '桂', 'railway', `法院见于${S.wenshuList}`, 'UNSURE'),
  row('川71', '成都铁路运输中级法院', '川', 'railway', `法院见于${S.wenshuList}`, 'UNSURE'),
  row('甘71', '兰州铁路运输中级法院', '甘', 'railway', `法院见于${S.wenshuList}、${S.gansuList}`, 'UNSURE'),
  // maritime courts (72)
  row('津72', '天津海事法院', '津', 'maritime', '天津海事法院案号（公开代码）', 'VERIFIED-2nd'),
  row('辽72', '大连海事法院', '辽', 'maritime', `法院见于${S.wenshuList}`, 'UNSURE'),
  row('沪72', '上海海事法院', '沪', 'maritime', `法院见于${S.wenshuList}`, 'UNSURE'),
  row('苏72', '南京海事法院', '苏', 'maritime', '南京海事法院（2019年设立）；代字按72规则', 'UNSURE'),
  row('浙72', '宁波海事法院', '浙', 'maritime', '宁波海事法院；代字按72规则', 'UNSURE'),
  row('闽72', '厦门海事法院', '闽', 'maritime', `法院见于${S.wenshuList}`, 'UNSURE'),
  row('鲁72', '青岛海事法院', '鲁', 'maritime', '（2020）鲁72民初2175号，青岛海事法院（公开代码中的案例清单）', 'VERIFIED-2nd'),
  row('鄂72', '武汉海事法院', '鄂', 'maritime', '武汉海事法院案号（公开代码）', 'VERIFIED-2nd'),
  row('粤72', '广州海事法院', '粤', 'maritime', `法院见于${S.wenshuList}`, 'UNSURE'),
  row('桂72', '北海海事法院', '桂', 'maritime', '北海海事法院；代字按72规则', 'UNSURE'),
  row('琼72', '海口海事法院', '琼', 'maritime', '海口海事法院；代字按72规则', 'UNSURE'),
  // intellectual-property courts (73)
  row('京73', '北京知识产权法院', '京', 'ip', '北京知识产权法院案号（公开代码）', 'VERIFIED-2nd'),
  row('沪73', '上海知识产权法院', '沪', 'ip', `法院见于${S.wenshuList}`, 'UNSURE'),
  row('粤73', '广州知识产权法院', '粤', 'ip', `法院见于${S.wenshuList}`, 'UNSURE'),
  row('琼73', '海南自由贸易港知识产权法院', '琼', 'ip', '海南自由贸易港知识产权法院（2021年设立）；代字按73规则', 'UNSURE'),
  // financial courts (74 in practice; 成渝金融法院 is cross-region, 87)
  row('京74', '北京金融法院', '京', 'financial', '北京金融法院案号（公开代码）', 'VERIFIED-2nd'),
  row('沪74', '上海金融法院', '沪', 'financial', '上海金融法院案号（公开代码）', 'VERIFIED-2nd'),
  row('渝87', '成渝金融法院', '渝', 'financial', `${S.chongqingList} M60（隶属重庆高院）；代字按跨行政区划87规则`, 'UNSURE'),
  // oilfield, forest-area, 农垦 and mining intermediate courts
  row('辽74', '辽宁省辽河中级人民法院', '辽', 'oilfield', `法院见于${S.wenshuList}；代字按74规则`, 'UNSURE'),
  row('黑75', '黑龙江省林区中级人民法院', '黑', 'forest', `法院见于${S.wenshuList}；代字按75–80规则`, 'UNSURE'),
  row('吉75', '吉林省长春林区中级法院', '吉', 'forest', `法院见于${S.wenshuList}；代字按75–80规则`, 'UNSURE'),
  row('吉76', '吉林省延边林区中级法院', '吉', 'forest', `法院见于${S.wenshuList}；代字按75–80规则`, 'UNSURE'),
  row('甘75', '甘肃省林区中级法院', '甘', 'forest', `法院见于${S.gansuList}；代字按75–80规则`, 'UNSURE'),
  row('黑81', '黑龙江省农垦中级法院', '黑', 'reclamation', `法院见于${S.wenshuList}；代字按81–85规则`, 'UNSURE'),
  row('甘95', '甘肃矿区人民法院', '甘', 'mining', `法院见于${S.gansuList}（中级法院序列）；代字按87–95规则`, 'UNSURE'),
];

// prettier-ignore
export const CURATED_BASIC_COURTS: readonly CuratedCourt[] = [
  // functional-zone courts: the intermediate court's digits + 9x, not the statistics bureau's x7y code
  row('苏0591', '江苏省苏州工业园区人民法院', '苏05', 'functional-zone', '（2025）苏0591民初25751号、（2017）苏0591民初8775号（公开代码）', 'VERIFIED-2nd'),
  row('豫0192', '河南省郑州航空港经济综合实验区人民法院', '豫01', 'functional-zone', '（2020）豫0192执2437号之一（裁定书原文，公开代码）', 'VERIFIED-2nd'),
  row('渝0192', '重庆自由贸易试验区人民法院', '渝01', 'functional-zone', `${S.chongqingList} M1O（隶属一中院）；代字按9x规则`, 'UNSURE'),
  // internet courts
  row('京0491', '北京互联网法院', '京04', 'internet', `（2026）京0491民初4964号（${S.pkulaw}）`, 'VERIFIED-2nd'),
  row('粤0192', '广州互联网法院', '粤01', 'internet', `（2023）粤0192民初1448号、（2025）粤0192民初9279号（${S.pkulaw}）`, 'VERIFIED-2nd'),
  row('浙0192', '杭州互联网法院', '浙01', 'internet', `（2024）浙0192民初1779号、（2019）浙0192民初1035号（${S.pkulaw}）`, 'VERIFIED-2nd'),
  // railway transport basic courts
  row('陕7101', '安康铁路运输法院', '陕71', 'railway', `${S.shaanxiList}：陕7101`, 'VERIFIED-2nd'),
  row('陕7102', '西安铁路运输法院', '陕71', 'railway', `${S.shaanxiList}：陕7102；（2023）陕7102行初3091号`, 'VERIFIED-2nd'),
  row('沪7101', '上海铁路运输法院', '沪71', 'railway', `（2024）沪7101行初94号、（2018）沪7101民初597号（${S.pkulaw}）`, 'VERIFIED-2nd'),
  // railway courts of provinces without a railway intermediate court: 86xx, under the seat's 中院 (parent UNSURE)
  row('苏8601', '徐州铁路运输法院', '苏03', 'railway', '（2021）苏8601行初923号，法院名称徐州铁路运输法院（江苏法院案件数据，公开代码）', 'VERIFIED-2nd'),
  row('苏8602', '南京铁路运输法院', '苏01', 'railway', '（2017）苏8602民初787号、（2016）苏8602民初370号；江苏仅有的另一铁路运输法院', 'UNSURE'),
  // non-territorial basic courts (dam areas, prison areas), existence from the Hubei courts' own list
  row('鄂0591', '湖北省宜昌市三峡坝区人民法院', '鄂05', 'non-territorial', `${S.hubeiList} H54（隶属宜昌中院）；代字按9x规则`, 'UNSURE'),
  row('鄂0592', '湖北省葛洲坝人民法院', '鄂05', 'non-territorial', `${S.hubeiList} H56（隶属宜昌中院）；代字按9x规则`, 'UNSURE'),
  row('鄂0891', '湖北省沙洋人民法院', '鄂08', 'non-territorial', `${S.hubeiList} H85（隶属荆门中院，不同于沙洋县人民法院）；代字按9x规则`, 'UNSURE'),
  // forest-area basic courts of 甘肃 under 甘肃省林区中级法院
  row('甘7501', '卓尼林区基层法院', '甘75', 'forest', `法院见于${S.gansuList}；代字按规则`, 'UNSURE'),
  row('甘7502', '迭部林区基层法院', '甘75', 'forest', `法院见于${S.gansuList}；代字按规则`, 'UNSURE'),
  row('甘7503', '舟曲林区基层法院', '甘75', 'forest', `法院见于${S.gansuList}；代字按规则`, 'UNSURE'),
  row('甘7504', '文县林区基层法院', '甘75', 'forest', `法院见于${S.gansuList}；代字按规则`, 'UNSURE'),
  // basic courts of prefectures without counties
  row('粤1971', '广东省东莞市第一人民法院', '粤19', 'non-territorial', '代字按东莞第三法院（粤1973）类推', 'UNSURE'),
  row('粤1972', '广东省东莞市第二人民法院', '粤19', 'non-territorial', '代字按东莞第三法院（粤1973）类推', 'UNSURE'),
  row('粤1973', '广东省东莞市第三人民法院', '粤19', 'non-territorial', '粤1973 案号（公开代码）', 'VERIFIED-2nd'),
  row('粤2071', '广东省中山市第一人民法院', '粤20', 'non-territorial', '粤2071 案号（公开代码）', 'VERIFIED-2nd'),
  row('粤2072', '广东省中山市第二人民法院', '粤20', 'non-territorial', '代字按中山第一法院（粤2071）类推', 'UNSURE'),
  row('琼0271', '海南省三亚市城郊人民法院', '琼02', 'non-territorial', `（2019）琼0271行初308号（${S.pkulaw}）；法院名称据记忆`, 'UNSURE'),
  row('琼9003', '海南省儋州市人民法院', '琼97', 'direct-county', '儋州2015年前的县级代码469003', 'UNSURE'),
];

/** The level a curated code's shape gives: 2 digits intermediate, 4 digits basic (P1 Art.5). */
export const curatedLevel = (code: string): 'intermediate' | 'basic' => (/\d{4}$/.test(code) ? 'basic' : 'intermediate');
