// Runs in the renderer. Toolbar entry for sharing: share by email, named versions (issue 7; filled in next).
export function ShareTools() {
  return null;
}
