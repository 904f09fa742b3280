// Runs in the renderer. Toolbar entry for compare and merge (issue 7; filled in next).
export function CompareTools() {
  return null;
}
