/**
 * What can still be read from a JSON object that was cut off mid-write (a crash, a full disk,
 * a killed process): every top-level member written out whole before the cut. Members are cut
 * only at a comma between them, so a value is never half-read.
 */
export function salvageJsonObject(text: string): Record<string, unknown> {
  const whole = tryObject(text);
  if (whole) return whole;
  const start = text.indexOf('{');
  if (start < 0) return {};
  // The commas between top-level members, found by walking the text outside strings.
  const cuts: number[] = [];
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i += 1) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth += 1;
    else if (c === '}' || c === ']') depth -= 1;
    else if (c === ',' && depth === 1) cuts.push(i);
  }
  for (let k = cuts.length - 1; k >= 0; k -= 1) {
    const salvaged = tryObject(`${text.slice(start, cuts[k])}}`);
    if (salvaged) return salvaged;
  }
  return {};
}

function tryObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
