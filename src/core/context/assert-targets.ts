import type { CompiledRule, CompiledRules } from './compile-rules.ts';
import type { TextScan } from './phrase-matcher.ts';
import { type Span, splitSentences } from './sentences.ts';
import type { AppliedModifier, Assertion, ModifierCategory, Target } from './types.ts';

/** A trigger found in the text, with the rule that produced it. */
interface Trigger {
  readonly start: number;
  readonly end: number;
  readonly rule: CompiledRule;
}

/** A modifier and the stretch of text it governs. */
interface Scoped {
  readonly trigger: Trigger;
  readonly lo: number;
  readonly hi: number;
}

/** Words (an apostrophe inside or after, not before: an opening quote is its own token), or one other visible character. */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’]*|[^\s\p{L}\p{N}]/gu;

/**
 * ConText: asserts negation, certainty, time, experiencer and training-material status for each
 * target in `text`. Triggers are found in one pass; pseudo-triggers and triggers inside a target
 * are dropped; each remaining trigger governs the text in its direction up to the sentence edge, a
 * termination term, a closer trigger of the same category, a category it is terminated by, or its
 * token cap. Section triggers govern until the next section trigger. Pure: no I/O.
 */
export function assertTargets(
  text: string,
  targets: readonly Target[],
  rules: CompiledRules,
  scan?: TextScan,
  sentenceSpans?: readonly Span[],
): Assertion[] {
  const triggers = findTriggers(text, targets, rules, scan);
  const sentences = sentenceSpans ?? splitSentences(text);
  const tokenStarts = scan && scan.text === text ? scan.positions : tokenOffsets(text);
  const sentenceOf = triggers.map((t) => sentenceIndex(sentences, t.start));
  const scoped: Scoped[] = [];
  const sectionScoped: Scoped[] = [];
  // Per sentence, the range of scoped modifiers that sit in it (triggers are in text order).
  const firstInSentence = new Map<number, number>();
  const lastInSentence = new Map<number, number>();
  triggers.forEach((t, i) => {
    if (t.rule.category === 'TERMINATE') return;
    const sc = scopeOf(i, triggers, sentences, sentenceOf, tokenStarts, text.length);
    if (t.rule.section) {
      sectionScoped.push(sc);
      return;
    }
    const si = sentenceOf[i] ?? 0;
    if (!firstInSentence.has(si)) firstInSentence.set(si, scoped.length);
    scoped.push(sc);
    lastInSentence.set(si, scoped.length);
  });
  return targets.map((target) => {
    const a = sentenceIndex(sentences, target.start);
    const b = sentenceIndex(sentences, Math.max(target.start, target.end - 1));
    const near: Scoped[] = sectionScoped.length > 0 ? [...sectionScoped] : [];
    for (let si = a; si <= b; si++) {
      const from = firstInSentence.get(si);
      if (from === undefined) continue;
      const to = lastInSentence.get(si) ?? from;
      for (let k = from; k < to; k++) {
        const sc = scoped[k];
        if (sc) near.push(sc);
      }
    }
    return assertOne(text, target, near);
  });
}

/** Leftmost-longest triggers, without pseudo-triggers and without those inside a target. */
function findTriggers(text: string, targets: readonly Target[], rules: CompiledRules, scan?: TextScan): Trigger[] {
  const raw = rules.matcher.matchAll(text, scan);
  const owning = targets.filter((t) => t.ownsWords !== false);
  const kept: Trigger[] = [];
  for (const m of raw) {
    const rule = rules.rules[m.index];
    if (!rule || rule.category === 'PSEUDO') continue;
    // A trigger inside a target is part of the target's own wording ("not wake up", "no reason to live").
    if (owning.some((t) => m.start >= t.start && m.end <= t.end)) continue;
    kept.push({ start: m.start, end: m.end, rule });
  }
  return kept;
}

