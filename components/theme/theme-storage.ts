export const THEME_STORAGE_KEY = "zim-friend-console:theme";
export type ThemeChoice = "system" | "light" | "dark";
