/**
 * Bounded optimal-string-alignment distance (Levenshtein plus adjacent
 * transposition, Damerau 1964). Typing errors are mostly one insertion,
 * deletion, substitution or swapped pair ("breth", "pian", "siezure"), so a
 * bound of 1-2 edits is enough and keeps the check cheap: it stops as soon as
 * every cell in a row exceeds `maxDistance`.
 */
export function isWithinEditDistance(a: string, b: string, maxDistance: number): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > maxDistance) return false;
  const width = b.length + 1;
  let previous2: number[] = new Array<number>(width).fill(0);
  let previous: number[] = Array.from({ length: width }, (_, j) => j);
  let current: number[] = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previous2[j - 2] + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > maxDistance) return false;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return previous[b.length] <= maxDistance;
}
