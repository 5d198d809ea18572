// The Excel add-in build, after Microsoft's shared-runtime template (OfficeDev/Excel-Custom-Functions-Shared):
// one page, taskpane.html, loads the task pane and the custom functions, and that page is the
// shared runtime. Build settings (environment variables):
//   ADDIN_URL  where dist/ is served, e.g. https://thidua.cdvc.example.vn/addin/ (default
//              https://localhost:3000/); it replaces the development URL in the built manifest.
//   OFFICE_JS  "local" (default): Office.js is copied into dist/office-js/ and served with the
//              add-in, so the page loads nothing from elsewhere; "cdn": Microsoft's hosted copy.
const path = require("node:path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const packageJson = require("./package.json");

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_PACKAGE = path.dirname(require.resolve("@microsoft/office-js/package.json"));

// What office.js fetches, relative to its own URL, in a shared runtime: the Excel host file of
// each platform (office.js picks "excel-<platform>-<version>.js"; win32 asks for 16.01, or
// 16.00 on older builds) and its strings for the Office display language (falling back to
// en-us). The "-core" host files and custom-functions-runtime.js serve the JavaScript-only
// functions runtime, which this add-in does not use; Office 2013 files are left out because
// the manifest requires SharedRuntime 1.1. Office's own telemetry scripts (telemetry/,
// ariatelemetry/) are left out on purpose: office.js loads them best-effort, and the add-in
// sends nothing anywhere.
const OFFICE_JS_FILES = [
  "office.js",
  "excel-win32-16.00.js",
  "excel-win32-16.01.js",
  "excel-web-16.00.js",
  "excel-mac-16.00.js",
  "excel-ios-16.00.js",
  "excel-android-16.00.js",
  "excel-winrt-16.00.js",
  "*/office_strings.js",
  // Loaded only when the page runs outside Office (the standalone web mode): without it
  // office.js throws "MicrosoftAjax.js is not loaded successfully." 25 s after the page opens.
  // It would also open a telemetry frame to Microsoft; src/taskpane/officeOutsideHost.ts
  // disarms that.
  "o15apptofilemappingtable.js",
];

/** The base URL every manifest URL starts with; HTTPS only, because Office loads nothing else. */
function addinUrl() {
  const raw = (process.env.ADDIN_URL ?? "").trim() || DEV_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: "${raw}"`);
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `ADDIN_URL must start with https:// (Office loads add-ins only over HTTPS): "${raw}"`,
    );
  }
  if (url.search || url.hash) {
    throw new Error(`ADDIN_URL must be a plain folder URL, without ? or #: "${raw}"`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

function officeJsMode() {
  const mode = (process.env.OFFICE_JS ?? "local").trim().toLowerCase() || "local";
  if (mode !== "local" && mode !== "cdn") {
    throw new Error(`OFFICE_JS must be "local" or "cdn", not "${process.env.OFFICE_JS}"`);
  }
  return mode;
}

// Only `webpack serve` needs certificates; a production build must run on a machine without them.
async function devServerHttps() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const baseUrl = addinUrl();
  const officeJs = officeJsMode();

  const copyPatterns = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => content.toString("utf8").split(DEV_URL).join(baseUrl),
    },
  ];
  if (officeJs === "local") {
    // Microsoft's licence lets the library be redistributed with the add-in only unmodified:
    // marking the files minimized keeps the minimizer from rewriting them (and saves most of
    // the build time).
    const asIs = { minimized: true };
    copyPatterns.push(
      ...OFFICE_JS_FILES.map((file) => ({
        from: file,
        context: path.join(OFFICE_JS_PACKAGE, "dist"),
        to: "office-js/",
        info: asIs,
      })),
      { from: path.join(OFFICE_JS_PACKAGE, "LICENSE.md"), to: "office-js/LICENSE.md", info: asIs },
    );
  }

  return {
    mode: dev ? "development" : "production",
    // Excel's web views on current Office are Chromium (WebView2) or Safari; our sources are
    // compiled down to ES2017 syntax so the older EdgeHTML view can parse them too (packages
    // from node_modules are bundled as published).
    target: ["web", "es2017"],
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // The page names its entries (taskpane.js, functions.js) itself. Chunks loaded on demand,
      // the reading worker and ExcelJS, carry a content hash: Office caches add-in files hard,
      // and a new name is the one thing a cache cannot serve stale.
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      // Chunks sit beside the page and the worker script, so plain relative URLs find them
      // wherever dist/ is served (no detection of the script's own URL at run time).
      publicPath: "",
      clean: true,
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // ExcelJS (about 1 MB) only writes workbooks: one chunk of its own, loaded on the first
          // write by the page (Mẫu) or by the worker (Tổng hợp), never with the pane itself.
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: "exceljs",
            chunks: "async",
            enforce: true,
          },
        },
      },
    },
    resolve: {
      extensions: [".ts", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Types are checked by `npm run typecheck`; the build only strips them.
              transpileOnly: true,
              compilerOptions: { noEmit: false, target: "ES2017", sourceMap: dev },
            },
          },
        },
      ],
    },
    performance: {
      // office.js host files are copied, not bundled; our own bundles stay small.
      hints: dev ? false : "warning",
      maxAssetSize: 400 * 1024,
      maxEntrypointSize: 400 * 1024,
      // ExcelJS is loaded on demand, when a workbook is written, never with the pane.
      assetFilter: (file) =>
        file.endsWith(".js") && !file.startsWith("office-js/") && !file.startsWith("exceljs."),
    },
    plugins: [
      new webpack.DefinePlugin({
        __APP_VERSION__: JSON.stringify(packageJson.version),
      }),
      // The metadata comes from the JSDoc of functions.ts, and the plugin's loader appends the
      // CustomFunctions.associate calls to that module.
      new CustomFunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: "functions.json",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        chunksSortMode: "manual",
        inject: "body",
        scriptLoading: "blocking",
        templateParameters: {
          officeJsUrl: officeJs === "cdn" ? OFFICE_JS_CDN : "office-js/office.js",
        },
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
    devServer: serving
      ? {
          port: 3000,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await devServerHttps() },
          static: false,
          client: { overlay: false },
        }
      : undefined,
  };
};
