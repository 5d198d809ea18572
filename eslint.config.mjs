import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["node_modules/", "dist/", "build/", "out/", "coverage/", "samples/", "test-results/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        Buffer: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        performance: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    // The domain core is pure: no Office.js, no DOM, no file system (DEVELOPERS.md).
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "os", "worker_threads"],
              message: "src/core is pure: no Node built-ins.",
            },
            {
              group: [
                "exceljs",
                "fflate",
                "**/workbook/**",
                "**/taskpane/**",
                "**/cli/**",
                "**/functions/**",
              ],
              message: "src/core imports only itself, zod and date-fns.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "Office",
        "Excel",
        "document",
        "window",
        "CustomFunctions",
      ],
    },
  },
  {
    files: ["src/workbook/**/*.ts", "src/functions/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/taskpane/**", "**/cli/**"],
              message: "Nothing imports the task pane or the CLI.",
            },
          ],
        },
      ],
    },
  },
);
