import type { Brand } from '@/lib/brand/queries';

/** The reseller's logo, or its initial on the brand colour when no logo is set. */
export function BrandMark({ brand, size = 32 }: { brand: Pick<Brand, 'name' | 'logoDataUrl'>; size?: number }) {
  if (brand.logoDataUrl) {
    // biome-ignore lint/performance/noImgElement: a data URL from brand settings; next/image adds nothing here
    return <img src={brand.logoDataUrl} alt="" width={size} height={size} className="rounded" />;
  }
  return (
    <span
      aria-hidden="true"
      style={{ width: size, height: size }}
      className="inline-flex items-center justify-center rounded bg-brand font-bold text-brand-contrast"
    >
      {brand.name.slice(0, 1).toUpperCase()}
    </span>
  );
}
