import { describe, expect, it } from 'vitest';
import { extractMarkers, MarkerRenumberer, parseMarkerNumbers, renumberMarkers } from '@/lib/cite/markers';

describe('markers', () => {
  it('parses lists and ranges', () => {
    expect(parseMarkerNumbers('1, 3-4')).toEqual([1, 3, 4]);
    expect(parseMarkerNumbers('Passage 2 and 5')).toEqual([2, 5]);
  });

  it('renumbers in order of first use and drops unresolvable markers with their space', () => {
    const r = renumberMarkers('A happened [3]. B too [1, 3]. C is made up [9]. D [2-3].', 4);
    expect(r.text).toBe('A happened [1]. B too [2][1]. C is made up. D [3][1].');
    expect(r.passages).toEqual([3, 1, 2]);
  });

  it('renumbers the same way when the text arrives in arbitrary chunks', () => {
    const text = 'In 1916 Pershing crossed [2]. He chased Villa [Passage 1, 2]. Wrong [12]. Done [1].';
    const whole = renumberMarkers(text, 3).text;
    for (let size = 1; size <= 7; size++) {
      const r = new MarkerRenumberer(3);
      let out = '';
      for (let i = 0; i < text.length; i += size) out += r.push(text.slice(i, i + size));
      out += r.flush();
      expect(out).toBe(whole);
      expect(r.passages).toEqual([2, 1]);
    }
  });

  it('does not hold ordinary brackets forever', () => {
    const r = new MarkerRenumberer(2);
    expect(r.push('a [sic] b')).toBe('a [sic] b');
  });

  it('extracts markers and tidies the sentence', () => {
    expect(extractMarkers('It ended in 1848 [2].[1]')).toEqual({ clean: 'It ended in 1848.', citations: [2, 1] });
  });
});
