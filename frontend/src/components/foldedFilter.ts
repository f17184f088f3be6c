import type { ComboboxItem, ComboboxParsedItem } from '@mantine/core';
import { folded } from '@/lib/countries';

/**
 * A Select/MultiSelect filter as accent-insensitive as every search of the app: "lao cai" finds Lào Cai, "viet" Việt
 * Nam, "dan mach" Đan Mạch. Typed for Mantine's `filter` prop (flat options only, as the app's pickers have).
 */
export const foldedFilter = ({ options, search }: { options: ComboboxParsedItem[]; search: string }) => {
  const wanted = folded(search.trim());
  return wanted ? options.filter((o) => 'label' in o && folded((o as ComboboxItem).label).includes(wanted)) : options;
};
