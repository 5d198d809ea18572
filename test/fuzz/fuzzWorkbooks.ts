/**
 * The good workbooks the fuzzer starts from: three units in different layouts to damage, and
 * two other units checked beside the damaged files. The rules are the defaults with a smaller
 * inflation limit, so that a random zip bomb costs milliseconds, not a second.
 */
import { defaultRules, type Rules } from "../../src/core/rules";
import { makeUnitWorkbook, validUnitValues, type UnitLayout } from "../support/unitWorkbook";
import type { NamedWorkbook } from "./runFuzz";

export const FUZZ_PERIOD = "Năm 2024";

export const fuzzRules: Rules = {
  ...defaultRules,
  limits: { ...defaultRules.limits, maxInflatedMB: 16 },
};

async function unit(code: string, seed: number, layout: UnitLayout): Promise<NamedWorkbook> {
  const { bytes } = await makeUnitWorkbook({
    unitCode: code,
    unitName: `CĐCS đơn vị ${code}`,
    period: FUZZ_PERIOD,
    cluster: "Cụm 1",
    founded: new Date(Date.UTC(2005, 3, 1)),
    values: validUnitValues(seed),
    layout,
  });
  return { name: `${code}.xlsx`, bytes };
}

export async function fuzzWorkbooks(): Promise<{
  bases: NamedWorkbook[];
  beside: NamedWorkbook[];
}> {
  return {
    bases: [
      await unit("CD001", 1, {}),
      await unit("CD002", 2, { columnOffset: 2, labels: "plain", dates: "text", numbers: "text" }),
      await unit("CD003", 3, {
        reversedSheets: true,
        extraSheets: ["Sheet1"],
        reversedColumns: true,
      }),
    ],
    beside: [await unit("KT901", 901, {}), await unit("KT902", 902, { rowOffset: 4 })],
  };
}
