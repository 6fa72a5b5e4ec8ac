import type { Benefit } from '../engine/benefit';
import { inpatient } from './inpatient';

/** Every benefit the engine settles. A new benefit is a module like inpatient.ts, listed here, with its data in the books. */
export const BENEFITS: readonly Benefit[] = [inpatient];
