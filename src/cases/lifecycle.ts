// The case lifecycle's table (transitions, closures, resumption) is shared with the web app:
// it lives in src/shared/vocabulary.ts, with its citations.
export {
  canClose,
  closureModesFrom,
  canResume,
  canTransition,
  transitionNames,
  transitions,
  transitionsFrom,
  type Transition,
} from '../shared/vocabulary.ts';
