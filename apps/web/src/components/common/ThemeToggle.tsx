import { toggleTheme, useTheme } from "../../lib/theme.js";

export const ThemeToggle = () => {
  const { theme } = useTheme();
  const label = theme === "dark" ? "Switch to light mode" : "Switch to dark mode";
  return (
    <button type="button" className="icon-button" aria-label={label} title={label} onClick={() => toggleTheme(theme)}>
      {theme === "dark" ? "☀" : "☾"}
    </button>
  );
};
