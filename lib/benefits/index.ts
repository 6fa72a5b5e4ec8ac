import type { Benefit } from '../engine/benefit';
import type { BenefitTree } from '../model/types';
import { away } from './away';
import { chronic } from './chronic';
import { general } from './general';
import { inpatient } from './inpatient';
import { maternity } from './maternity';
import { minorAccident } from './minor-accident';

/** Every benefit the engine settles, in the order the page offers them. A new benefit is a module like these, listed here, with its data in the books. */
export const BENEFITS: readonly Benefit[] = [inpatient, chronic, general, maternity, minorAccident];

/** The parameter trees besides the benefits': treatment out of town refines several benefits' pipelines. */
export const REFINEMENTS: readonly BenefitTree[] = [away];
