// Draws the application icon (a school under a roof on an indigo tile) as PNG files, without image tools.
// Usage: node scripts/make-icon.mjs  → build/icon.png (512 px) and renderer/public/favicon.png (64 px)
import fs from 'node:fs';
import zlib from 'node:zlib';

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (const b of buf) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size) {
  const s = size / 512;
  const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r), cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = [0];
    for (let px = 0; px < size; px++) {
      const x = px / s, y = py / s;
      let rgba = [0, 0, 0, 0];
      if (inRoundRect(x, y, 16, 16, 496, 496, 88)) rgba = [54, 79, 199, 255];
      const roof = y >= 110 && y <= 230 && Math.abs(x - 256) <= (y - 110) * 1.35;
      const body = x >= 130 && x <= 382 && y >= 230 && y <= 400;
      const door = x >= 226 && x <= 286 && y >= 300 && y <= 400;
      const win = (x >= 160 && x <= 205 && y >= 260 && y <= 305) || (x >= 307 && x <= 352 && y >= 260 && y <= 305);
      if ((roof || body) && !door && !win) rgba = [255, 255, 255, 255];
      if (x >= 96 && x <= 416 && y >= 408 && y <= 426) rgba = [255, 212, 59, 255];
      row.push(...rgba);
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}
fs.mkdirSync('build', { recursive: true });
fs.writeFileSync('build/icon.png', png(512));
fs.writeFileSync('renderer/public/favicon.png', png(64));
