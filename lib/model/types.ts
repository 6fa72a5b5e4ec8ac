/**
 * The rule model. A city's scheme is a policy book: periods, each resting on its documents, each
 * holding its structure (benefit classes, grades, pots, supplementary layers) and its parameters as
 * dated values. Resolving a book on a date gives a Version: every parameter in force that day with its
 * value (or null when no source gives it), its trust level and its citations. The engine reads only
 * Versions; finding what is in force on a date lives with the rules.
 */

/** A city is a folder of rules registered in lib/rules; its id is its folder's name. */
export type CityId = string;
export type SchemeId = 'employee' | 'resident';
export type EmployeeMember = 'working' | 'retired' | 'flexible';
export type ResidentMember = 'adult-tier1' | 'adult-tier2' | 'minor' | 'student';
export type MemberId = EmployeeMember | ResidentMember;
export type HospitalLevel = 1 | 2 | 3;

/**
 * How far to trust a value, from most to least (TRUST_ORDER in lib/engine/steps): official: an official
 * text in force; draft: a draft for comment (征求意见稿), not in force as written; reported: public
 * reports, unverified; interpretation: our reading where the sources are silent (a 口径说明); user: typed
 * by the person; unknown: no source gives it.
 */
export type Trust = 'official' | 'draft' | 'reported' | 'interpretation' | 'user' | 'unknown';

/** The level of a document: an official text, a draft for comment, or a public report. */
export type SourceLevel = 'official' | 'draft' | 'reported';

/** A document the rules cite: an official text (with its 文号) or a public report (reporter and date). */
export interface Document {
  id: string;
  /** 文号 for official texts; null for reports, which have none. */
  number: string | null;
  title: string;
  issuer: string;
  /** Date issued or reported, as precise as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  level: SourceLevel;
  /**
   * The ISO date the source speaks for, for freshness: a report's date, or the first day of the latest
   * year or month it reports for when no day is given; an official text's date of issue; null when undated.
   */
  asOf: string | null;
  /** An official text's stated last day in force: it vouches for its rules until then. */
  inForceTo?: string;
  /** Where the source can be read, when a public address is known. */
  url?: string;
  /** A disclosure page's 索引号, for an official text published without a 文号. */
  index?: string;
}

export interface Citation {
  doc: Document;
  /** Article, section or table row, e.g. '第十一条' or '二（一）'. */
  at: string;
}

