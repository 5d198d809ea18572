// Stand-in for office-addin-manifest under jest: office-addin-mock only reads this enum,
// and the real package pulls ESM-only dependencies jest cannot load (OFFICE.md).
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    Project: "project",
    PowerPoint: "powerpoint",
    Word: "word",
  },
};
