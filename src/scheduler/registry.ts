import { purgeSessionsSweep } from '../access/purge-sessions.ts';
import { endDeferralsSweep } from '../cases/end-deferrals.ts';
import { deadlineSweeps } from '../deadlines/deadlines.sweeps.ts';
import { purgeIdempotencyKeysSweep } from '../idempotency/idempotency.sweeps.ts';
import { seizureExpiriesSweep } from '../assets/seizure-expiries.ts';
import { publishListingsSweep } from '../credit/publish-listing.ts';
import { expireListingsSweep, resendNoticesSweep } from '../credit/credit-sweeps.ts';
import { recomputeLevelsSweep } from '../credit/discipline-levels.ts';
import { enterPoolSweep } from '../dormant/enter-pool.ts';
import { researchDormantSweep } from '../dormant/research-sweep.ts';
import type { Sweep } from './sweep-definition.ts';

// Every daily sweep, in the order the scheduler runs them: a deferral that ends restarts its
// deadlines before they are judged overdue, a seizure that lapses (and the one it lets take
// effect) settles its renewal deadlines before that, and reminders come after overdue marking.
export const sweeps: readonly Sweep[] = [
  endDeferralsSweep,
  seizureExpiriesSweep,
  publishListingsSweep,
  expireListingsSweep,
  resendNoticesSweep,
  recomputeLevelsSweep,
  // 终本案件库: cases closed as 终本 without the closure's entry (imports) enter, then the due re-searches go (ADR 0213).
  enterPoolSweep,
  researchDormantSweep,
  ...deadlineSweeps,
  purgeSessionsSweep,
  purgeIdempotencyKeysSweep,
];

const byName = new Map(sweeps.map((s) => [s.name, s]));
if (byName.size !== sweeps.length) throw new Error('two sweeps share a name');

export const sweepByName = (name: string): Sweep | undefined => byName.get(name);
