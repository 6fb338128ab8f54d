import { useMutation } from '@tanstack/react-query';
import { client, unwrap, type Body, type Reply, type Schema } from '../../api.ts';

// The public calculators as the web app reads them: each input and answer is the server's contract.
export type Basis = Schema<'LegalBasis'>;
export type WithBasis = { basis: Basis[] };

type Calculators = {
  identity: '/api/v1/rules/identity';
  'termination-check': '/api/v1/rules/termination-check';
  'dishonest-listing': '/api/v1/rules/dishonest-listing';
  period: '/api/v1/rules/period';
  'payout-deadline': '/api/v1/rules/payout-deadline';
  'seizure-term': '/api/v1/rules/seizure-term';
  'delay-interest': '/api/v1/rules/delay-interest';
  'auction-plan': '/api/v1/rules/auction-plan';
  distribution: '/api/v1/rules/distribution';
  'case-number': '/api/v1/rules/case-number';
};
export type CalculatorName = keyof Calculators;
export type CalcInput<N extends CalculatorName> = Body<Calculators[N], 'post'>;
export type CalcAnswer<N extends CalculatorName> = Reply<Calculators[N], 'post'>;

const calculate: { [N in CalculatorName]: (body: CalcInput<N>) => Promise<CalcAnswer<N>> } = {
  identity: (body) => unwrap(client.POST('/api/v1/rules/identity', { body })),
  'termination-check': (body) => unwrap(client.POST('/api/v1/rules/termination-check', { body })),
  'dishonest-listing': (body) => unwrap(client.POST('/api/v1/rules/dishonest-listing', { body })),
  period: (body) => unwrap(client.POST('/api/v1/rules/period', { body })),
  'payout-deadline': (body) => unwrap(client.POST('/api/v1/rules/payout-deadline', { body })),
  'seizure-term': (body) => unwrap(client.POST('/api/v1/rules/seizure-term', { body })),
  'delay-interest': (body) => unwrap(client.POST('/api/v1/rules/delay-interest', { body })),
  'auction-plan': (body) => unwrap(client.POST('/api/v1/rules/auction-plan', { body })),
  distribution: (body) => unwrap(client.POST('/api/v1/rules/distribution', { body })),
  'case-number': (body) => unwrap(client.POST('/api/v1/rules/case-number', { body })),
};

/** One public calculator: POST /api/v1/rules/<name>, no sign-in. */
export function useCalculator<N extends CalculatorName>(name: N) {
  // TypeScript does not correlate the name with its entry: the table above checks each one.
  const run = calculate[name] as (body: CalcInput<N>) => Promise<CalcAnswer<N>>;
  return useMutation({ mutationFn: run });
}

/** Set when the answer rests on a year whose holiday arrangement is not yet published. */
export type Provisional = CalcAnswer<'period'>['provisional'];
