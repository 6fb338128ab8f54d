import type { DocSpec } from '../docx.ts';
import type { DocumentKind } from '../documents.types.ts';

// An instrument's template: code with a typed data shape. `version` changes whenever the wording
// does, and every stored document names the version it was made with.
export type Template<T> = {
  readonly kind: DocumentKind;
  readonly title: string;
  readonly version: string;
  build(data: T): DocSpec;
};
