// A small PNG reader for the icon tests: the IHDR fields straight from the header bytes, and the
// pixels inflated and unfiltered, so the tests check the files themselves rather than the drawing code.
import { inflateSync } from 'zlib';

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  interlace: number;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** The IHDR chunk must come first, right after the 8-byte signature. */
export function readHeader(png: Buffer): PngHeader {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  if (png.toString('ascii', 12, 16) !== 'IHDR') throw new Error('IHDR is not the first chunk');
  return {
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
    bitDepth: png[24],
    colourType: png[25],
    interlace: png[28],
  };
}

function paeth(left: number, up: number, upLeft: number): number {
  const p = left + up - upLeft;
  const [dl, du, dul] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
  if (dl <= du && dl <= dul) return left;
  return du <= dul ? up : upLeft;
}

/** Decoded samples, one byte each, row by row (8-bit, non-interlaced images only). */
export function readPixels(png: Buffer): { header: PngHeader; channels: number; samples: Uint8Array } {
  const header = readHeader(png);
  const channels = CHANNELS[header.colourType];
  if (header.bitDepth !== 8 || header.interlace !== 0 || !channels) {
    throw new Error(`unsupported PNG: ${JSON.stringify(header)}`);
  }
  const idat: Buffer[] = [];
  for (let pos = 8; pos < png.length; ) {
    const length = png.readUInt32BE(pos);
    if (png.toString('ascii', pos + 4, pos + 8) === 'IDAT') idat.push(png.subarray(pos + 8, pos + 8 + length));
    pos += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = header.width * channels;
  const samples = new Uint8Array(stride * header.height);
  for (let y = 0; y < header.height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x];
      const left = x >= channels ? samples[y * stride + x - channels] : 0;
      const up = y > 0 ? samples[(y - 1) * stride + x] : 0;
      const upLeft = x >= channels && y > 0 ? samples[(y - 1) * stride + x - channels] : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`unknown filter type ${filter} on row ${y}`);
      samples[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { header, channels, samples };
}
