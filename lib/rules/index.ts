import { jinan } from './jinan';
import { createRules } from './registry';
import { SHANDONG_EMPLOYEE_DRAFT } from './shandong';
import { weihai } from './weihai';
import { yantai } from './yantai';

/** Every city the product knows. A new city is a folder like these and one entry here. */
export const RULES = createRules([weihai, jinan, yantai], [SHANDONG_EMPLOYEE_DRAFT]);

export { createRules, type Rules } from './registry';
export type { City } from './city';
