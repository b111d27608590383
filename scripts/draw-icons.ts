// npx tsx scripts/draw-icons.ts — draws the Teams icons in plain code: a ball bouncing up out of a
// low arc. appPackage/color.png is 192x192 in a calm teal palette; appPackage/outline.png is 32x32,
// white on transparent, as Teams requires.
import { writeFileSync } from 'fs';
import path from 'path';
import { crc32, deflateSync } from 'zlib';

type Rgb = readonly [number, number, number];
type Shape = (x: number, y: number) => boolean;

/** RGBA pixels with straight (not premultiplied) alpha, painted with anti-aliased shapes. */
class Canvas {
  readonly rgba: Float64Array;

  constructor(readonly size: number) {
    this.rgba = new Float64Array(size * size * 4);
  }

  /** Paints `colour` over the pixels `shape` covers; 4x4 samples a pixel smooth the edges. */
  paint(shape: Shape, colour: (x: number, y: number) => Rgb, opacity = 1): void {
    const samples = 4;
    for (let py = 0; py < this.size; py++) {
      for (let px = 0; px < this.size; px++) {
        let hits = 0;
        for (let sy = 0; sy < samples; sy++) {
          for (let sx = 0; sx < samples; sx++) {
            if (shape(px + (sx + 0.5) / samples, py + (sy + 0.5) / samples)) hits++;
          }
        }
        if (hits > 0) this.blend(px, py, colour(px + 0.5, py + 0.5), (opacity * hits) / samples ** 2);
      }
    }
  }

  private blend(px: number, py: number, colour: Rgb, alpha: number): void {
    const i = (py * this.size + px) * 4;
    const below = this.rgba[i + 3];
    const out = alpha + below * (1 - alpha);
    for (let c = 0; c < 3; c++) {
      this.rgba[i + c] = (colour[c] * alpha + this.rgba[i + c] * below * (1 - alpha)) / out;
    }
    this.rgba[i + 3] = out;
  }

  toPng(): Buffer {
    const row = 1 + this.size * 4;
    const raw = Buffer.alloc(row * this.size);
    for (let y = 0; y < this.size; y++) {
      raw[y * row] = 0; // filter type 0: the row is stored as is
      for (let x = 0; x < this.size * 4; x++) {
        const scale = x % 4 === 3 ? 255 : 1; // colour channels are kept in 0-255, alpha in 0-1
        raw[y * row + 1 + x] = Math.round(this.rgba[y * this.size * 4 + x] * scale);
      }
    }
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.size, 0);
    header.writeUInt32BE(this.size, 4);
    header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter variants, no interlace
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(raw, { level: 9 })),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

const circle = (cx: number, cy: number, r: number): Shape => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** A thick stroke along the parabola through (x0, rimY) and (x1, rimY) that dips to bottomY, with round ends. */
function lowArc(x0: number, x1: number, rimY: number, bottomY: number, width: number): Shape {
  const mid = (x0 + x1) / 2;
  const half = (x1 - x0) / 2;
  const steps = 64;
  const points = Array.from({ length: steps + 1 }, (_, i) => {
    const x = x0 + ((x1 - x0) * i) / steps;
    return [x, bottomY - (bottomY - rimY) * ((x - mid) / half) ** 2] as const;
  });
  const r2 = (width / 2) ** 2;
  return (x, y) => points.some(([px, py]) => (x - px) ** 2 + (y - py) ** 2 <= r2);
}

const hex = (value: string): Rgb => [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16)) as unknown as Rgb;
const solid = (colour: Rgb) => () => colour;

interface Dot {
  x: number;
  y: number;
  r: number;
  opacity: number;
}

/** Line weights and the rising trail of dots, on a 192-unit grid. */
interface MotifStyle {
  arcWidth: number;
  ballRadius: number;
  trail: readonly Dot[];
}

/** The motif scaled to the canvas: a low arc, a trail rising from its lowest point, the ball. */
function drawMotif(canvas: Canvas, colours: { arc: Rgb; trail: Rgb; ball: Rgb }, style: MotifStyle): void {
  const k = canvas.size / 192;
  canvas.paint(lowArc(34 * k, 158 * k, 124 * k, 156 * k, style.arcWidth * k), solid(colours.arc));
  for (const dot of style.trail) {
    canvas.paint(circle(dot.x * k, dot.y * k, dot.r * k), solid(colours.trail), dot.opacity);
  }
  canvas.paint(circle(128 * k, 60 * k, style.ballRadius * k), solid(colours.ball));
}

function drawColourIcon(): Canvas {
  const canvas = new Canvas(192);
  const top = hex('#3BA99C');
  const bottom = hex('#1F6F68');
  canvas.paint(
    () => true,
    (_, y) => top.map((t, c) => t + (bottom[c] - t) * (y / 192)) as unknown as Rgb,
  );
  drawMotif(
    canvas,
    { arc: hex('#E6F5EF'), trail: hex('#E6F5EF'), ball: hex('#F3D27A') },
    {
      arcWidth: 14,
      ballRadius: 24,
      trail: [
        { x: 101, y: 140, r: 3.5, opacity: 0.55 },
        { x: 106, y: 122, r: 5, opacity: 0.7 },
        { x: 114, y: 98, r: 6.5, opacity: 0.85 },
      ],
    },
  );
  return canvas;
}

function drawOutlineIcon(): Canvas {
  const canvas = new Canvas(32);
  const white = hex('#FFFFFF');
  // Heavier lines and a single trail dot so the shapes stay legible at 32 pixels.
  drawMotif(
    canvas,
    { arc: white, trail: white, ball: white },
    { arcWidth: 20, ballRadius: 26, trail: [{ x: 108, y: 116, r: 10, opacity: 1 }] },
  );
  return canvas;
}

const outDir = path.resolve(__dirname, '..', 'appPackage');
writeFileSync(path.join(outDir, 'color.png'), drawColourIcon().toPng());
writeFileSync(path.join(outDir, 'outline.png'), drawOutlineIcon().toPng());
console.log(`Wrote color.png and outline.png in ${path.relative(process.cwd(), outDir) || '.'}`);
