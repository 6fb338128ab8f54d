// Personal data shown to those who do not need it in full: 110105********002X; a shorter number
// (a passport, a permit) keeps two characters at each end: E1*****78.
export function maskIdentity(value: string): string {
  if (value.length <= 8) return '*'.repeat(value.length);
  if (value.length < 15) return value.slice(0, 2) + '*'.repeat(value.length - 4) + value.slice(-2);
  return value.slice(0, 6) + '*'.repeat(value.length - 10) + value.slice(-4);
}

/** A phone number with its middle hidden: 138*****678. */
export function maskPhone(value: string): string {
  if (value.length < 7) return '*'.repeat(value.length);
  return value.slice(0, 3) + '*'.repeat(value.length - 6) + value.slice(-3);
}
