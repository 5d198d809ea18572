// Writes the add-in's icons (assets/icon-<size>.png): a union-blue rounded square with a white
// bar chart of three rising bars. PNG is written by hand (signature, IHDR, IDAT through
// node:zlib, IEND, each chunk with its CRC) so the icons need no image library; each pixel is
// supersampled so edges are smooth at 16 px too. Run: node scripts/make-icons.mjs
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 64, 80];
const SAMPLES = 8; // per axis: 64 samples a pixel
const BLUE = [0x1e, 0x4f, 0xa3];
const WHITE = [0xff, 0xff, 0xff];

// The mark in unit coordinates (0..1, y down): the square's corner radius and the bars.
const RADIUS = 0.2;
const BARS = [
  { x0: 0.2, x1: 0.36, top: 0.55 },
  { x0: 0.42, x1: 0.58, top: 0.38 },
  { x0: 0.64, x1: 0.8, top: 0.2 },
];
const BASELINE = 0.8;

function insideRoundedSquare(x, y) {
  const cx = Math.min(Math.max(x, RADIUS), 1 - RADIUS);
  const cy = Math.min(Math.max(y, RADIUS), 1 - RADIUS);
  return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2;
}

function insideBar(x, y) {
  return BARS.some((bar) => x >= bar.x0 && x < bar.x1 && y >= bar.top && y < BASELINE);
}

/** RGBA bytes of one icon, row by row. */
function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let bar = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!insideRoundedSquare(x, y)) continue;
          square += 1;
          if (insideBar(x, y)) bar += 1;
        }
      }
      const total = SAMPLES * SAMPLES;
      const offset = (py * size + px) * 4;
      // Colour is the mix inside the square; alpha is how much of the pixel the square covers.
      const whiteShare = square === 0 ? 0 : bar / square;
      for (let c = 0; c < 3; c++) {
        pixels[offset + c] = Math.round(BLUE[c] * (1 - whiteShare) + WHITE[c] * whiteShare);
      }
      pixels[offset + 3] = Math.round((255 * square) / total);
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  // Each scanline starts with its filter type; 0 (none) keeps the writer simple.
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const assets = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
mkdirSync(assets, { recursive: true });
for (const size of SIZES) {
  const file = join(assets, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, drawIcon(size)));
  console.log(`wrote ${file}`);
}
