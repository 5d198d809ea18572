// Writes samples/: the filled reports of a dozen units for one period, most valid with varied
// layouts, a few with the defects staff meet most, and one unit that sent its report twice.
// They are for trying the add-in and the CLI by hand (`cdvc validate samples/`) and for the
// end-to-end tests. The workbooks are built by test/support/unitWorkbook.ts, bundled here with
// esbuild on the fly so that no build is needed first. Output is reproducible: seeded values,
// fixed dates, and zip entries re-packed with a fixed timestamp (ExcelJS stamps the time of
// writing on each entry).
import { build } from "esbuild";
import { unzipSync, zipSync } from "fflate";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "samples");
// Inside node_modules, so the bundle's `import "exceljs"` resolves to the project's copy.
const cacheDir = path.join(root, "node_modules", ".cache", "cdvc-samples");
const bundle = path.join(cacheDir, "unitWorkbook.mjs");

await mkdir(cacheDir, { recursive: true });
await build({
  stdin: {
    contents: [
      'export * from "./test/support/unitWorkbook.ts";',
      'export { defaultRules } from "./src/core/rules/index.ts";',
    ].join("\n"),
    resolveDir: root,
    loader: "ts",
  },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  outfile: bundle,
  logLevel: "warning",
});
const { makeUnitWorkbook, validUnitValues, defaultRules } = await import(
  pathToFileURL(bundle).href
);

const PERIOD = "Năm 2024";
const FIXED_TIME = new Date(Date.UTC(2025, 0, 1));
const day = (y, m, d) => new Date(Date.UTC(y, m - 1, d));

/** Self scores near the max (an HTXS candidate) or around 60% (HT). */
function withScores(values, level) {
  const scores = {};
  defaultRules.criteria.forEach((criterion, i) => {
    const self =
      level === "high"
        ? criterion.maxPoints - (i % 3 === 0 ? 0.5 : 0)
        : Math.round(criterion.maxPoints * 0.6 * 2) / 2;
    scores[criterion.code] = { self };
  });
  return { ...values, scores };
}

function withIndicator(values, code, figures) {
  return { ...values, indicators: { ...values.indicators, [code]: figures } };
}

/** A proposal for a person: name, position, award as the unit typed it, kind, achievement. */
function person(name, position, award, kind, achievement) {
  return { name, subject: "Cá nhân", position, award, kind, achievement };
}

/** A proposal for the unit's own collective (or one of its departments). */
function collective(name, award, kind, achievement) {
  return { name, subject: "Tập thể", award, kind, achievement };
}

const REGULAR = "Thường xuyên";
const THEMATIC = "Chuyên đề";

