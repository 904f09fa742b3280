// Types the renderer gets from Vite at build time: CSS and asset imports, import.meta.env.
/// <reference types="vite/client" />
