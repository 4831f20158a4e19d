// What a value cell of the details or of side by side should show, from the data file and
// the reference model, and how a cell read from the page (pages/report-panels.mjs
// `readTable`) differs from it.

export const en = (text) => (typeof text === 'string' ? text : text?.en);

/**
 * What a value cell should show for `providerId` on `criterion` (of the raw data file):
 * missing, a level's label and meaning, or a number with its unit. Missing follows the
 * model (null, outside the scale, or unsourced).
 */
export function expectedCell(model, criterion, providerId) {
  const v = model.providers.find((p) => p.id === providerId).values[criterion.id];
  if (v === null) return { missing: true };
  const level = (criterion.scale.levels ?? []).find((l) => l.value === v);
  if (level) return { label: en(level.label), meaning: en(level.description) };
  return { plain: `${v}${criterion.unit ? ` ${en(criterion.unit)}` : ''}` };
}

/** A description of how a value cell differs from `expectedCell`; null if it does not. */
export function cellDiff(cell, expected) {
  if (expected.missing) {
    return cell.missing && cell.strong === 'Missing' ? null : `expected "Missing" (strong.ecc-missing-value), got ${JSON.stringify(cell)}`;
  }
  if (cell.missing) return `marked missing, expected ${JSON.stringify(expected)}`;
  if (expected.plain) return cell.text.startsWith(expected.plain) ? null : `expected ${expected.plain}, got ${cell.text}`;
  if (cell.strong !== expected.label) return `level ${JSON.stringify(cell.strong)}, expected ${JSON.stringify(expected.label)}`;
  if (cell.meaning !== expected.meaning) return `meaning ${JSON.stringify(cell.meaning)}, expected ${JSON.stringify(expected.meaning)}`;
  return null;
}
