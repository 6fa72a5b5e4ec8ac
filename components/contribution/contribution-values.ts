import type { CityId, SchemeId } from '@/lib/model/types';

/** What the contribution form holds: every field as typed or chosen; read into amounts by the runtime. */
export interface ContributionValues {
  city: CityId;
  scheme: SchemeId;
  member: string;
  /** Empty until the browser fills in this year: a build-time year would be stale. */
  year: string;
  employer: 'enterprise' | 'public-institution';
  monthlyWage: string;
  age: string;
  /** A percentage, chosen from the rules' rates or typed where no source gives one. */
  flexibleRate: string;
  declaredBase: string;
  averageWage: string;
  averagePension: string;
}

export function initialContributionValues(city: CityId): ContributionValues {
  return {
    city,
    scheme: 'employee',
    member: 'working',
    year: '',
    employer: 'enterprise',
    monthlyWage: '',
    age: '',
    flexibleRate: '',
    declaredBase: '',
    averageWage: '',
    averagePension: '',
  };
}

/** The inputs a year's rules may need. */
export type NeededField = 'employer' | 'monthlyWage' | 'age' | 'flexibleRate' | 'declaredBase' | 'averageWage' | 'averagePension';

/** A needed input as the form shows it (the runtime says which, in the rules' own words). */
export interface FieldNeed {
  key: NeededField;
  label: string;
  hint: string;
  /** For the flexible rate: the percentages to choose from; none: typed. */
  choices?: { value: string; label: string }[];
}
