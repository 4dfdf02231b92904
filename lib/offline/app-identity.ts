/** The primary blue of the Danish design system (DKFDS), the colour of the app's icon and title bar. */
export const THEME_COLOR = "#0059b3";

/** The sizes of the app's icon, square, in pixels: those an installed web app needs. */
export const ICON_SIZES = [192, 512] as const;

/** The address of the icon of a size (app/icon.tsx). */
export const iconPath = (size: number) => `/icon/${size}`;
