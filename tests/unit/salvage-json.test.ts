import { salvageJsonObject } from '../../electron/services/settings/salvage-json';

const saved = JSON.stringify(
  {
    schemaVersion: 2,
    language: 'es',
    role: 'admin',
    minimumZoomVersion: '6.1.0',
    zoomClientId: 'Abc_123.x',
  },
  null,
  '\t',
);

describe('reading back a settings file cut off mid-write', () => {
  it('keeps every member written out whole before the cut, at any cut', () => {
    const keys = ['schemaVersion', 'language', 'role', 'minimumZoomVersion', 'zoomClientId'];
    for (let cut = 0; cut <= saved.length; cut += 1) {
      const salvaged = salvageJsonObject(saved.slice(0, cut));
      const whole = JSON.parse(saved) as Record<string, unknown>;
      // Never a half value, never a key that was not there.
      for (const [key, value] of Object.entries(salvaged)) expect(value).toEqual(whole[key]);
      // Everything whose closing comma (or the final brace) was written is kept.
      const complete = keys.filter((key) => {
        const at = saved.indexOf(`"${key}"`);
        const end = saved.indexOf(key === 'zoomClientId' ? '}' : ',', at);
        return at >= 0 && end >= 0 && end < cut;
      });
      expect(Object.keys(salvaged).sort()).toEqual(complete.sort());
    }
  });

  it('reads a whole file as it is, and gives nothing for text that is not an object', () => {
    expect(salvageJsonObject(saved)).toEqual(JSON.parse(saved));
    expect(salvageJsonObject('')).toEqual({});
    expect(salvageJsonObject('[1,2')).toEqual({});
    expect(salvageJsonObject('\u0000\u0000\u0000')).toEqual({});
  });

  it('is not fooled by commas and braces inside strings', () => {
    const text = '{"a":"x,}\\"y","b":{"c":[1,{"d":2}]},"e":"cut her';
    expect(salvageJsonObject(text)).toEqual({ a: 'x,}"y', b: { c: [1, { d: 2 }] } });
  });
});
