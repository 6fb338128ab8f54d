/** The platform's mark: a court-red seal with 执. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <span className="brand-mark" style={{ width: size, height: size, fontSize: size * 0.56, borderRadius: size / 6 }} aria-hidden>
      执
    </span>
  );
}
