// Personal data shown to those who do not need it in full: 110105********002X.
export function maskIdentity(value: string): string {
  if (value.length <= 8) return '*'.repeat(value.length);
  return value.slice(0, 6) + '*'.repeat(value.length - 10) + value.slice(-4);
}
