import { describe, expect, it } from 'vitest';
import { parseCaseNumber } from '../rules/case-number.ts';
import { resolveCourtCode } from './registry.ts';

// Real case numbers from public sources, each with where it was seen. A clerk typing any of these
// as a 执行依据 must see its court and that court's parent. Sources (all public):
// P = 北大法宝案例检索结果（公开代码中的案号清单）; G = 民间借贷金标数据集报告（公开代码）;
// J = 江苏法院案件数据（公开代码）; Z = 执行裁定书原文（公开代码）; L = 法院公开的案件列表（公开代码）.
type Vector = readonly [caseNumber: string, nameIncludes: string, parent: string, source: string];

// prettier-ignore
const vectors: readonly Vector[] = [
  ['（2019）黔0102执47号', '南明区', '黔01', 'L: 贵阳市南明区人民法院执行案件列表'],
  ['（2025）苏0591民初25751号', '苏州工业园区', '苏05', 'L: 涉诉信息列表，法院 江苏省苏州市苏州工业园区人民法院'],
  ['（2017）苏0591民初8775号', '苏州工业园区', '苏05', 'L: 不动产查封信息示例'],
  ['（2018）苏0583执1372号', '昆山市', '苏05', 'L: 不动产查封信息示例'],
  ['（2017）浙01民初1717号', '杭州市中级', '浙', 'L: 不动产查封信息示例'],
  ['（2020）豫0192执2437号之一', '郑州航空港', '豫01', 'Z: 河南省郑州航空港经济综合实验区人民法院执行裁定书'],
  ['（2023）陕7102行初3091号', '西安铁路运输法院', '陕71', 'L: 文书列表，法院 西安铁路运输法院'],
  ['（2021）苏8601行初923号', '徐州铁路运输法院', '苏03', 'J: 法院名称 徐州铁路运输法院'],
  ['（2021）苏01行赔终71号', '南京市中级', '苏', 'J: 法院名称 江苏省南京市中级人民法院'],
  ['（2024）陕0117民初5977号', '高陵区', '陕01', 'L: 案件登记示例'],
  ['（2026）京0491民初4964号', '北京互联网法院', '京04', 'P'],
  ['（2025）京04民终1390号', '北京市第四中级', '京', 'P'],
  ['（2026）琼96民终807号', '海南省第一中级', '琼', 'P'],
  ['（2023）琼96民终6628号', '海南省第一中级', '琼', 'P'],
  ['（2025）琼9023民初5336号', '澄迈县', '琼97', 'P'],
  ['（2024）沪7101行初94号', '上海铁路运输法院', '沪71', 'P'],
  ['（2018）沪7101民初597号', '上海铁路运输法院', '沪71', 'P'],
  ['（2019）粤71行终1769号', '广州铁路运输中级', '粤', 'P'],
  ['（2017）粤71行终2214号', '广州铁路运输中级', '粤', 'L: 接口文档示例'],
  ['（2023）粤0192民初1448号', '广州互联网法院', '粤01', 'P'],
  ['（2024）浙0192民初1779号', '杭州互联网法院', '浙01', 'P'],
  ['（2019）琼0271行初308号', '三亚市城郊', '琼02', 'P'],
  ['（2022）沪0115民初13290号之一', '浦东新区', '沪01', 'P'],
  ['（2024）沪0114执2986号', '嘉定区', '沪02', 'P'],
  ['（2018）苏0508行初268号', '姑苏区', '苏05', 'P'],
  ['（2024）鄂0802行审14号', '东宝区', '鄂08', 'P'],
  ['（2025）川0104民初20301号', '锦江区', '川01', 'P'],
  ['（2023）赣1104民初2952号', '广信区', '赣11', 'P'],
  ['（2024）川14行终29号', '眉山市中级', '川', 'P'],
  ['（2019）京0105行初623号', '朝阳区', '京03', 'P'],
  ['（2023）渝0101行初112号', '万州区', '渝02', 'P'],
  ['（2019）鄂1281行初20号', '赤壁市', '鄂12', 'P'],
  ['（2018）湘0724行审5号', '临澧县', '湘07', 'P'],
  ['（2025）豫行申1293号', '河南省高级', '最高法', 'P'],
  ['（2020）鄂1223行审52号', '崇阳县', '鄂12', 'P'],
  ['（2019）鲁1424行审75号', '临邑县', '鲁14', 'P'],
  ['（2017）豫1528行审92号', '息县', '豫15', 'P'],
  ['（2018）琼0105行初169号', '秀英区', '琼01', 'P'],
  ['（2023）冀0929刑初154号', '献县', '冀09', 'P'],
  ['（2023）川3431刑初4号', '昭觉县', '川34', 'P'],
  ['（2020）粤0307刑初2702号', '龙岗区', '粤03', 'P'],
  ['（2020）云2301行初88号', '楚雄市', '云23', 'P'],
  ['（2020）浙1102行初41号', '莲都区', '浙11', 'P'],
  ['（2020）浙0881刑初17号', '江山市', '浙08', 'P'],
  ['（2020）苏0681刑初170号', '启东市', '苏06', 'P'],
  ['（2016）沪0112行初10号', '闵行区', '沪01', 'P'],
  ['（2016）沪01行终473号', '上海市第一中级', '沪', 'P'],
  ['（2016）豫09行终68号', '濮阳市中级', '豫', 'P'],
  ['（2019）鄂0881行审17号', '钟祥市', '鄂08', 'P'],
  ['（2016）京03民终10057号', '北京市第三中级', '京', 'P'],
  ['（2019）鲁1083民初5066号', '乳山市', '鲁10', 'P'],
  ['（2022）豫01行终792号', '郑州市中级', '豫', 'P'],
  ['（2018）浙0108民初3781号', '滨江区', '浙01', 'P'],
  ['（2017）鄂0103行审61号', '江汉区', '鄂01', 'P'],
  ['（2020）鲁72民初2175号', '青岛海事法院', '鲁', 'G'],
  ['（2019）粤52民终421号', '揭阳市中级', '粤', 'G'],
  ['（2022）豫1727民初2523号', '汝南县', '豫17', 'G'],
  ['（2021）京0102民初7664号', '西城区', '京02', 'G'],
  ['（2023）闽01民再76号', '福州市中级', '闽', 'G'],
  ['（2020）京02民再151号', '北京市第二中级', '京', 'G'],
  ['（2021）鲁03民终2919号', '淄博市中级', '鲁', 'G'],
  ['（2019）沪0107民初13686号', '普陀区', '沪02', 'G'],
  ['（2021）鄂02民终2246号', '黄石市中级', '鄂', 'G'],
  ['（2018）苏民再316号', '江苏省高级', '最高法', 'G'],
  ['（2020）最高法民终881号', '最高人民法院', '', 'G'],
];

