/**
 * The rule data model. Every number the engine uses is a Param: a value (or
 * null when no source gives it), the level of trust in it, and where it comes
 * from. A policy version is a plain data object built from Params; the engine
 * (engine.ts) is one pipeline that reads any version the same way.
 */

export type CityId = 'weihai' | 'jinan' | 'yantai';
export type SchemeId = 'employee' | 'resident';
export type EmployeeMember = 'working' | 'retired' | 'flexible';
export type ResidentMember = 'adult-tier1' | 'adult-tier2' | 'minor' | 'student';
export type MemberId = EmployeeMember | ResidentMember;
export type HospitalLevel = 1 | 2 | 3;

/** official: an official text; reported: public reports, unverified; unknown: no source gives it; user: supplied by the person. */
export type Level = 'official' | 'reported' | 'unknown' | 'user';

/** A document the rules cite: an official text (with its 文号) or a public report (reporter and date). */
export interface Document {
  id: string;
  /** 文号 for official texts; null for reports, which have none. */
  number: string | null;
  title: string;
  issuer: string;
  /** Date issued or reported, as precise as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  level: 'official' | 'reported';
  /**
   * The ISO date the source speaks for, for freshness: a report's date, or the first day of the latest
   * year or month it reports for when no day is given; an official text's date of issue; null when undated.
   */
  asOf: string | null;
  /** An official text's stated last day in force: it vouches for its rules until then. */
  inForceTo?: string;
  /** Where the source can be read, when a public address is known. */
  url?: string;
  /** The file in ../shared/policy/sources/ holding an official text. */
  file?: string;
  /** For reports: which table of ../shared/policy/README.md records the value. */
  recordedIn?: string;
}

export interface Citation {
  doc: Document;
  /** Article, section or table row, e.g. '第十一条' or '二（一）'. */
  at: string;
}

export interface Param<T> {
  /** null when no source gives the value: the engine then asks for it. */
  value: T | null;
  level: Level;
  cite: Citation[];
  /** Plain Chinese: what this value is, and for unknown values why it is missing and where to ask. */
  note?: string;
}

/** One part of the segmented progressive payment, measured on this admission's eligible cost from 0. */
export interface Segment {
  /** Upper bound of the part (inclusive); null = no upper bound. */
  upTo: number | null;
  /** Fraction paid by the fund; null = the source gives no rate for this part. */
  rate: number | null;
}

/**
 * What limits the basic fund over a calendar year.
 * fundCap: the fund's cumulative payments (Yantai 250,000).
 * eligibleBand: the cumulative eligible cost the fund covers (Weihai 240,000).
 */
export interface Coverage {
  kind: 'fundCap' | 'eligibleBand';
  amount: number;
}

/** Deductible of the n-th admission of the year relative to the first. */
export interface RepeatStep {
  /** Applies from this ordinal on, until a later step. */
  from: number;
  /** Multiply the first-admission deductible... */
  factor?: number;
  /** ...or charge this fixed amount instead. */
  amount?: number;
}

/** A progressive band on a supplementary layer's cumulative base. */
export interface Band {
  from: number;
  to: number | null;
  rate: number;
}

export interface LayerRule {
  bands: Band[];
  annualMax: number;
}

/**
 * What a supplementary layer pays on, cumulative over the year:
 * overCoverage: eligible cost beyond the basic fund's cap or band;
 * coveredBurden: deductible plus co-insurance within the cap or band;
 * eligibleBurden: eligible cost minus the fund and the layers before this one.
 */
export type LayerBase = 'overCoverage' | 'coveredBurden' | 'eligibleBurden';

export interface Layer {
  id: string;
  name: string;
  /** A short plain explanation shown next to the amount. */
  hint: string;
  base: LayerBase;
  rule: Param<LayerRule>;
}

/** A hospital grade the version distinguishes. Level 1 may have variants (基层医疗机构 vs 一级医院). */
export interface Grade {
  id: string;
  level: HospitalLevel;
  label: string;
  /** Set on a level-1 variant that a claim picks with `facility`; the level's default has none. */
  facility?: Facility;
}

export type Facility = 'grassroots' | 'no-essential-drugs';

/** A benefit class: the set of members sharing one table of rates (在职 / 退休, 一档 / 二档). */
export interface BenefitClass {
  id: string;
  label: string;
}

export type ByGrade<T> = Record<string, Param<T>>;
export type ByClass<T> = Record<string, T>;

export interface Interpretation {
  id: string;
  title: string;
  text: string;
}

export interface Version {
  id: string;
  city: CityId;
  scheme: SchemeId;
  title: string;
  validFrom: string;
  /** null: no end date known; in force until a newer version. */
  validTo: string | null;
  /** Provenance of the version as a whole: official texts, or public reports. */
  level: 'official' | 'reported';
  documents: Document[];
  classes: BenefitClass[];
  /** Which benefit class each member type gets; an unknown mapping leaves every basic parameter unknown. */
  members: Partial<Record<MemberId, Param<string>>>;
  grades: Grade[];
  /** First-admission deductible, by class then grade. */
  deductible: ByClass<ByGrade<number>>;
  repeat: Param<RepeatStep[]>;
  segments: ByClass<ByGrade<Segment[]>>;
  coverage: ByClass<Param<Coverage>>;
  layers: Layer[];
  /** 口径说明 specific to this version (general ones are added by the engine). */
  interpretations: Interpretation[];
}
