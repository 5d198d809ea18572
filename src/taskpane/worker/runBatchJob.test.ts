import { strFromU8, unzipSync } from "fflate";
import { consolidate, fromBatch, type ConsolidationResult } from "../../core/consolidation";
import { defaultRules, type Rules } from "../../core/rules";
import { validateBatch } from "../../core/validation";
import { checkWorkbook } from "../../workbook/checkWorkbook";
import type {
  AnnotatedReply,
  BatchReply,
  BatchRequest,
  ConsolidatedReply,
  TrackedReply,
  ValidatedReply,
} from "./protocol";
import { defaultBatchJobDeps, runBatchJob, type BatchJobDeps } from "./runBatchJob";
import { pickedSample, sampleBytes, sampleNames } from "./testSamples";

const FAKE_XLSX = new Uint8Array([0x50, 0x4b, 3, 4]);

/** A writer that records what it was given and returns fixed bytes. */
function recordingWriter() {
  const calls: Array<{
    result: ConsolidationResult;
    rules: Rules;
    lang: unknown;
    sheets: string[] | undefined;
  }> = [];
  const deps: BatchJobDeps = {
    writeResultWorkbook: async (result, rules, options) => {
      calls.push({
        result,
        rules,
        lang: options?.lang,
        sheets: options?.sheets?.map((s) => s.name),
      });
      return FAKE_XLSX;
    },
  };
  return { calls, deps };
}

async function run(request: BatchRequest, deps?: BatchJobDeps) {
  const replies: BatchReply[] = [];
  const transfers: Transferable[][] = [];
  await runBatchJob(
    request,
    (reply, transfer) => {
      replies.push(reply);
      if (transfer) transfers.push(transfer);
    },
    deps,
  );
  return { replies, transfers, final: replies[replies.length - 1] };
}

const samples = sampleNames();
const files = samples.map(pickedSample);