/** One part of the segmented progressive payment; bounds measured on the eligible cost from 0. */
export interface Segment {
  /** Upper bound of the part (inclusive); null = no upper bound. */
  upTo: number | null;
  /** Fraction paid by the fund; null = the source gives no rate for this part. */
  rate: number | null;
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

/** The kinds of value a parameter takes; each has one codec for text, JSON and words. */
export interface ShapeValues {
  amount: number;
  rate: number;
  segments: Segment[];
  bands: Band[];
  repeat: RepeatStep[];
  choice: string;
}
export type Shape = keyof ShapeValues;

/**
 * One dated value of a parameter. `from` defaults to the first day of its period; `to` (optional)
 * ends it early, leaving an explicit gap after it.
 */
export interface Entry<T = unknown> {
  from?: string;
  to?: string;
  /** null when no source gives the value: the engine then asks for it. */
  value: T | null;
  /** A source's level, or interpretation: a value the sources imply without stating it (see entries.ts). */
  level: SourceLevel | 'interpretation' | 'unknown';
  cite: Citation[];
  /** Plain Chinese: what this value is, and for unknown values why it is missing and where to ask. */
  note?: string;
}

/** A parameter's values over time: its entries, oldest first, each in force from its `from` until the next begins. */
export type Dated<T = unknown> = readonly Entry<T>[];

/** A period's parameters by path within the book (see address.ts), each a dated list. */
export type Params = Readonly<Record<string, Dated>>;

/** A hospital grade the version distinguishes. Level 1 may have variants (基层医疗机构 vs 一级医院). */
export interface Grade {
  id: string;
  level: HospitalLevel;
  label: string;
  /** Set on a level-1 variant that a claim picks with `facility`; the level's default has none. */
  facility?: Facility;
}

export type Facility = 'grassroots' | 'no-essential-drugs';

/** A benefit class: the members sharing one table of rates (在职 / 退休, 一档 / 二档). */
export interface BenefitClass {
  id: string;
  label: string;
}

export interface Interpretation {
  id: string;
  title: string;
  text: string;
}

/**
 * What limits the basic fund over a calendar year; its amount is the parameter pots/fund/<class>.
 * fundCap: the fund's cumulative payments (Yantai 250,000); eligibleBand: the cumulative eligible
 * cost the fund covers (Weihai 240,000).
 */
export type FundKind = 'fundCap' | 'eligibleBand';

/**
 * What a supplementary layer pays on, cumulative over the year:
 * overCoverage: eligible cost beyond the basic fund's cap or band;
 * coveredBurden: deductible plus co-insurance within the cap or band;
 * eligibleBurden: eligible cost minus the fund and the layers before this one.
 */
export type LayerBase = 'overCoverage' | 'coveredBurden' | 'eligibleBurden';

/** A supplementary layer (大额 / 大病): its bands and annual maximum are the parameters layers/<id>/…. */
export interface Layer {
  id: string;
  name: string;
  base: LayerBase;
  /**
   * 'none': its source states no annual maximum, so it has no max parameter and pays without one. Not
   * the same as unknown: an unknown maximum is a max parameter without a value, and the layer is left out.
   */
  annualMax?: 'none';
  /**
   * The annual maximum is raised for the person's years of continuous enrolment and a year without
   * claims (the parameters layers/<id>/reward/…; a raise of 0 a year where no such rule is in force).
   */
  reward?: true;
}

/** Where the segment bounds are measured: on this admission's eligible cost, or on the year's cumulative eligible cost. */
export type SegmentsOn = 'admission' | 'year';

/** What a period says about the benefits it offers, each by its module's id: the module reads its own part. */
export type BenefitConfigs = Readonly<Record<string, object>>;

/** The structure a benefit's parameters are declared over. */
export type PeriodShape = Pick<Period, 'classes' | 'grades' | 'layers' | 'benefits'>;

/** A benefit's parameter tree: the parameters a period offering it has, and those of one class standing in for a member type. */
export interface BenefitTree {
  id: string;
  /** The benefit in words, e.g. 住院. */
  label: string;
  declare(period: PeriodShape): ParamDecl[];
  declareClass(cls: BenefitClass, period: PeriodShape): ParamDecl[];
}

/** A period of a policy book: its documents, its structure, and its parameters' dated values. */
export interface Period {
  /** Also the version id, e.g. 'yantai-employee-2024'. */
  id: string;
  title: string;
  from: string;
  /** null: no end date known; in force until a newer period. */
  to: string | null;
  /** Provenance of the period's own text: official, a draft, or public reports. */
  level: SourceLevel;
  /**
   * The texts it rests on, its own text first. The sources page lists them all; a result lists its own
   * text and those cited by the values its figures used (documentsUsed in lib/engine/provenance).
   */
  documents: Document[];
  classes: BenefitClass[];
  grades: Grade[];
  fund: FundKind;
  layers: Layer[];
  /** The benefits this period offers, each with what its module needs to know (e.g. inpatient: where segments are measured). */
  benefits: BenefitConfigs;
  interpretations: Interpretation[];
  /** Each parameter's dated values (see lib/rules/entries.ts `dated`). */
  params: Params;
}

/** One city × scheme: its periods, oldest first. */
export interface Book {
  city: CityId;
  cityLabel: string;
  scheme: SchemeId;
  periods: Period[];
}

/** A parameter as the sources page and the editor list it: its address, shape and words. */
export interface ParamDecl {
  path: string;
  shape: Shape;
  group: string;
  name: string;
  /** The benefit class it belongs to (members, segments, deductibles, the fund pot); none for the version's own. */
  cls?: string;
  /** The hospital grade it belongs to (deductibles, segments and rates by grade). */
  grade?: string;
  /** For choices: what may be chosen. */
  choices?: { value: string; label: string }[];
  /** For amounts: what the value is called in a message, e.g. 起付线 in “起付线不能为负数”. */
  noun?: string;
}

/** A parameter in force on a date: its declaration, and the entry then in force (or what replaced it). */
export interface Param<T = unknown> extends ParamDecl {
  value: T | null;
  level: Trust;
  cite: Citation[];
  note?: string;
  /** The first day of the entry in force. */
  from: string;
  /** The entries of its period that begin after the day it was resolved on, for the sources page (e.g. a raise from 2025). */
  later?: (Pick<Entry, 'value' | 'level' | 'cite' | 'note'> & { from: string })[];
  /** A stand-in for a member type whose class no source gives: asked for, but not listed with the version's own. */
  standIn?: true;
}

/** A book resolved on a date: the period in force with every parameter's value that day. */
export interface Version {
  id: string;
  city: CityId;
  cityLabel: string;
  scheme: SchemeId;
  title: string;
  validFrom: string;
  validTo: string | null;
  level: SourceLevel;
  documents: Document[];
  classes: BenefitClass[];
  grades: Grade[];
  fund: FundKind;
  layers: Layer[];
  benefits: BenefitConfigs;
  interpretations: Interpretation[];
  /** The member types this version maps to classes, in the scheme's order. */
  members: MemberId[];
  /** Every parameter by path, in the order the sources page lists them. */
  params: ReadonlyMap<string, Param>;
}
