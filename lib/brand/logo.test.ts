import { describe, expect, it } from 'vitest';
import { detectImageType, LOGO_MAX_BYTES, LogoError, logoToDataUrl } from './logo';

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);

describe('detectImageType (magic bytes)', () => {
  it('recognises PNG, JPEG and SVG by content', () => {
    expect(detectImageType(PNG)).toBe('image/png');
    expect(detectImageType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16))).toBe('image/jpeg');
    expect(detectImageType(text('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBe('image/svg+xml');
    expect(
      detectImageType(text('\uFEFF<?xml version="1.0"?>\n<!-- made by hand -->\n<!DOCTYPE svg>\n<svg></svg>')),
    ).toBe('image/svg+xml');
  });
  it('refuses other files whatever they are called', () => {
    expect(detectImageType(text('%PDF-1.7 ...'))).toBeNull();
    expect(detectImageType(bytes(0x47, 0x49, 0x46, 0x38, 0x39, 0x61))).toBeNull(); // GIF
    expect(detectImageType(bytes(0x50, 0x4b, 0x03, 0x04))).toBeNull(); // zip
    expect(detectImageType(text('<html><svg></svg></html>'))).toBeNull();
    expect(detectImageType(text('hello, I am a .png'))).toBeNull();
    expect(detectImageType(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull(); // truncated signature
  });
});

describe('logoToDataUrl', () => {
  it('keeps PNG bytes as they are, typed by content', () => {
    expect(logoToDataUrl(PNG)).toBe(`data:image/png;base64,${Buffer.from(PNG).toString('base64')}`);
  });
  it('stores the sanitised SVG, not the upload', () => {
    const url = logoToDataUrl(
      text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="2"/></svg>'),
    );
    const svg = Buffer.from(url.replace('data:image/svg+xml;base64,', ''), 'base64').toString('utf8');
    expect(svg).toBe('<svg xmlns="http://www.w3.org/2000/svg"><rect width="2"></rect></svg>');
  });
  it('enforces the 200 KB cap and refuses non-images', () => {
    const big = new Uint8Array(LOGO_MAX_BYTES + 1);
    big.set(PNG);
    expect(() => logoToDataUrl(big)).toThrow(/limit is 200 KB/);
    expect(() => logoToDataUrl(text('GIF89a'))).toThrow(LogoError);
    expect(() => logoToDataUrl(new Uint8Array())).toThrow(/empty/);
  });
});
