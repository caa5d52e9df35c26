/** Screen sizes the editor is checked at: a phone, a tablet, a laptop and a desktop screen. */
export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  tablet: { width: 768, height: 1024 },
  laptop: { width: 1280, height: 720 },
  desktop: { width: 1440, height: 900 },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

/** What every test gets unless it asks for another size. */
export const DEFAULT_VIEWPORT = VIEWPORTS.desktop;
