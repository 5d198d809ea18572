/**
 * Shows a finding's cell: activates its sheet and selects the cell (or range). With no
 * address (a finding about a whole sheet), only the sheet is activated. A sheet that no
 * longer exists fails the request (Office's ItemNotFound), for the pane to report.
 *
 * @example
 * await Excel.run((context) => selectCell(context, "BaoCao", "F14"));
 */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  if (address.trim() !== "") worksheet.getRange(address).select();
  await context.sync();
}
