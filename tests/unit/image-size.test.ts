import { describe, expect, it } from 'vitest';
import { imageSize } from '../../electron/documents/image-size';
import { tinyPng } from '../helpers/png';

/** The start of a JPEG file: SOI, an APP0 segment, then a baseline or progressive frame header. */
function jpegHeader(width: number, height: number, sof = 0xc0): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  const sofSeg = Buffer.from([0xff, sof, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sofSeg, Buffer.from([0xff, 0xd9])]);
}

describe('imageSize', () => {
  it('reads PNG and JPEG dimensions from the header', () => {
    expect(imageSize(tinyPng(8, 4))).toEqual({ width: 8, height: 4 });
    expect(imageSize(jpegHeader(640, 480))).toEqual({ width: 640, height: 480 });
    expect(imageSize(jpegHeader(300, 1200, 0xc2))).toEqual({ width: 300, height: 1200 });
  });

  it('gives up on damaged or foreign headers instead of answering a zero side', () => {
    const flat = tinyPng(8, 4);
    flat.writeUInt32BE(0, 20);
    expect(imageSize(flat)).toBeNull();
    expect(imageSize(jpegHeader(0, 480))).toBeNull();
    expect(imageSize(tinyPng().subarray(0, 12))).toBeNull();
    expect(imageSize(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).toBeNull();
  });
});