// Each sample: file name, the unit, how it is laid out, what is wrong with it (for the README).
const SAMPLES = [
  {
    file: "CD001-so-tu-phap.xlsx",
    what: "Hợp lệ; bố cục chuẩn; điểm cao. Đề nghị khen thưởng: Cờ thi đua và Bằng khen cho tập thể (chỉ dành cho CĐCS xếp loại HTXS: không được tính khi đơn vị xếp loại thấp hơn), Bằng khen và Giấy khen cho cá nhân, thường xuyên và chuyên đề.",
    spec: {
      unitCode: "CD001",
      unitName: "CĐCS Sở Tư pháp",
      cluster: "Cụm 1",
      founded: day(2008, 3, 15),
      values: withScores(validUnitValues(1), "high"),
      proposals: [
        collective(
          "CĐCS Sở Tư pháp",
          "Cờ thi đua",
          REGULAR,
          "Dẫn đầu phong trào thi đua Cụm 1 năm 2024",
        ),
        collective(
          "Tổ Nữ công",
          "Bằng khen LĐLĐ tỉnh",
          THEMATIC,
          'Thực hiện tốt phong trào "Giỏi việc nước, đảm việc nhà"',
        ),
        person(
          "Nguyễn Thị Lan",
          "Chủ tịch CĐCS",
          "Bằng khen LĐLĐ",
          REGULAR,
          "Hoàn thành xuất sắc nhiệm vụ 2 năm liền",
        ),
        person(
          "Trần Văn Hùng",
          "Chuyên viên Phòng Hành chính",
          "GK CĐVC",
          REGULAR,
          "Hoàn thành xuất sắc nhiệm vụ năm 2024",
        ),
        person(
          "Lê Thị Mai",
          "Kế toán",
          "Giấy khen CĐVC",
          THEMATIC,
          "Tích cực trong công tác nữ công",
        ),
      ],
    },
  },
  {
    file: "CD002-so-y-te.xlsx",
    what: 'Hợp lệ; số liệu gõ dạng chữ kiểu Việt Nam ("2.686", "216,8", "1,6 tỷ"): cảnh báo số lưu dạng chữ.',
    spec: {
      unitCode: "CD002",
      unitName: "CĐCS Sở Y tế",
      cluster: "Cụm 1",
      founded: day(2005, 9, 1),
      values: withIndicator(validUnitValues(2), "CL06", { actual: 1600 }),
      layout: { numbers: "text" },
    },
  },
  {
    file: "CD003-truong-thpt-le-loi.xlsx",
    what: 'Hợp lệ; bảng dời sang phải 2 cột, xuống 3 dòng; nhãn có dấu ":" và ô trống trước giá trị; điểm cao. Đề nghị khen thưởng: 25 đoàn viên nên tối đa 3 Giấy khen cá nhân, dòng thứ tư vượt giới hạn (không được tính).',
    spec: {
      unitCode: "CD003",
      unitName: "CĐCS Trường THPT Lê Lợi",
      cluster: "Cụm 2",
      founded: day(1998, 8, 20),
      values: withIndicator(
        withIndicator(
          withIndicator(withScores(validUnitValues(3), "high"), "DV01", { actual: 32 }),
          "DV02",
          { actual: 25 },
        ),
        "DV03",
        { actual: 14 },
      ),
      layout: { columnOffset: 2, rowOffset: 3, colonGap: true },
      proposals: [
        person(
          "Phạm Văn Đức",
          "Hiệu trưởng",
          "BK TLĐ",
          REGULAR,
          "Có nhiều đóng góp cho phong trào CNVCLĐ",
        ),
        person(
          "Võ Thị Hạnh",
          "Giáo viên Ngữ văn",
          "GK CĐVC",
          REGULAR,
          "Giáo viên dạy giỏi cấp tỉnh",
        ),
        person(
          "Đặng Văn Long",
          "Giáo viên Toán",
          "GK CĐVC",
          REGULAR,
          "Hoàn thành xuất sắc nhiệm vụ năm học",
        ),
        person(
          "Bùi Thị Ngọc",
          "Nhân viên thư viện",
          "GK CĐVC",
          THEMATIC,
          "Tích cực trong phong trào văn hóa, thể thao",
        ),
        person(
          "Hồ Văn Phúc",
          "Giáo viên Vật lý",
          "GK CĐVC",
          REGULAR,
          "Hoàn thành xuất sắc nhiệm vụ năm học",
        ),
      ],
    },
  },
  {
    file: "CD004-benh-vien-da-khoa.xlsx",
    what: "Hợp lệ; cột xếp ngược; nhãn chữ in hoa không dấu; ngày ghi dạng chữ dd/mm/yyyy. Đề nghị khen thưởng: một hình thức không có trong danh mục và một người đề nghị hai lần (hai dòng này không được tính, đơn vị vẫn được tổng hợp).",
    spec: {
      unitCode: "CD004",
      unitName: "CĐCS Bệnh viện Đa khoa tỉnh",
      cluster: "Cụm 2",
      founded: day(2001, 1, 8),
      values: validUnitValues(4),
      layout: { reversedColumns: true, labels: "plain-capitals", dates: "text" },
      proposals: [
        person(
          "Ngô Thị Quỳnh",
          "Điều dưỡng trưởng",
          "GK CĐVC",
          REGULAR,
          "Hoàn thành xuất sắc nhiệm vụ năm 2024",
        ),
        person(
          "Dương Văn Sơn",
          "Bác sĩ Khoa Nội",
          "Bằng khen UBND tỉnh",
          REGULAR,
          "Có sáng kiến cải tiến quy trình khám bệnh",
        ),
        person(
          "Ngô Thị Quỳnh",
          "Điều dưỡng trưởng",
          "Giấy khen",
          THEMATIC,
          "Tích cực trong công tác nữ công",
        ),
        collective("Khoa Nhi", "GK CĐVC", THEMATIC, 'Thực hiện tốt phong trào "Xanh - Sạch - Đẹp"'),
      ],
    },
  },
  {
    file: "CD005-so-tai-chinh.xlsx",
    what: "Hợp lệ; trang ChamDiem đứng trước BaoCao, có thêm trang Sheet1; không có dòng tiêu đề nhóm, tiêu đề không gộp ô. Đề nghị khen thưởng: một người trùng họ tên với người CD001 đề nghị (cảnh báo).",
    spec: {
      unitCode: "CD005",
      unitName: "CĐCS Sở Tài chính",
      cluster: "Cụm 3",
      founded: day(2010, 6, 30),
      values: validUnitValues(5),
      proposals: [
        person(
          "Nguyễn Thị Lan",
          "Phó Trưởng phòng Ngân sách",
          "GK CĐVC",
          REGULAR,
          "Hoàn thành xuất sắc nhiệm vụ năm 2024",
        ),
        collective("Phòng Quản lý giá", "GK CĐVC", REGULAR, "Tập thể lao động tiên tiến"),
      ],
      layout: {
        reversedSheets: true,
        extraSheets: ["Sheet1"],
        sections: false,
        mergedTitle: false,
      },
    },
  },
  {
    file: "CD006-trung-tam-y-te-huyen.xlsx",
    what: "Hợp lệ; thành lập 01/09/2024, chưa đủ 6 tháng đến hết kỳ: chưa xếp loại (CXL).",
    spec: {
      unitCode: "CD006",
      unitName: "CĐCS Trung tâm Y tế huyện",
      cluster: "Cụm 3",
      founded: day(2024, 9, 1),
      values: validUnitValues(6),
    },
  },
  {
    file: "CD007-so-xay-dung.xlsx",
    what: "Hợp lệ; không tổ chức Hội nghị CBCCVC (CL01 = Không): xếp loại tối đa HT; điểm cao.",
    spec: {
      unitCode: "CD007",
      unitName: "CĐCS Sở Xây dựng",
      cluster: "Cụm 1",
      founded: day(2003, 4, 12),
      values: withIndicator(withScores(validUnitValues(7), "high"), "CL01", { actual: false }),
    },
  },
  {
    file: "CD008-truong-cao-dang-su-pham.xlsx",
    what: 'Lỗi: "khoảng 20" không phải là số.',
    defects: ["not-a-number"],
    spec: {
      unitCode: "CD008",
      unitName: "CĐCS Trường Cao đẳng Sư phạm",
      cluster: "Cụm 2",
      founded: day(1999, 10, 1),
      values: validUnitValues(8),
    },
  },
  {
    file: "CD009-ban-quan-ly-du-an.xlsx",
    what: "Lỗi: số đoàn viên nữ lớn hơn tổng số đoàn viên.",
    defects: ["women-over-members"],
    spec: {
      unitCode: "CD009",
      unitName: "CĐCS Ban Quản lý dự án",
      cluster: "Cụm 3",
      founded: day(2012, 2, 1),
      values: validUnitValues(9),
    },
  },
  {
    file: "CD010-dai-phat-thanh-truyen-hinh.xlsx",
    what: "Lỗi: điểm tự chấm tiêu chí TC2 vượt điểm chuẩn.",
    defects: ["score-over-max"],
    spec: {
      unitCode: "CD010",
      unitName: "CĐCS Đài Phát thanh - Truyền hình",
      cluster: "Cụm 1",
      founded: day(2000, 5, 19),
      values: validUnitValues(10),
    },
  },
  {
    file: "CD011-so-noi-vu.xlsx",
    what: "Lỗi: sai kỳ báo cáo (Năm 2023).",
    defects: ["wrong-period"],
    spec: {
      unitCode: "CD011",
      unitName: "CĐCS Sở Nội vụ",
      cluster: "Cụm 2",
      founded: day(2007, 11, 2),
      values: validUnitValues(11),
    },
  },
  {
    file: "CD012-thu-vien-tinh.xlsx",
    what: "Bản gửi lần đầu (ngày báo cáo 12/12/2024): bị thay bằng bản gửi lại.",
    spec: {
      unitCode: "CD012",
      unitName: "CĐCS Thư viện tỉnh",
      cluster: "Cụm 3",
      founded: day(2015, 7, 7),
      reportDate: day(2024, 12, 12),
      values: withScores(validUnitValues(12), "low"),
      layout: { labels: "capitals", totalRow: false },
    },
  },
  {
    file: "CD012-thu-vien-tinh-gui-lai.xlsx",
    what: "Hợp lệ; bản gửi lại của CD012 (ngày báo cáo 18/12/2024): được dùng.",
    spec: {
      unitCode: "CD012",
      unitName: "CĐCS Thư viện tỉnh",
      cluster: "Cụm 3",
      founded: day(2015, 7, 7),
      reportDate: day(2024, 12, 18),
      values: withScores(validUnitValues(112), "low"),
      layout: { labels: "capitals", totalRow: false },
    },
  },
];

