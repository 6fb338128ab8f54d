export type CourtLevel = 'supreme' | 'high' | 'intermediate' | 'basic';

export type Court = {
  readonly code: string; // 法院代字: 最高法, 粤, 粤07, 京0105, 粤72 …
  readonly name: string; // 广东省江门市中级人民法院
  readonly level: CourtLevel;
  readonly parentCode: string | null; // null only for 最高法
  readonly provinceCode: string | null; // two GB/T 2260 digits of the province ("44"); null for 最高法
  readonly divisionCode: string | null; // the six-digit GB/T 2260 code the court is named after, if any
  readonly special: string | null; // 'railway' | 'maritime' | 'ip' | 'xpcc' | … for non-territorial courts
};