describe("runBatchJob", () => {
  it("reports progress after every file, then one final reply", async () => {
    const { replies } = await run({ kind: "validate", files, rules: defaultRules, lang: "vi" });
    expect(replies.slice(0, -1)).toEqual(
      samples.map((_, i) => ({ kind: "progress", done: i + 1, total: samples.length })),
    );
    expect(replies[replies.length - 1]?.kind).toBe("validated");
  });

  it("checks the samples as the CLI does: each file once, in order, with its findings and cells", async () => {
    const { final } = await run({ kind: "validate", files, rules: defaultRules, lang: "vi" });
    const batch = (final as ValidatedReply).batch;
    expect(batch.files.map((f) => f.file)).toEqual(samples);
    const errorsOf = (file: string) =>
      batch.files
        .find((f) => f.file === file)
        ?.findings.filter((f) => f.severity === "error")
        .map((f) => `${f.code}@${f.sheet}!${f.cell}`);
    expect(errorsOf("CD008-truong-cao-dang-su-pham.xlsx")).toEqual([
      "number.not-a-number@BaoCao!F20",
    ]);
    expect(errorsOf("CD010-dai-phat-thanh-truyen-hinh.xlsx")).toEqual([
      "score.above-max@ChamDiem!D5",
    ]);
    expect(errorsOf("CD011-so-noi-vu.xlsx")).toEqual(["period.mismatch@BaoCao!B5"]);
    expect(batch.files.find((f) => f.file === "CD012-thu-vien-tinh.xlsx")?.replacedBy).toBe(
      "CD012-thu-vien-tinh-gui-lai.xlsx",
    );
    expect(batch.expectedPeriod).toBe("Năm 2024");
  });

  it("consolidates to what the CLI's path gives on the same files, and hands the workbook over", async () => {
    const { calls, deps } = recordingWriter();
    const { final, transfers } = await run(
      { kind: "consolidate", files, rules: defaultRules, lang: "en" },
      deps,
    );
    const entries = samples.map((name) =>
      checkWorkbook(sampleBytes(name), name, defaultRules, "en"),
    );
    const expected = consolidate(
      fromBatch(entries, validateBatch(entries, defaultRules, { lang: "en" })),
      defaultRules,
      {
        lang: "en",
      },
    );
    const reply = final as ConsolidatedReply;
    expect(reply.kind).toBe("consolidated");
    expect(reply.result).toEqual(expected);
    expect(reply.workbook).toBe(FAKE_XLSX);
    expect(reply.grid).toBeNull();
    // The result workbook, then the proposal lists alone.
    expect(calls).toEqual([
      { result: expected, rules: defaultRules, lang: "en", sheets: undefined },
      { result: expected, rules: defaultRules, lang: "en", sheets: ["Đề nghị khen thưởng"] },
    ]);
    expect(reply.proposals).toBe(FAKE_XLSX);
    expect(reply.previous).toBeNull();
    expect(transfers).toEqual([[FAKE_XLSX.buffer, FAKE_XLSX.buffer]]);
  });

  it("says when it starts writing, after the last file is read", async () => {
    const { deps } = recordingWriter();
    const { replies } = await run(
      { kind: "consolidate", files: files.slice(0, 2), rules: defaultRules, lang: "vi" },
      deps,
    );
    expect(replies.map((r) => r.kind)).toEqual(["progress", "progress", "writing", "consolidated"]);
  });

  it("pauses after each file when asked, so a page can paint between files", async () => {
    const order: string[] = [];
    await runBatchJob(
      { kind: "validate", files: files.slice(0, 2), rules: defaultRules, lang: "vi" },
      (reply) => order.push(reply.kind),
      {
        writeResultWorkbook: () => Promise.reject(new Error("not used")),
        pause: async () => {
          order.push("pause");
        },
      },
    );
    expect(order).toEqual(["progress", "pause", "progress", "pause", "validated"]);
  });

  it.each([
    ["", "Năm 2024"],
    ["  ", "Năm 2024"],
    ["nam 2023", "Năm 2023"],
  ])("checks against period %p as %p", async (period, expected) => {
    const { final } = await run({
      kind: "validate",
      files,
      rules: defaultRules,
      lang: "vi",
      period,
    });
    const batch = (final as ValidatedReply).batch;
    expect(batch.expectedPeriod).toBe(expected);
  });

  it("passes the deadline on: a report dated after it gets report.late", async () => {
    const { final } = await run({
      kind: "validate",
      files: [pickedSample("CD012-thu-vien-tinh-gui-lai.xlsx")],
      rules: defaultRules,
      lang: "vi",
      deadline: "15/12/2024",
    });
    const findings = (final as ValidatedReply).batch.files[0]?.findings ?? [];
    expect(findings.map((f) => [f.code, f.severity, f.sheet])).toEqual([
      ["report.late", "warning", "BaoCao"],
    ]);
  });

  it("refuses a file over the size limit without reading a byte of it", async () => {
    const read = jest.fn();
    const huge = {
      name: "huge.xlsx",
      blob: { size: 21 * 1024 * 1024, arrayBuffer: read } as unknown as Blob,
    };
    const { final } = await run({
      kind: "validate",
      files: [huge],
      rules: defaultRules,
      lang: "vi",
    });
    expect(read).not.toHaveBeenCalled();
    const file = (final as ValidatedReply).batch.files[0];
    expect(file?.findings.map((f) => [f.code, f.file])).toEqual([["file.too-large", "huge.xlsx"]]);
    expect(file?.included).toBe(false);
  });

  it("reports a file the browser cannot hand over as unreadable, and goes on", async () => {
    const gone = {
      name: "gone.xlsx",
      blob: {
        size: 10,
        arrayBuffer: () => Promise.reject(new Error("NotReadableError")),
      } as unknown as Blob,
    };
    const { final } = await run({
      kind: "validate",
      files: [gone, pickedSample("CD001-so-tu-phap.xlsx")],
      rules: defaultRules,
      lang: "en",
    });
    const batch = (final as ValidatedReply).batch;
    expect(batch.files.map((f) => [f.file, f.status])).toEqual([
      ["gone.xlsx", "errors"],
      ["CD001-so-tu-phap.xlsx", "ok"],
    ]);
    expect(batch.files[0]?.findings[0]).toMatchObject({
      code: "file.unreadable",
      message: expect.stringContaining("NotReadableError"),
    });
  });

  it("ends with a failed reply, not a rejection, when the program fails", async () => {
    const deps: BatchJobDeps = {
      writeResultWorkbook: () => Promise.reject(new Error("out of memory")),
    };
    const { final } = await run(
      { kind: "consolidate", files: files.slice(0, 1), rules: defaultRules, lang: "vi" },
      deps,
    );
    expect(final).toEqual({ kind: "failed", message: "out of memory" });
  });

  it("writes the real result workbook and reads its sheets back when asked", async () => {
    const { final } = await run({
      kind: "consolidate",
      files,
      rules: defaultRules,
      lang: "vi",
      withGrid: true,
    });
    const reply = final as ConsolidatedReply;
    expect([...reply.workbook.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(reply.grid?.sheetNames).toEqual(
      expect.arrayContaining(["Tổng hợp", "Xếp loại", "Khen thưởng", "Kiểm tra", "Báo cáo"]),
    );
    expect(reply.grid?.sheets.map((s) => s.name)).toEqual(reply.grid?.sheetNames);
  }, 20_000);

  it("tracks the samples by unit and cluster, with each unit's state", async () => {
    const { final } = await run({ kind: "track", files, rules: defaultRules, lang: "vi" });
    const { tracking } = final as TrackedReply;
    expect(final?.kind).toBe("tracked");
    expect(tracking.hasList).toBe(false);
    const stateOf = (code: string) => tracking.units.find((u) => u.code === code)?.state;
    expect(stateOf("CD001")).toBe("on-time");
    expect(stateOf("CD008")).toBe("errors");
    expect(tracking.units.find((u) => u.code === "CD012")?.file).toBe(
      "CD012-thu-vien-tinh-gui-lai.xlsx",
    );
    expect(tracking.clusters.flatMap((c) => c.members).sort((a, b) => a - b)).toEqual(
      tracking.units.map((_, i) => i),
    );
  });

  it("tracks a report dated after the deadline as late", async () => {
    const { final } = await run({
      kind: "track",
      files,
      rules: defaultRules,
      lang: "vi",
      deadline: "01/01/2000",
    });
    const { tracking } = final as TrackedReply;
    expect(tracking.units.find((u) => u.code === "CD001")?.state).toBe("late");
  });

  it("zips a marked copy of each readable file with findings, the bad cell noted", async () => {
    const picked = ["CD001-so-tu-phap.xlsx", "CD008-truong-cao-dang-su-pham.xlsx"].map(
      pickedSample,
    );
    const { final } = await run({
      kind: "annotate",
      files: picked,
      rules: defaultRules,
      lang: "vi",
    });
    const reply = final as AnnotatedReply;
    expect(reply.kind).toBe("annotated");
    expect(reply.copies).toContainEqual({
      file: "CD008-truong-cao-dang-su-pham.xlsx",
      copy: "CD008-kiem-tra.xlsx",
    });
    const copy = unzipSync(reply.zip!)["CD008-kiem-tra.xlsx"]!;
    const parts = unzipSync(copy);
    const comments = Object.keys(parts).filter((n) => /^xl\/comments\d*\.xml$/.test(n));
    expect(comments.some((n) => strFromU8(parts[n]!).includes('ref="F20"'))).toBe(true);
  });

  it("refuses a previous period that is the same period, and still consolidates", async () => {
    const picked = ["CD001-so-tu-phap.xlsx", "CD002-so-y-te.xlsx"].map(pickedSample);
    const first = (
      await run(
        { kind: "consolidate", files: picked, rules: defaultRules, lang: "vi" },
        defaultBatchJobDeps,
      )
    ).final as ConsolidatedReply;
    const previous = { name: "TongHop.xlsx", blob: new Blob([first.workbook.slice()]) };
    const { final } = await run(
      { kind: "consolidate", files: picked, rules: defaultRules, lang: "vi", previous },
      defaultBatchJobDeps,
    );
    const reply = final as ConsolidatedReply;
    expect(reply.kind).toBe("consolidated");
    expect(reply.previous?.compared).toBe(false);
    expect(reply.previous?.findings.map((f) => `${f.code}@${f.file}`)).toEqual([
      "comparison.same-period@TongHop.xlsx",
    ]);
  });

  it("refuses a previous workbook that is not a result of this tool", async () => {
    const previous = pickedSample("CD002-so-y-te.xlsx");
    const { deps } = recordingWriter();
    const { final } = await run(
      {
        kind: "consolidate",
        files: [pickedSample("CD001-so-tu-phap.xlsx")],
        rules: defaultRules,
        lang: "vi",
        previous,
      },
      deps,
    );
    const reply = final as ConsolidatedReply;
    expect(reply.previous?.compared).toBe(false);
    expect(reply.previous?.findings.map((f) => f.code)).toEqual(["consolidated.not-ours"]);
  });
});
