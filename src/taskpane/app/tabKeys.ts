/**
 * The tab a key moves to in a tab list (WAI-ARIA Authoring Practices, "Tabs"): the arrows
 * move to the next or previous tab and wrap around, Home and End go to the first and last.
 * `null` for any other key, which the tab list leaves alone.
 *
 * @example
 * tabAfterKey("ArrowRight", 3, 4) // 0
 * tabAfterKey("Home", 2, 4) // 0
 * tabAfterKey("Enter", 2, 4) // null
 */
export function tabAfterKey(key: string, current: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
      return (current + 1) % count;
    case "ArrowLeft":
    case "ArrowUp":
      return (current - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}
