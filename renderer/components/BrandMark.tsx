/**
 * Passerelle's mark: a footbridge over the Meuse, in Liège's red. Decorative: the name is always beside it.
 * `inverted` draws it white on red backgrounds.
 */
export function BrandMark({ size = 36, inverted = false }: { size?: number; inverted?: boolean }) {
  const background = inverted ? '#fff' : '#c8102e';
  const ink = inverted ? '#c8102e' : '#fff';
  return (
    <svg width={size} height={size} viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <rect width="40" height="40" rx="10" fill={background} />
      <path d="M6 24 Q20 8 34 24" stroke={ink} strokeWidth="2.6" fill="none" strokeLinecap="round" />
      <path d="M4.5 24 H35.5" stroke={ink} strokeWidth="2.6" strokeLinecap="round" />
      <path d="M13 24 V18 M20 24 V16 M27 24 V18" stroke={ink} strokeWidth="1.6" strokeLinecap="round" />
      <path
        d="M7 31 q3.25 -2.4 6.5 0 t6.5 0 t6.5 0 t6.5 0"
        stroke={ink}
        strokeOpacity="0.7"
        strokeWidth="1.8"
        fill="none"
        strokeLinecap="round"
      />
    </svg>
  );
}
