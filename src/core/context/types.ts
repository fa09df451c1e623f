/**
 * The ConText rule schema, after medspaCy's `ConTextRule` (MIT): a phrase or pattern, the
 * property it asserts, the direction its scope runs and how far. Rules are data (JSON), so a
 * clinician can review a change to them without reading code.
 */

/** The property a modifier asserts about the targets in its scope. */
export type ModifierCategory =
  | 'NEGATED_EXISTENCE'
  | 'POSSIBLE_EXISTENCE'
  | 'HISTORICAL'
  | 'RECENT'
  | 'HYPOTHETICAL'
  | 'OTHER_EXPERIENCER'
  | 'SELF_EXPERIENCER'
  | 'MATERIAL'
  | 'SECTION_RESET'
  | 'PSEUDO'
  | 'TERMINATE';

/** Which way from the trigger its scope runs. */
export type Direction = 'FORWARD' | 'BACKWARD' | 'BIDIRECTIONAL' | 'TERMINATE' | 'PSEUDO';

/** One rule as written in a rules JSON file. Exactly one of `literal` and `pattern` is set. */
export interface ContextRule {
  /** A phrase matched case-insensitively on word boundaries; any run of spaces matches any whitespace. */
  readonly literal?: string;
  /** A JavaScript regular expression source (case-insensitive), for phrase families. */
  readonly pattern?: string;
  readonly category: ModifierCategory;
  readonly direction: Direction;
  /** Cap on the scope in tokens; absent means the rule set's default (null: to the sentence end). */
  readonly max_scope?: number | null;
  /** Section rules scope over the rest of the text (across sentences) until the next section rule. */
  readonly section?: boolean;
  /** Governs the whole sentence, whatever the terminators (training-material framing). */
  readonly sentence_wide?: boolean;
  /** Target types this modifier may touch (all when absent). */
  readonly allowed_types?: readonly string[];
  /** Target types this modifier never touches. */
  readonly excluded_types?: readonly string[];
  /** Modifier categories whose triggers cut this modifier's scope (besides TERMINATE and its own). */
  readonly terminated_by?: readonly ModifierCategory[];
  /** For TERMINATE rules: the categories they cut (all when absent). */
  readonly terminates?: readonly ModifierCategory[];
  /** Further categories asserted over the same scope ("family history of" is other and historical). */
  readonly also?: readonly ModifierCategory[];
  /** Why the rule exists, for the reviewer. */
  readonly comment?: string;
}

/** A versioned rules file. */
export interface ContextRuleSet {
  readonly version: string;
  readonly description?: string;
  /** Default scope cap in tokens for rules without max_scope; null runs to the sentence end. */
  readonly default_max_scope?: number | null;
  readonly rules: readonly ContextRule[];
}

/** A phrase to assert about, as character offsets into the text, with an optional type label. */
export interface Target {
  readonly start: number;
  readonly end: number;
  readonly type?: string;
  /**
   * Whether trigger words inside the target belong to it ("not wake up" in "go to sleep and not
   * wake up" is no denial). Default true; false for auxiliary targets such as imminence cues.
   */
  readonly ownsWords?: boolean;
}

/** A modifier that reached a target: which rule fired, and where. */
export interface AppliedModifier {
  readonly category: ModifierCategory;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** What the engine concluded about one target. */
export interface Assertion {
  readonly negated: boolean;
  readonly possible: boolean;
  readonly historical: boolean;
  /** A current-time cue ("3 weeks ago", "lately", "this week") reached the target. */
  readonly recent: boolean;
  readonly hypothetical: boolean;
  readonly experiencer: 'participant' | 'other';
  readonly material: boolean;
  readonly modifiers: readonly AppliedModifier[];
}