/** Re-packs a zip with every entry stamped with the same time, in the same order. */
function reproducible(bytes) {
  const entries = unzipSync(bytes);
  const packed = {};
  for (const [name, data] of Object.entries(entries)) packed[name] = [data, { mtime: FIXED_TIME }];
  return zipSync(packed, { level: 6 });
}

await mkdir(outDir, { recursive: true });
for (const name of await readdir(outDir)) {
  if (name.endsWith(".xlsx")) await rm(path.join(outDir, name));
}
const lines = [
  "# Mẫu báo cáo thử (samples)",
  "",
  `Các tệp trong \`samples/\`, sinh bởi \`npm run samples\` (scripts/make-samples.mjs) — đừng sửa tay. Kỳ báo cáo: ${PERIOD}.`,
  "Tên tệp chỉ để dễ nhìn: chương trình nhận biết đơn vị theo nội dung (Mã đơn vị).",
  "",
  "| Tệp | Mã đơn vị | Cụm | Nội dung | Ô lỗi |",
  "|---|---|---|---|---|",
];
for (const sample of SAMPLES) {
  const { bytes, cells } = await makeUnitWorkbook({
    period: PERIOD,
    created: FIXED_TIME,
    defects: sample.defects ?? [],
    ...sample.spec,
  });
  await writeFile(path.join(outDir, sample.file), reproducible(bytes));
  const where = Object.entries(cells)
    .map(([defect, cell]) => `${defect}: ${cell}`)
    .join("; ");
  lines.push(
    `| ${sample.file} | ${sample.spec.unitCode} | ${sample.spec.cluster} | ${sample.what} | ${where} |`,
  );
}
// The description lives outside samples/: a folder given to cdvc means every file in it, and a
// README there would be (rightly) reported as "not a workbook" in the demo.
await mkdir(path.join(root, "docs"), { recursive: true });
await writeFile(path.join(root, "docs", "SAMPLES.md"), lines.join("\n") + "\n");
process.stdout.write(`${SAMPLES.length} workbooks written to ${path.relative(root, outDir)}/\n`);