describe('real case numbers from public sources resolve to the right court and parent', () => {
  it.each(vectors)('%s → %s under %s (%s)', (caseNumber, nameIncludes, parent) => {
    const parsed = parseCaseNumber(caseNumber);
    expect(parsed.errors, caseNumber).toEqual([]);
    expect(parsed.valid).toBe(true);
    const resolved = resolveCourtCode(parsed.courtCode!, parsed.year);
    expect(resolved?.kind, caseNumber).toBe('current');
    expect(resolved?.court.name, caseNumber).toContain(nameIncludes);
    expect(resolved?.court.parentCode ?? '').toBe(parent);
  });
});

// Codes seen in courts' own lists (陕西法院代字表: fydz field; 湖北法院代码表).
// prettier-ignore
const listed: readonly (readonly [code: string, nameIncludes: string, parent: string])[] = [
  ['陕71', '西安铁路运输中级', '陕'],
  ['陕7101', '安康铁路运输法院', '陕71'],
  ['陕7102', '西安铁路运输法院', '陕71'],
  ['陕01', '西安市中级', '陕'],
  ['陕0102', '新城区', '陕01'],
  ['陕0403', '杨陵区', '陕04'],
  ['陕0831', '子洲县', '陕08'],
  ['陕1026', '柞水县', '陕10'],
  ['鄂96', '汉江中级', '鄂'],
  ['鄂9004', '仙桃市', '鄂96'],
  ['鄂9005', '潜江市', '鄂96'],
  ['鄂9006', '天门市', '鄂96'],
  ['鄂9021', '神农架', '鄂05'],
];

