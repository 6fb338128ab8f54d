// Every legal rule exports citations of this shape; docs/rules.md is generated from them.
export type Certainty = 'VERIFIED' | 'VERIFIED-2nd' | 'UNSURE';

export type Citation = {
  readonly source: string; // full Chinese name of the law or interpretation
  readonly version: string; // the version whose article numbering is used
  readonly article: string; // e.g. "第85条"
  readonly certainty: Certainty;
};

export type RuleDoc = {
  readonly id: string; // kebab-case rule id, e.g. "period"
  readonly title: string; // Chinese title for docs and UI
  readonly citations: readonly Citation[];
  readonly summary: string;
};

/** The JSON form a calculator answer carries in `basis`. */
export const basisOf = (citations: readonly Citation[]) => citations.map(({ source, version, article }) => ({ source, version, article }));
