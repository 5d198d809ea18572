// What the CLI's code uses of ExcelJS (`Workbook`, and its value enums beside it), bundled as
// build/cli/exceljs.cjs by build-cli.mjs. ExcelJS's own entry also loads its streaming reader
// and writer (unzipper, archiver) and CSV (fast-csv), which the CLI never uses: without them the
// bundle is 0.42 MB instead of 1.08, and loads from its code cache in 16 ms instead of 44.
// Workbook's CSV, loaded with it but only used through `workbook.csv`, is a stub that says so.
module.exports = {
  Workbook: require("exceljs/lib/doc/workbook"),
  ...require("exceljs/lib/doc/enums"),
};
