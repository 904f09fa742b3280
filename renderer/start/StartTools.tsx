// Runs in the renderer. Toolbar entry for starting fast: new-session wizard, agenda import, term base (issue 8; filled in next).
export function StartTools() {
  return null;
}