describe('codes from courts’ own lists resolve with their parent', () => {
  it.each(listed)('%s → %s under %s', (code, nameIncludes, parent) => {
    const r = resolveCourtCode(code);
    expect(r?.court.name).toContain(nameIncludes);
    expect(r?.court.parentCode).toBe(parent);
  });
});

describe('former codes (陕西法院代字表, about 2018) resolve to their successor', () => {
  it('陕0125 户县 resolves to 陕0118 鄠邑区 for a 2016 number, as a former code', () => {
    const r = resolveCourtCode('陕0125', 2016);
    expect(r).toMatchObject({ kind: 'former', inUse: true, court: { code: '陕0118' }, former: { name: '户县人民法院' } });
    expect(r?.court.name).toContain('鄠邑区');
  });

  it('陕0126 高陵县 resolves to 陕0117 高陵区, which is seen in （2024）陕0117民初5977号', () => {
    expect(resolveCourtCode('陕0126', 2017)).toMatchObject({ kind: 'former', court: { code: '陕0117' } });
  });

  it('a former code in a number after the year it stopped resolves, marked as not in use then', () => {
    expect(resolveCourtCode('陕0125', 2024)).toMatchObject({ kind: 'former', inUse: false });
  });
});

describe('courts that do not exist are not in the registry', () => {
  it('no 林区中级人民法院 in 湖北 (神农架 is under 宜昌中院), no court under the x7y functional-zone codes', () => {
    expect(resolveCourtCode('鄂97')).toBeUndefined();
    for (const code of ['苏0571', '冀0171', '豫0171', '皖0171', '吉0173']) expect(resolveCourtCode(code), code).toBeUndefined();
  });

  it('Guizhou is 黔, not 贵', () => {
    expect(resolveCourtCode('黔')?.court.name).toBe('贵州省高级人民法院');
    expect(resolveCourtCode('贵')).toBeUndefined();
  });
});

// Every 法院代字 of the Shaanxi courts' own code list (陕西法院代字表, fydz field, about 2018): each
// resolves to a court today, as a current code or as a former code with its successor.
// prettier-ignore
const shaanxiList = `
陕 陕01 陕0102 陕0103 陕0104 陕0111 陕0112 陕0113 陕0114 陕0116 陕0122 陕0115 陕0124 陕0125 陕0126
陕02 陕0202 陕0203 陕0204 陕0222 陕03 陕0302 陕0303 陕0304 陕0322 陕0323 陕0324 陕0326 陕0327 陕0328
陕0329 陕0330 陕0331 陕04 陕0402 陕0403 陕0404 陕0481 陕0422 陕0423 陕0424 陕0425 陕0426 陕0427 陕0428
陕0429 陕0430 陕0431 陕05 陕0502 陕0581 陕0582 陕0521 陕0522 陕0523 陕0526 陕0525 陕0527 陕0524 陕0528
陕07 陕0702 陕0721 陕0722 陕0723 陕0724 陕0725 陕0726 陕0727 陕0728 陕0729 陕0730 陕09 陕0902 陕0921
陕0922 陕0923 陕0924 陕0925 陕0926 陕0927 陕0928 陕0929 陕10 陕1002 陕1021 陕1022 陕1023 陕1024 陕1025
陕1026 陕06 陕0602 陕0621 陕0622 陕0623 陕0624 陕0625 陕0626 陕0627 陕0628 陕0629 陕0630 陕0631 陕0632
陕08 陕0802 陕0821 陕0822 陕0823 陕0824 陕0825 陕0826 陕0827 陕0828 陕0829 陕0830 陕0831 陕71 陕7101 陕7102
`.trim().split(/\s+/);

describe('the Shaanxi courts’ own code list resolves whole', () => {
  it(`all ${shaanxiList.length} codes resolve, eleven of them as former codes`, () => {
    const kinds = shaanxiList.map((code) => [code, resolveCourtCode(code, 2018)?.kind] as const);
    expect(kinds.filter(([, k]) => k === undefined)).toEqual([]);
    expect(
      kinds
        .filter(([, k]) => k === 'former')
        .map(([c]) => c)
        .sort(),
    ).toEqual(['陕0125', '陕0126', '陕0322', '陕0427', '陕0521', '陕0623', '陕0624', '陕0721', '陕0821', '陕0823', '陕0928'].sort());
  });
});
