import type { CityId, HospitalLevel, MemberId, SchemeId } from '../lib/model/types';

/** A claim as the WebKit journeys fill it in (webkit/journeys.test.ts); the Chromium specs' own type takes it too. */
export interface JourneyClaim {
  city: CityId;
  scheme: SchemeId;
  member: MemberId;
  date: string;
  hospitalLevel: HospitalLevel;
  admission: number;
  totalCost: string;
  outOfScope?: string;
  selfPayFirst?: string;
  overrides?: { deductible: string; rates: { upTo: number | null; rate: number }[]; fundCap: string };
  earlier?: { date: string; hospitalLevel: HospitalLevel; totalCost: string }[];
}

/**
 * Claims both browsers' journeys walk through: e2e/journeys.spec.ts in Chromium, webkit/journeys.test.ts in WebKitGTK.
 * 济南居民 with the values no source gives (the page asks for them) filled in as a billing desk would.
 */
export const JINAN_RESIDENT_ASKED = {
  city: 'jinan',
  scheme: 'resident',
  member: 'minor',
  date: '2025-09-12',
  hospitalLevel: 2,
  admission: 1,
  totalCost: '40000',
  outOfScope: '1200',
  overrides: { deductible: '600', rates: [{ upTo: null, rate: 0.7 }], fundCap: '200000' },
} satisfies JourneyClaim;