function scopeOf(
  idx: number,
  all: readonly Trigger[],
  sentences: readonly Span[],
  sentenceOf: readonly number[],
  tokens: readonly number[],
  textEnd: number,
): Scoped {
  const t = all[idx] as Trigger;
  const cat = t.rule.category;
  if (t.rule.section) {
    let hi = textEnd;
    for (let j = idx + 1; j < all.length; j++) {
      const o = all[j] as Trigger;
      if (o.rule.section) {
        hi = o.start;
        break;
      }
    }
    return { trigger: t, lo: t.end, hi };
  }
  const sentence = sentences[sentenceOf[idx] ?? 0] ?? { start: 0, end: textEnd };
  if (t.rule.sentence_wide) return { trigger: t, lo: sentence.start, hi: sentence.end };
  const dir = t.rule.direction;
  // A one-way scope starts where the trigger ends (forward) or ends where it starts (backward).
  let lo = t.end;
  let hi = t.start;
  if (dir === 'FORWARD' || dir === 'BIDIRECTIONAL') {
    hi = sentence.end;
    for (let j = idx + 1; j < all.length; j++) {
      const c = all[j] as Trigger;
      if (c.start >= hi) break;
      if (c.start >= t.end && cuts(c, cat, t.rule.terminated_by)) {
        hi = c.start;
        break;
      }
    }
    if (t.rule.maxScope !== null) hi = Math.min(hi, tokenBoundaryAfter(tokens, t.end, t.rule.maxScope, textEnd));
  }
  if (dir === 'BACKWARD' || dir === 'BIDIRECTIONAL') {
    lo = sentence.start;
    for (let j = idx - 1; j >= 0; j--) {
      const c = all[j] as Trigger;
      if (c.end <= lo) break;
      if (c.end <= t.start && cuts(c, cat, t.rule.terminated_by)) {
        lo = c.end;
        break;
      }
    }
    if (t.rule.maxScope !== null) lo = Math.max(lo, tokenBoundaryBefore(tokens, t.start, t.rule.maxScope));
  }
  return { trigger: t, lo, hi };
}

/** Whether trigger `o` cuts the scope of a modifier of category `cat`. */
function cuts(o: Trigger, cat: ModifierCategory, terminatedBy: readonly ModifierCategory[] | undefined): boolean {
  const oc = o.rule.category;
  if (oc === 'TERMINATE') return !o.rule.terminates || o.rule.terminates.includes(cat);
  if (oc === cat) return true;
  return terminatedBy?.includes(oc) ?? false;
}

function sentenceIndex(sentences: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid]?.start ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function assertOne(text: string, target: Target, scoped: readonly Scoped[]): Assertion {
  const applied: AppliedModifier[] = [];
  const seen = new Set<ModifierCategory>();
  for (const s of scoped) {
    const r = s.trigger.rule;
    if (!(target.start < s.hi && target.end > s.lo)) continue;
    if (target.type && r.allowed_types && !r.allowed_types.includes(target.type)) continue;
    if (target.type && r.excluded_types?.includes(target.type)) continue;
    const trigger = { start: s.trigger.start, end: s.trigger.end, text: text.slice(s.trigger.start, s.trigger.end) };
    for (const category of [r.category, ...(r.also ?? [])]) {
      applied.push({ category, ...trigger });
      seen.add(category);
    }
  }
  const other = seen.has('OTHER_EXPERIENCER') && !closerSelf(applied, target);
  return {
    negated: seen.has('NEGATED_EXISTENCE'),
    possible: seen.has('POSSIBLE_EXISTENCE') && !seen.has('NEGATED_EXISTENCE'),
    historical: seen.has('HISTORICAL') && !closerRecent(applied, target),
    recent: seen.has('RECENT'),
    hypothetical: seen.has('HYPOTHETICAL'),
    experiencer: other ? 'other' : 'participant',
    material: seen.has('MATERIAL'),
    modifiers: applied,
  };
}

/** A participant reference nearer the target than any other-person cue keeps the participant. */
function closerSelf(applied: readonly AppliedModifier[], target: Target): boolean {
  return nearer(applied, target, 'SELF_EXPERIENCER', 'OTHER_EXPERIENCER');
}

/** A current-time cue nearer the target than the past cue keeps it current ("in 2019 ... again last week"). */
function closerRecent(applied: readonly AppliedModifier[], target: Target): boolean {
  return nearer(applied, target, 'RECENT', 'HISTORICAL');
}

function nearer(applied: readonly AppliedModifier[], target: Target, a: ModifierCategory, b: ModifierCategory): boolean {
  const dist = (m: AppliedModifier) => (m.end <= target.start ? target.start - m.end : Math.max(0, m.start - target.end));
  const best = (c: ModifierCategory) => Math.min(...applied.filter((m) => m.category === c).map(dist));
  return best(a) < best(b);
}

function tokenOffsets(text: string): number[] {
  const out: number[] = [];
  TOKEN.lastIndex = 0;
  let m = TOKEN.exec(text);
  while (m !== null) {
    out.push(m.index);
    m = TOKEN.exec(text);
  }
  return out;
}

/** The offset where the (n+1)th token after `pos` starts: a scope of n tokens forward. */
function tokenBoundaryAfter(tokens: readonly number[], pos: number, n: number, textEnd: number): number {
  let i = lowerBound(tokens, pos);
  i += n;
  return i < tokens.length ? (tokens[i] ?? textEnd) : textEnd;
}

/** The offset where the nth token before `pos` starts: a scope of n tokens backward. */
function tokenBoundaryBefore(tokens: readonly number[], pos: number, n: number): number {
  const i = lowerBound(tokens, pos) - n;
  return i <= 0 ? 0 : (tokens[i] ?? 0);
}

function lowerBound(xs: readonly number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] ?? 0) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
