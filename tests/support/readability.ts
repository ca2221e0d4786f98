/**
 * Flesch–Kincaid grade level for the plain-language tests. The syllable count is the usual
 * English heuristic (vowel groups, less a silent final "e" or "ed"), good enough to catch long
 * words and long sentences, which is what the tests are for.
 */

const PLACEHOLDER = /\{\{[^}]*\}\}(?:['’]s\b)?/g;
const SENTENCE_END = /[.!?…]+(?=["'’”)\]]*(?:\s|$))|\n+/;
const WORD = /[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g;
const SILENT_ENDING = /(?:[^laeiouy]es|ed|[^laeiouy]e)$/;
const VOWEL_GROUP = /[aeiouy]{1,2}/g;

function partSyllables(part: string): number {
  if (/^[0-9]+$/.test(part)) return Math.min(part.length, 3); // "30" is "thir-ty"
  const word = part.toLowerCase().replace(/[^a-z]/g, '');
  if (word.length === 0) return 0;
  if (word.length <= 3) return 1;
  const trimmed = word.replace(SILENT_ENDING, '').replace(/^y/, '');
  return Math.max(1, trimmed.match(VOWEL_GROUP)?.length ?? 0);
}

/** Syllables in one word; a hyphenated word counts all its parts. */
export function countSyllables(word: string): number {
  let total = 0;
  for (const part of word.split('-')) total += partSyllables(part);
  return Math.max(1, total);
}

/** Words, sentences and syllables of a text, with {{placeholders}} removed. */
export function readabilityStats(text: string): {
  words: number;
  sentences: number;
  syllables: number;
} {
  const clean = text.replace(PLACEHOLDER, ' ');
  let words = 0;
  let syllables = 0;
  let sentences = 0;
  for (const sentence of clean.split(SENTENCE_END)) {
    const found = sentence.match(WORD) ?? [];
    if (found.length === 0) continue;
    sentences++;
    words += found.length;
    for (const word of found) syllables += countSyllables(word.replace(/’/g, "'"));
  }
  return { words, sentences, syllables };
}

/** The Flesch–Kincaid grade of an English text; 0 for a text without words. */
export function fleschKincaidGrade(text: string): number {
  const { words, sentences, syllables } = readabilityStats(text);
  if (words === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}
