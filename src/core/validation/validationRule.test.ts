import { cellLocation } from "./validationRule";

describe("cellLocation", () => {
  it("points at a report cell's sheet and address", () => {
    expect(cellLocation({ sheet: "ChamDiem", address: "D6", cell: undefined })).toEqual({
      sheet: "ChamDiem",
      cell: "D6",
    });
  });
});
