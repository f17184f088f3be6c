import { CloseButton, createTheme, Input, Modal, Notification, type CSSVariablesResolver } from '@mantine/core';
import type { TFunction } from 'i18next';
import { darker } from '@/lib/colors';

/** The app's theme; the close buttons' names are in the user's language, so it is built per language. */
export const appTheme = (t: TFunction) =>
  createTheme({
    primaryColor: 'indigo',
    // Shade 8 of indigo keeps white button text and links above 4.5:1.
    primaryShade: 8,
    // Filled badges and buttons take black text where white would be below 4.5:1 (green, teal, orange at shade 8).
    autoContrast: true,
    luminanceThreshold: 0.2,
    defaultRadius: 'sm',
    components: {
      // Every close button, including the one inside clearable inputs, is named (axe: button-name).
      CloseButton: CloseButton.extend({ defaultProps: { 'aria-label': t('actions.close') } as Record<string, string> }),
      InputClearButton: Input.ClearButton.extend({ defaultProps: { 'aria-label': t('actions.clearValue') } }),
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('actions.closeDialog') } } }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('actions.closeMessage') } } }),
    },
  });

/**
 * Contrast for small text (WCAG AA, 4.5:1): dimmed text in gray 7 (Mantine's gray 6 is 3.3:1 on white), error text in
 * red 8, and the text of tinted (light) and outlined buttons and badges and of the active menu entry in each colour's
 * shade 9 darkened further (shade 6 on its own tint is about 3:1; yellow, lime and orange stay too light even at 9).
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    ...Object.fromEntries(
      Object.keys(theme.colors).flatMap((c) => [
        [`--mantine-color-${c}-light-color`, darker(c)],
        [`--mantine-color-${c}-outline`, darker(c)],
        [`--mantine-color-${c}-text`, darker(c)],
      ]),
    ),
  },
  dark: {},
});
