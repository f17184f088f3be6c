/**
 * A theme colour dark enough for small text on white or on its own tint (WCAG AA 4.5:1), and for white text on it:
 * shade 9 darkened further, since yellow, lime and orange stay too light even at 9.
 */
export const darker = (color: string) => `color-mix(in srgb, var(--mantine-color-${color}-9), black 35%)`;
