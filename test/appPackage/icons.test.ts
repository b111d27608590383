import { readFileSync } from 'fs';
import path from 'path';
import { readHeader, readPixels } from './png';

const appPackage = path.resolve(__dirname, '..', '..', 'appPackage');
const icon = (name: string) => readFileSync(path.join(appPackage, name));

describe('Teams icons', () => {
  it('color.png is a 192x192 full-colour image', () => {
    const header = readHeader(icon('color.png'));
    expect([header.width, header.height]).toEqual([192, 192]);
    expect([2, 6]).toContain(header.colourType); // RGB or RGBA
  });

  it('color.png is opaque and not a single flat colour', () => {
    const { samples } = readPixels(icon('color.png'));
    const colours = new Set<number>();
    let seeThrough = 0;
    for (let i = 0; i < samples.length; i += 4) {
      if (samples[i + 3] !== 255) seeThrough++;
      colours.add((samples[i] << 16) | (samples[i + 1] << 8) | samples[i + 2]);
    }
    expect(seeThrough).toBe(0);
    expect(colours.size).toBeGreaterThan(10);
  });

  it('outline.png is 32x32 with an alpha channel', () => {
    const header = readHeader(icon('outline.png'));
    expect([header.width, header.height]).toEqual([32, 32]);
    expect(header.colourType).toBe(6); // RGBA: transparency needs alpha
  });

  it('outline.png uses only white and transparent pixels, and has both', () => {
    const { samples } = readPixels(icon('outline.png'));
    const notWhite: number[] = [];
    let transparent = 0;
    let opaque = 0;
    for (let i = 0; i < samples.length; i += 4) {
      const alpha = samples[i + 3];
      if (alpha === 0) transparent++;
      else if (samples[i] !== 255 || samples[i + 1] !== 255 || samples[i + 2] !== 255) notWhite.push(i / 4);
      if (alpha === 255) opaque++;
    }
    expect(notWhite).toEqual([]);
    expect(transparent).toBeGreaterThan(32 * 32 * 0.4);
    expect(opaque).toBeGreaterThan(32);
  });
});
