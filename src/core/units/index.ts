/**
 * The province's list of expected units (issue 9): its schema in the rules, matching a
 * submission to its entry, the founding dates CXL uses, and the `DanhSach` sheet it is kept in.
 */
export {
  ExpectedUnitSchema,
  UnitListSchema,
  type ExpectedUnit,
  type Membership,
} from "./expectedUnit";
export { unitCodeKey } from "./unitCodeKey";
export { unitNameKey } from "./unitNameKey";
export { indexUnitList } from "./indexUnitList";
export { listedFounded } from "./listedFounded";
export { parseMembership } from "./parseMembership";
export { unitListSheet, type UnitListColumn } from "./unitListSheet";
export { unitListToRows } from "./unitListToRows";
export { rowsToUnitList, type UnitListReading, type UnitListReadOptions } from "./rowsToUnitList";
