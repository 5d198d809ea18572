import { parseDeadline } from "./parseDeadline";

describe("parseDeadline", () => {
  it.each<[string, string]>([
    ["15/01/2025", "2025-01-15"],
    ["31/12/2024", "2024-12-31"],
    ["29/02/2024", "2024-02-29"],
    ["01/07/2021", "2021-07-01"],
  ])("reads %j as %s", (text, iso) => {
    expect(parseDeadline(text)?.toISOString()).toBe(`${iso}T00:00:00.000Z`);
  });

  it.each([
    ["31/02/2025", "a day that does not exist"],
    ["29/02/2025", "29 February of a common year"],
    ["13/13/2025", "a thirteenth month"],
    ["15/1/2025", "a one-digit month"],
    ["2025-01-15", "year first"],
    ["15/01/25", "a two-digit year"],
    ["15-01-2025", "dashes"],
    [" 15/01/2025", "a leading space"],
    ["", "an empty text"],
  ])("refuses %j (%s)", (text) => {
    expect(parseDeadline(text)).toBeNull();
  });
});
