import type { Config } from "tailwindcss";

export default {
  content: ["./app/**/*.{ts,tsx}"],
  theme: {
    extend: {
      fontFamily: {
        sans: ["Inter", "ui-sans-serif", "system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"],
      },
      colors: {
        brand: {
          50: "#eef5ff",
          100: "#d9e8ff",
          200: "#bcd7ff",
          300: "#8ebdff",
          400: "#5998ff",
          500: "#3372f6",
          600: "#1d55eb",
          700: "#1741c4",
          800: "#19389c",
          900: "#1a347b",
          950: "#14214b",
        },
      },
    },
  },
  plugins: [],
} satisfies Config;
