// An independent re-implementation of the ranking, written from the documented rules
// (docs/data-format.md and the test contract), not from the Rust code, so the end-to-end
// tests check the widget's arithmetic rather than repeat it.
//
// score = 100 * sum(w_i * norm_i) / sum(w_i); norm = (v - min) / (max - min) on the
// criterion's declared scale, 1 - that for a cost criterion; a missing value (null, absent,
// outside the scale, or without any source) counts 0. Ranks: score descending; scores
// closer than 1e-9 tie and share a rank (1, 2, 2, 4), listed by case-insensitive name,
// then id.

const TIE = 1e-9;

/** The parts of a parsed providers.json the ranking needs. */
export function modelFrom(file) {
  const criteria = file.criteria.map((c) => ({
    id: c.id,
    label: typeof c.label === 'string' ? c.label : c.label.en,
    min: c.scale.min,
    max: c.scale.max,
    cost: c.direction === 'cost',
  }));
  const providers = file.providers.map((p) => ({
    id: p.id,
    name: p.name,
    certifications: p.certifications ?? [],
    values: Object.fromEntries(
      criteria.map((c) => {
        const cell = p.values?.[c.id];
        const v = cell?.value;
        const usable =
          typeof v === 'number' &&
          Number.isFinite(v) &&
          v >= c.min &&
          v <= c.max &&
          Array.isArray(cell.sources) &&
          cell.sources.length > 0;
        return [c.id, usable ? v : null];
      }),
    ),
  }));
  const presets = file.presets.map((p, index) => ({ id: p.id, index, weights: { ...p.weights } }));
  const defaultPreset = presets.find((p) => p.id === file.default_preset) ?? presets[0];
  return { criteria, providers, presets, defaultPreset };
}

/** Every criterion's weight: the default preset's, with `changes` ({ id: weight }) applied. */
export function weightsWith(model, changes = {}) {
  const weights = { ...model.defaultPreset.weights };
  for (const [id, w] of Object.entries(changes)) {
    if (!(id in weights)) throw new Error(`unknown criterion ${id}`);
    weights[id] = w;
  }
  return weights;
}

/**
 * The weighted-sum ranking for `weights` ({ id: weight }), or null when every weight is
 * zero. `missing` counts a missing value as the worst level ('worst'), the scale's midpoint
 * ('midpoint') or not at all, its weight spread over the known values ('skip'). Each entry
 * also has `known` (the share of the weight on known values) and `low` / `high` (its score
 * with every missing value at the scale's worst / best).
 */
export function rank(model, weights, missing = 'worst') {
  const total = model.criteria.reduce((s, c) => s + (weights[c.id] ?? 0), 0);
  if (total === 0) return null;
  const scored = model.providers.map((p) => {
    let sum = 0;
    let counted = 0;
    let known = 0;
    let knownSum = 0;
    for (const c of model.criteria) {
      const w = weights[c.id] ?? 0;
      const v = p.values[c.id];
      if (v !== null) {
        const norm = c.cost ? 1 - (v - c.min) / (c.max - c.min) : (v - c.min) / (c.max - c.min);
        sum += w * norm;
        counted += w;
        known += w;
        knownSum += w * norm;
      } else if (missing === 'worst') {
        counted += w;
      } else if (missing === 'midpoint') {
        sum += w * 0.5;
        counted += w;
      }
    }
    const score = counted > 0 ? (100 * sum) / counted : 0;
    return {
      id: p.id,
      name: p.name,
      score,
      known: known / total,
      low: (100 * knownSum) / total,
      high: (100 * (knownSum + total - known)) / total,
    };
  });
  scored.sort((a, b) => b.score - a.score);
  // Groups of tied scores, each group then ordered by name and id.
  const groups = [];
  for (const entry of scored) {
    const last = groups.at(-1);
    if (last && Math.abs(last.at(-1).score - entry.score) < TIE) last.push(entry);
    else groups.push([entry]);
  }
  const rows = [];
  for (const group of groups) {
    group.sort((a, b) => {
      const an = a.name.toLowerCase();
      const bn = b.name.toLowerCase();
      if (an !== bn) return an < bn ? -1 : 1;
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
    const groupRank = rows.length + 1;
    for (const entry of group) rows.push({ ...entry, rank: groupRank });
  }
  return rows;
}

/**
 * The fragment (with '#') the widget should show for `weights`: the criteria whose weight
 * differs from the default preset, in the file's order; '' when none differs.
 */
export function fragmentFor(model, weights) {
  const parts = model.criteria
    .filter((c) => weights[c.id] !== model.defaultPreset.weights[c.id])
    .map((c) => `${c.id}:${weights[c.id]}`);
  return parts.length ? `#w=${parts.join(',')}` : '';
}

/**
 * Whether the widget's `data-score` text is the score rounded to two decimals. A score
 * within 1e-6 of a rounding boundary may round either way: the widget sums in another order.
 */
export function scoreTextMatches(text, score) {
  if (!/^\d{1,3}\.\d{2}$/.test(text)) return false;
  if (text === score.toFixed(2)) return true;
  const hundredths = score * 100;
  const nearBoundary = Math.abs(hundredths - Math.floor(hundredths) - 0.5) < 1e-4;
  return nearBoundary && Math.abs(Number(text) - score) <= 0.005 + 1e-6;
}

/** A description of how `rows` (as read from the page) differ from `expected`; null if none. */
export function rankingDiff(rows, expected) {
  const show = (list) =>
    list.map((r) => `${r.id}#${r.rank}@${typeof r.score === 'number' ? r.score.toFixed(4) : r.score}`).join(' ');
  if (expected === null) {
    return rows.length === 0 ? null : `expected no rows, got ${show(rows)}`;
  }
  const problems = [];
  if (rows.length !== expected.length) problems.push(`expected ${expected.length} rows, got ${rows.length}`);
  const ids = rows.map((r) => r.id).join(',');
  const expectedIds = expected.map((r) => r.id).join(',');
  if (ids !== expectedIds) problems.push(`order ${ids} != expected ${expectedIds}`);
  expected.forEach((e, i) => {
    const r = rows[i];
    if (!r || r.id !== e.id) return;
    if (r.rank !== String(e.rank)) problems.push(`${e.id}: data-rank ${r.rank} != ${e.rank}`);
    if (!scoreTextMatches(r.score, e.score)) {
      problems.push(`${e.id}: data-score ${r.score} != ${e.score.toFixed(2)} (${e.score})`);
    }
  });
  return problems.length ? `${problems.join('; ')}\n    page:     ${show(rows)}\n    expected: ${show(expected)}` : null;
}
