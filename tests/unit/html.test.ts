import { escapeHtml } from '../../shared/html';

describe('escapeHtml', () => {
  it('makes markup characters show as text, in content and in double-quoted attributes', () => {
    expect(escapeHtml('<a href="x">Tom & Jerry</a>')).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&lt;/a&gt;',
    );
  });

  it('escapes an ampersand once, so an entity in the text stays visible as typed', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });

  it('leaves plain text, apostrophes, accents and emoji alone', () => {
    expect(escapeHtml("You're in, Zoë — 9:30 🎉")).toBe("You're in, Zoë — 9:30 🎉");
  });
});
